package org.annocorpus.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The run finished, but some documents failed (listed on stderr) or checks found errors. */
    public static final int FAILURES = 1;
    /** Nothing was done: bad arguments, a broken pipeline definition, a missing input. */
    public static final int USAGE = 2;
    /** A bug: an unexpected exception (its message is printed on stderr). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
