package org.annocorpus.pipeline;

/**
 * A run that cannot go on and whose outputs are not complete: the disk is full, an output cannot be
 * written or closed. Unlike a document's failure this ends the run (exit code 3).
 */
public class RunAbortedException extends Exception {

    private static final long serialVersionUID = 1L;

    public RunAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
