package org.annocorpus.numeric;

/**
 * A quantity read from the lexemes {@code first..last} (inclusive): currency sign, numeral, scale word,
 * percent sign, currency word or unit. {@code numeralFirst..numeralLast} are the numeral's own lexemes.
 * When {@code exclusion} is set, the lexemes form something that is no claim (a rank "three-star", a
 * code "24/7", a range "3-1") and the extractor skips them as a whole.
 */
record Quantity(int first, int last, int numeralFirst, int numeralLast, double value, String unit, Kind kind,
        boolean inWords, boolean scaled, String exclusion) {

    enum Kind { COUNT, MONEY, PERCENT, FRACTION, DURATION, MEASURE }

    static Quantity excluded(int first, int last, String reason) {
        return new Quantity(first, last, first, last, Double.NaN, "", Kind.COUNT, false, false, reason);
    }

    Quantity withExclusion(String reason) {
        return new Quantity(first, last, numeralFirst, numeralLast, value, unit, kind, inWords, scaled, reason);
    }

    /** A bare count: no currency, percent, unit or scale word. */
    boolean bareCount() {
        return kind == Kind.COUNT && !scaled;
    }
}
