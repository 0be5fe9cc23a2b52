package org.annocorpus.eval;

import java.util.Comparator;

import org.annocorpus.scheme.Layer;

/**
 * One error of a system against gold, from the strict pairing (see {@link DocumentScorer}): a missed gold
 * annotation, a spurious system one, a pair whose boundaries or type differ, or an exact-matched pair whose
 * attribute differs. Offsets are in code points, as in the gold files.
 */
public record ScoringError(String document, Layer layer, Kind kind, Mention gold, Mention system, String detail,
        String context) {

    public enum Kind {
        /** A gold annotation the system has no overlapping partner for (false negative). */
        MISSED("missed"),
        /** A system annotation with no gold partner (false positive). */
        SPURIOUS("spurious"),
        /** Overlapping spans of the same type whose boundaries differ. */
        BOUNDARY("boundary"),
        /** Same boundaries, another type. */
        TYPE("type"),
        /** Overlapping spans that differ in boundaries and in type. */
        BOUNDARY_AND_TYPE("boundary+type"),
        /** Same boundaries, an attribute (speaker, value, unit, qualifier) differs. */
        ATTRIBUTE("attribute");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An annotation as shown in an error list: type, code point offsets, covered text. */
    public record Mention(String type, int begin, int end, String text) {
    }

    public static final Comparator<ScoringError> ORDER = Comparator.comparing(ScoringError::document)
            .thenComparing(ScoringError::layer)
            .thenComparingInt(ScoringError::begin)
            .thenComparing(ScoringError::kind);

    /** Where the error starts in the text, for sorting. */
    public int begin() {
        int g = gold == null ? Integer.MAX_VALUE : gold.begin();
        int s = system == null ? Integer.MAX_VALUE : system.begin();
        return Math.min(g, s);
    }
}
