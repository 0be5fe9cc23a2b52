package org.annocorpus.util;

/** Messages for users from exceptions that UIMA has wrapped several times over. */
public final class Errors {

    private Errors() {
    }

    /** The innermost message that says something, with its exception's simple class name. */
    public static String describe(Throwable e) {
        Throwable t = e;
        String message = e.toString();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getClass().getSimpleName() + ": " + t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message;
    }
}
