package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The systems of the benchmark, from a list file such as {@code eval/systems.yaml}:
 *
 * <pre>
 * systems:
 *   - pipelines/*.yaml          # a glob: every pipeline file there, in name order
 *   - path/to/other.yaml        # or one file
 * </pre>
 *
 * Paths are relative to the project root. A system is named after its file ({@code ner-corenlp.yaml} is
 * {@code ner-corenlp}); a file listed twice counts once.
 */
public final class SystemList {

    /** A system of the benchmark: its name and its pipeline file. */
    public record System(String name, Path pipeline) {
    }

    private SystemList() {
    }

    public static List<System> read(Path listFile, Path home) throws IOException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(listFile, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new IOException(listFile + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("systems") instanceof List<?> entries)) {
            throw new IOException(listFile + ": expected 'systems:' followed by a list of pipeline files or globs");
        }
        Map<String, System> systems = new LinkedHashMap<>();
        for (Object entry : entries) {
            if (!(entry instanceof String pattern)) {
                throw new IOException(listFile + ": every entry of 'systems' must be a path or glob, not " + entry);
            }
            for (Path file : expand(home, pattern)) {
                String name = name(file);
                System previous = systems.putIfAbsent(name, new System(name, file));
                if (previous != null && !previous.pipeline().equals(file)) {
                    throw new IOException(listFile + ": two systems named " + name + ": " + previous.pipeline() + " and " + file);
                }
            }
        }
        return List.copyOf(systems.values());
    }

    private static List<Path> expand(Path home, String pattern) throws IOException {
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[")) {
            Path file = home.resolve(pattern).normalize();
            if (!Files.isRegularFile(file)) {
                throw new IOException("system pipeline not found: " + pattern);
            }
            return List.of(file);
        }
        Path relative = Path.of(pattern);
        Path dir = home.resolve(relative.getParent() == null ? Path.of(".") : relative.getParent()).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative.getFileName());
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName())).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }
}
