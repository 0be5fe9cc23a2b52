package org.annocorpus.io.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.io.Splits;
import org.annocorpus.util.AtomicFiles;

/**
 * The streamed output files of a corpus writer: one {@code corpus SUFFIX} file, or with a split one
 * {@code PART SUFFIX} file per part (train, dev, test), or one named file ({@link #single}). Documents are
 * appended to temporary files as they pass; {@link #commit} renames them all into place (every part
 * exists, empty or not, so the set of files does not depend on the corpus), {@link #discard} removes them.
 */
public final class PartFiles {

    public static final String WHOLE = "corpus";

    private final Splits splits;
    private final Map<String, Path> targets = new LinkedHashMap<>();
    private final Map<String, Path> temporaries = new LinkedHashMap<>();
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

    /** @param splits the split, or null for one file */
    public PartFiles(Path dir, String suffix, Splits splits) throws IOException {
        this(splits, targets(dir, suffix, splits));
    }

    private PartFiles(Splits splits, Map<String, Path> targets) throws IOException {
        this.splits = splits;
        for (Map.Entry<String, Path> e : targets.entrySet()) {
            Files.createDirectories(e.getValue().toAbsolutePath().getParent());
            Path tmp = AtomicFiles.tempFileFor(e.getValue());
            this.targets.put(e.getKey(), e.getValue());
            temporaries.put(e.getKey(), tmp);
            writers.put(e.getKey(), new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)));
        }
    }

    /** One streamed file, {@code target}, whatever the documents' ids (such as the manifest). */
    public static PartFiles single(Path target) throws IOException {
        return new PartFiles(null, Map.of(WHOLE, target));
    }

    private static Map<String, Path> targets(Path dir, String suffix, Splits splits) {
        Map<String, Path> targets = new LinkedHashMap<>();
        for (String part : splits == null ? List.of(WHOLE) : splits.parts()) {
            targets.put(part, dir.resolve(part + suffix));
        }
        return targets;
    }

    /** The part a document goes to: its split part, or {@value #WHOLE} without a split. */
    public String partOf(String documentId) {
        return splits == null ? WHOLE : splits.partOf(documentId);
    }

    /** Appends a rendered document to the file of its part. */
    public void append(String documentId, CharSequence text) throws IOException {
        writers.get(partOf(documentId)).append(text);
    }

    /** The writer of one part ({@value #WHOLE} for a single file), for a writer that streams its own format. */
    public Writer writer(String part) {
        return writers.get(part);
    }

    public void commit() throws IOException {
        for (Map.Entry<String, BufferedWriter> e : writers.entrySet()) {
            e.getValue().close();
            AtomicFiles.moveIntoPlace(temporaries.get(e.getKey()), targets.get(e.getKey()));
        }
    }

    /** Closes and deletes what {@link #commit} did not move (safe to call after it). */
    public void discard() {
        for (Map.Entry<String, BufferedWriter> e : writers.entrySet()) {
            try {
                e.getValue().close();
                Files.deleteIfExists(temporaries.get(e.getKey()));
            } catch (IOException ex) {
                // nothing more can be done while shutting down
            }
        }
    }
}
