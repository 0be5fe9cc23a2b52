package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.annocorpus.io.TextDocumentReader;

/** A folder of gold documents: {@code ID.txt} with {@code ID.ann} beside it. */
public final class GoldCorpus {

    private GoldCorpus() {
    }

    /** Ids of every document that has a text or an annotation file, sorted. */
    public static List<String> documentIds(Path dir) throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".ann"))
                    .forEach(n -> ids.add(n.substring(0, n.length() - 4)));
        }
        return List.copyOf(ids);
    }

    /** The same id the corpus reader gives the file, so gold and system documents pair up. */
    public static String documentId(Path file) {
        return TextDocumentReader.documentId(file);
    }

    public static Path text(Path dir, String id) {
        return dir.resolve(id + ".txt");
    }

    public static Path annotations(Path dir, String id) {
        return dir.resolve(id + ".ann");
    }
}
