package org.annocorpus.eval;

import java.util.Comparator;

/**
 * The features of an annotation that attribute scoring compares: the speaker of a quotation and the span
 * of its speaker mention (UTF-16 offsets as in the CAS; -1 when it has none); value, unit and qualifier of
 * a numeric claim. A layer without a feature leaves it empty ({@code ""}, -1, or NaN for the value).
 * {@code sieve} is shown, never scored: the attribution sieve that gave a system quotation its speaker
 * ({@code Quotation.attributionSieve}; "" for gold and for other extractors).
 */
public record Features(String speaker, int mentionBegin, int mentionEnd, double value, String unit, String qualifier,
        String sieve) {

    public static final Features NONE = new Features("", -1, -1, Double.NaN, "", "", "");

    static final Comparator<Features> ORDER = Comparator.comparing(Features::speaker)
            .thenComparingInt(Features::mentionBegin)
            .thenComparingInt(Features::mentionEnd)
            .thenComparing(Features::value, Double::compare)
            .thenComparing(Features::unit)
            .thenComparing(Features::qualifier)
            .thenComparing(Features::sieve);

    public Features {
        speaker = speaker == null ? "" : speaker;
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? "" : qualifier;
        sieve = sieve == null ? "" : sieve;
        if (mentionBegin < 0 || mentionEnd < mentionBegin) {
            mentionBegin = -1;
            mentionEnd = -1;
        }
    }

    /** A quotation without a speaker mention. */
    public static Features ofQuotation(String speaker) {
        return new Features(speaker, -1, -1, Double.NaN, "", "", "");
    }

    /** A quotation whose speaker mention spans {@code mentionBegin} to {@code mentionEnd}. */
    public static Features ofQuotation(String speaker, int mentionBegin, int mentionEnd) {
        return new Features(speaker, mentionBegin, mentionEnd, Double.NaN, "", "", "");
    }

    /** The same features, shown with the attribution sieve that found the speaker. */
    public Features withSieve(String attributionSieve) {
        return new Features(speaker, mentionBegin, mentionEnd, value, unit, qualifier, attributionSieve);
    }

    public static Features ofNumericClaim(double value, String unit, String qualifier) {
        return new Features("", -1, -1, value, unit, qualifier, "");
    }

    /** Equal in everything scored (all but the sieve). */
    public boolean sameScored(Features other) {
        return withSieve("").equals(other.withSieve(""));
    }

    /** Whether a speaker mention is given. */
    public boolean hasMention() {
        return mentionBegin >= 0;
    }

    /** The mention's span and {@code other}'s share a character (an empty mention: the same place). */
    boolean mentionOverlaps(Features other) {
        return hasMention() && other.hasMention()
                && ((mentionBegin < other.mentionEnd && other.mentionBegin < mentionEnd)
                        || (mentionBegin == other.mentionBegin && mentionEnd == other.mentionEnd));
    }
}
