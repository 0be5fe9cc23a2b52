package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two parts of the project's gold ({@code gold/README.md}): {@code dev/}, which extractors are developed
 * and tuned on, and {@code test/}, held out for reporting. A gold folder is either split (it has these
 * subfolders) or flat (it holds {@code ID.txt} + {@code ID.ann} files itself, as any folder given by a user
 * may).
 */
public enum GoldSplit {

    DEV("dev", "development split: extractors are developed and tuned on it; its figures are development figures"),
    TEST("test", "test split: held out, never tuned on; its figures are the product's quality");

    private final String id;
    private final String description;

    GoldSplit(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** This split's folder below a split gold folder. */
    public Path in(Path goldRoot) {
        return goldRoot.resolve(id);
    }

    public static GoldSplit byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown gold split '" + id + "' (expected one of: "
                        + Arrays.stream(values()).map(GoldSplit::id).collect(Collectors.joining(", ")) + ")"));
    }

    /** Whether {@code folder} is split into {@code dev/} and {@code test/} rather than holding gold files itself. */
    public static boolean isSplit(Path folder) {
        return Arrays.stream(values()).anyMatch(s -> Files.isDirectory(s.in(folder))) && !holdsGold(folder);
    }

    /** The splits a split gold folder has, in order (dev, test); empty for a flat folder. */
    public static List<GoldSplit> present(Path folder) {
        return isSplit(folder) ? Arrays.stream(values()).filter(s -> Files.isDirectory(s.in(folder))).toList() : List.of();
    }

    /**
     * The folder of gold files to use: {@code folder} itself when it is flat, its {@code split} subfolder
     * when it is split.
     */
    public static Path resolve(Path folder, GoldSplit split) {
        return isSplit(folder) ? split.in(folder) : folder;
    }

    /**
     * Every folder at or below {@code root} that holds {@code .ann} files, sorted: the dev and test splits
     * and the agreement study's annotations. Validation covers them all.
     */
    public static List<Path> goldFolders(Path root) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isDirectory).sorted().forEach(dir -> {
                if (holdsGold(dir)) {
                    folders.add(dir);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return folders;
    }

    private static boolean holdsGold(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }
}
