package org.annocorpus.io;

import org.apache.uima.collection.CollectionException;

/**
 * A document that cannot be read: not UTF-8, empty, unreadable. Names the file and, where it applies,
 * the byte offset, so the user can find the problem. The reader has moved past the document when this
 * is thrown, so a runner can record it and go on with the next one.
 */
public class DocumentReadException extends CollectionException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public DocumentReadException(String file, String problem, Throwable cause) {
        super(cause);
        this.file = file;
        this.problem = problem;
    }

    public String getFile() {
        return file;
    }

    public String getProblem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return file + ": " + problem;
    }
}
