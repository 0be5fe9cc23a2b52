package org.annocorpus.eval.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.annocorpus.gold.InvalidGoldException;

/** Opens a folder of gold or system documents, recognising what it holds. */
public final class DocumentSources {

    private DocumentSources() {
    }

    /**
     * A folder of XMI files; a corpus folder with an {@code xmi/} subfolder (as {@code corpus annotate} and
     * {@code corpus gold export} write); or a brat gold folder ({@code .ann} files).
     *
     * @throws InvalidGoldException when a brat folder has validation errors
     * @throws IOException when the folder is missing or holds none of these
     */
    public static DocumentSource open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        if (XmiSource.holdsXmi(dir)) {
            return new XmiSource(dir);
        }
        if (XmiSource.holdsXmi(dir.resolve("xmi"))) {
            return new XmiSource(dir.resolve("xmi"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.anyMatch(p -> p.getFileName().toString().endsWith(".ann"))) {
                // brat gold is validated before anything scores it: a line skipped or counted twice is a wrong score
                InvalidGoldException.check(dir);
                return new BratGoldSource(dir);
            }
        }
        throw new IOException(dir + " holds no documents to score: neither .xmi files (nor an xmi/ folder of them)"
                + " nor brat .ann files");
    }

    /** A path as reports show it: relative to the working directory when it lies below it. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
