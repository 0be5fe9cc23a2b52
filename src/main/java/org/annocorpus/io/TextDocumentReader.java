package org.annocorpus.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
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
 * Reads every matching file of a directory (or the one file given) as one UTF-8 document, in file-name
 * order, with the file name without extension as document id ({@link DocumentIds}). A file that cannot
 * be read (not UTF-8, empty, unreadable, over the size limit, not a regular file, an id another file
 * also has) raises a {@link DocumentReadException} naming it; the reader has already moved on, so the
 * next call reads the next file and one bad document does not end the run. A FIFO, a device or a
 * directory that matches the pattern is refused without being opened, so it cannot block the run.
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

    /** Longest document in code points; a longer file is refused, a far longer one without being read. */
    public static final String PARAM_MAX_CHARACTERS = "maxCharacters";
    @ConfigurationParameter(name = PARAM_MAX_CHARACTERS, defaultValue = "1000000")
    private int maxCharacters;

    private List<Path> files;
    private Map<Path, String> collisions;
    private int next;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Path dir = Path.of(sourceLocation);
        if (Files.isRegularFile(dir)) {
            files = List.of(dir);
        } else if (!Files.isDirectory(dir)) {
            throw new ResourceInitializationException(
                    new IOException("input directory does not exist or is not a directory: " + dir));
        } else {
            try {
                files = listFiles(dir, pattern);
            } catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
        collisions = DocumentIds.collisions(files);
        next = 0;
    }

    /**
     * Every entry of a directory whose name matches a glob, in name order (the order documents are read in:
     * same input, same order, byte-identical outputs). Entries that are not regular files (a folder named
     * {@code x.txt}, a FIFO) are kept, so that reading them reports them instead of skipping them silently.
     */
    public static List<Path> listFiles(Path dir, String pattern) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
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
        if (collisions.containsKey(file)) {
            throw new DocumentReadException(file.toString(), collisions.get(file), null);
        }
        String text = readText(file, maxCharacters);
        DocumentSetup.install(jcas, file, documentId(file), text, language, collectionId, getLogger());
    }

    /** The text of a document file, or a {@link DocumentReadException} naming the file and the problem. */
    public static String readText(Path file) throws DocumentReadException {
        return readText(file, Integer.MAX_VALUE);
    }

    /** The same, refusing a file that is not a regular file or is longer than {@code maxCharacters}. */
    public static String readText(Path file, int maxCharacters) throws DocumentReadException {
        checkRegularFile(file, maxCharacters);
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
        int length = text.codePointCount(0, text.length());
        if (length > maxCharacters) {
            throw new DocumentReadException(file.toString(), length + " characters, over the limit of " + maxCharacters
                    + " (--max-chars)", null);
        }
        return text;
    }

    /**
     * Refuses, without opening it, what is not a regular file (a FIFO would block the read for ever, a
     * device such as /dev/zero never ends) and a file too large to hold at most {@code maxCharacters}
     * characters (a character takes at most 4 bytes of UTF-8).
     */
    private static void checkRegularFile(Path file, int maxCharacters) throws DocumentReadException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new DocumentReadException(file.toString(), "cannot be read: " + e, e);
        }
        if (!attributes.isRegularFile()) {
            String what = attributes.isDirectory() ? "a directory" : "a FIFO, socket or device";
            throw new DocumentReadException(file.toString(), "not a regular file (" + what + "): skipped", null);
        }
        if (attributes.size() > 4L * maxCharacters + 3) {
            throw new DocumentReadException(file.toString(), attributes.size() + " bytes, over the limit of "
                    + maxCharacters + " characters (--max-chars): not read", null);
        }
    }

    /** The document id of a file: its name without the last extension, made safe ({@link DocumentIds}). */
    public static String documentId(Path file) {
        return DocumentIds.of(file);
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] {new ProgressImpl(next, files.size(), Progress.ENTITIES)};
    }
}
