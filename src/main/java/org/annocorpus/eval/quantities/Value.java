package org.annocorpus.eval.quantities;

/**
 * A quantity's value as the CQE evaluation compares it: one number, or a range of two ({@code high} not
 * NaN). A single value never matches a range.
 */
public record Value(double low, double high) {

    public static Value of(double v) {
        return new Value(v, Double.NaN);
    }

    public static Value range(double low, double high) {
        return new Value(low, high);
    }

    public boolean isRange() {
        return !Double.isNaN(high);
    }

    public Value times(double factor) {
        return new Value(low * factor, high * factor);
    }

    /**
     * The gold notation: "75000000", "-5", "1.5E9", or a range "8-10" (a minus sign that does not open the
     * text and no exponent), as the CQE evaluation reads it.
     */
    public static Value parse(String text) {
        String t = text.trim();
        int dash = t.indexOf('-', 1);
        if (dash > 0 && !t.contains("E") && !t.contains("e") && !t.startsWith("-")) {
            return range(Double.parseDouble(t.substring(0, dash)), Double.parseDouble(t.substring(dash + 1)));
        }
        return of(Double.parseDouble(t));
    }

    /** numpy.isclose(gold, system) with its defaults rtol 1e-5, atol 1e-8, bound by bound. */
    public boolean matches(Value system) {
        if (isRange() != system.isRange()) {
            return false;
        }
        return close(low, system.low) && (!isRange() || close(high, system.high));
    }

    private static boolean close(double gold, double system) {
        return Math.abs(gold - system) <= 1e-8 + 1e-5 * Math.abs(system);
    }

    @Override
    public String toString() {
        return isRange() ? format(low) + "-" + format(high) : format(low);
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
