package org.annocorpus.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;

/**
 * Reads every matching file of a directory as one UTF-8 document, in file-name order, with the file
 * name without extension as document id. A file that cannot be read (not UTF-8, empty, unreadable)
 * raises a {@link DocumentReadException} naming it; the reader has already moved on, so the next call
 * reads the next file and one bad document does not end the run.
 */
@ResourceMetaData(name = "Text document reader")
@TypeCapability(outputs = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
public class TextDocumentReader extends JCasCollectionReader_ImplBase {

    /** Directory holding the documents. */
    public static final String PARAM_SOURCE_LOCATION = "sourceLocation";
    @ConfigurationParameter(name = PARAM_SOURCE_LOCATION)
    private String sourceLocation;

    /** Glob of the file names to read. */
    public static final String PARAM_PATTERN = "pattern";
    @ConfigurationParameter(name = PARAM_PATTERN, defaultValue = "*.txt")
    private String pattern;

    /** Language code set on every document. */
    public static final String PARAM_LANGUAGE = "language";
    @ConfigurationParameter(name = PARAM_LANGUAGE, defaultValue = "en")
    private String language;

    /** Collection id set on every document (DKPro's DocumentMetaData). */
    public static final String PARAM_COLLECTION_ID = "collectionId";
    @ConfigurationParameter(name = PARAM_COLLECTION_ID, defaultValue = "corpus")
    private String collectionId;

    private List<Path> files;
    private int next;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Path dir = Path.of(sourceLocation);
        if (!Files.isDirectory(dir)) {
            throw new ResourceInitializationException(
                    new IOException("input directory does not exist or is not a directory: " + dir));
        }
        try {
            files = listFiles(dir, pattern);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        next = 0;
    }

    /** The files of a directory whose names match a glob, in name order (the order documents are read in). */
    public static List<Path> listFiles(Path dir, String pattern) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> listing = Files.list(dir)) {
            // Sorted by name: the same input gives the same order and so byte-identical outputs.
            return listing.filter(p -> matcher.matches(p.getFileName()))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted()
                    .toList();
        }
    }

    /** The files this reader will read, in order. */
    public List<Path> getFiles() {
        return files;
    }

    @Override
    public boolean hasNext() {
        return next < files.size();
    }

    @Override
    public void getNext(JCas jcas) throws IOException, CollectionException {
        Path file = files.get(next++);
        DocumentSetup.install(jcas, file, documentId(file), readText(file), language, collectionId, getLogger());
    }

    /** The text of a document file, or a {@link DocumentReadException} naming the file and the problem. */
    public static String readText(Path file) throws DocumentReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentReadException(file.toString(), "cannot be read: " + e, e);
        }
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.MalformedTextException e) {
            throw new DocumentReadException(file.toString(), e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new DocumentReadException(file.toString(), bytes.length == 0 ? "empty file" : "file holds only white space", null);
        }
        return text;
    }

    /** The document id of a file: its name without the last extension. */
    public static String documentId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] {new ProgressImpl(next, files.size(), Progress.ENTITIES)};
    }
}
