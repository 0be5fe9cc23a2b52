package org.annocorpus.eval.conlleval;

/** Input conlleval.pl refuses, with its own message. */
public class ConllEvalException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConllEvalException(String message) {
        super(message);
    }
}
