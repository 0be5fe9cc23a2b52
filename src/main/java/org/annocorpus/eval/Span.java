package org.annocorpus.eval;

import java.util.Comparator;

/**
 * One annotation of a scored layer, reduced to what scoring needs: its type label, its offsets (UTF-16
 * units, as in the CAS; end exclusive) and its features.
 */
public record Span(String type, int begin, int end, Features features) {

    /** Text order, then type and features: a canonical order that makes scoring independent of input order. */
    public static final Comparator<Span> ORDER = Comparator.comparingInt(Span::begin)
            .thenComparingInt(Span::end)
            .thenComparing(Span::type)
            .thenComparing(Span::features, Features.ORDER);

    public Span {
        type = type == null ? "" : type;
        features = features == null ? Features.NONE : features;
    }

    public Span(String type, int begin, int end) {
        this(type, begin, end, Features.NONE);
    }

    public boolean sameBounds(Span other) {
        return begin == other.begin && end == other.end;
    }

    public boolean sameType(Span other) {
        return type.equals(other.type);
    }

    /** Shares at least one character with {@code other}; two empty spans at the same place count as overlapping. */
    public boolean overlaps(Span other) {
        return (begin < other.end && other.begin < end) || sameBounds(other);
    }
}
