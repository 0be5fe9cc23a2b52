package org.annocorpus.eval;

import java.util.Locale;

/**
 * The four matching modes of the annotation scheme (SemEval-2013 task 9.1, as nervaluate implements them).
 * A gold and a system annotation can be paired when their spans overlap; the mode decides what the pair
 * is worth.
 */
public enum Mode {
    /** Same begin, same end, same type. */
    STRICT,
    /** Same begin and end, any type. */
    EXACT,
    /** Overlap, any type; a pair whose boundaries differ counts as half a match. */
    PARTIAL,
    /** Overlap and the same type. */
    TYPE;

    /** Credit of a pair, in half matches: 2 is a full match, 1 the half match of a partial one, 0 nothing. */
    public int credit(Span gold, Span system) {
        return switch (outcome(gold, system)) {
            case COR -> 2;
            case PAR -> 1;
            default -> 0;
        };
    }

    /** The outcome of a pair of overlapping spans. */
    public Outcome outcome(Span gold, Span system) {
        boolean bounds = gold.sameBounds(system);
        boolean type = gold.sameType(system);
        return switch (this) {
            case STRICT -> bounds && type ? Outcome.COR : Outcome.INC;
            case EXACT -> bounds ? Outcome.COR : Outcome.INC;
            case PARTIAL -> bounds ? Outcome.COR : Outcome.PAR;
            case TYPE -> type ? Outcome.COR : Outcome.INC;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode byLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
