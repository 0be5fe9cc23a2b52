package org.annocorpus.eval;

import java.util.Comparator;

/**
 * The features of an annotation that attribute scoring compares: the speaker of a quotation; value, unit
 * and qualifier of a numeric claim. A layer without a feature leaves it empty ({@code ""}, or NaN for the
 * value).
 */
public record Features(String speaker, double value, String unit, String qualifier) {

    public static final Features NONE = new Features("", Double.NaN, "", "");

    static final Comparator<Features> ORDER = Comparator.comparing(Features::speaker)
            .thenComparing(Features::value, Double::compare)
            .thenComparing(Features::unit)
            .thenComparing(Features::qualifier);

    public Features {
        speaker = speaker == null ? "" : speaker;
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? "" : qualifier;
    }

    public static Features ofQuotation(String speaker) {
        return new Features(speaker, Double.NaN, "", "");
    }

    public static Features ofNumericClaim(double value, String unit, String qualifier) {
        return new Features("", value, unit, qualifier);
    }
}
