package org.annocorpus.eval.report;

import java.util.Locale;

import org.annocorpus.eval.stats.Bootstrap;

/** How figures are written in reports: three decimals; "—" where there is no figure. */
public final class Numbers {

    public static final String NONE = "—";

    private Numbers() {
    }

    public static String score(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String interval(Bootstrap.Interval interval) {
        return interval.isDefined() ? "[" + score(interval.low()) + ", " + score(interval.high()) + "]" : NONE;
    }

    /** "0.820 [0.790, 0.850]", or the score alone when there is no interval. */
    public static String scoreWithInterval(double value, Bootstrap.Interval interval) {
        return interval.isDefined() ? score(value) + " " + interval(interval) : score(value);
    }

    public static String pValue(double p) {
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f", perSecond);
    }

    /** "0.850 (17/20)" or "—" when nothing was compared. */
    public static String accuracy(long agreed, long compared) {
        return compared == 0 ? NONE : score((double) agreed / compared) + " (" + agreed + "/" + compared + ")";
    }
}
