package org.annocorpus.eval.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;

/**
 * Document-level bootstrap confidence intervals (percentile method). Each sample draws as many documents
 * as there are, with replacement; the statistics are recomputed on the sample, and the interval is cut
 * from the sorted sample values at (1 - level) / 2 and (1 + level) / 2, interpolating linearly between
 * neighbouring values. A statistic may be NaN in a sample where it is undefined; such samples are left
 * out of its interval. The random generator is {@link Random}, whose sequence the Java specification
 * fixes: the same seed gives the same intervals on every JVM.
 */
public final class Bootstrap {

    /** An interval; NaN bounds when there was nothing to sample (no documents, or no samples asked). */
    public record Interval(double low, double high) {
        public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

        public boolean isDefined() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    private Bootstrap() {
    }

    /**
     * @param documents number of documents
     * @param samples number of bootstrap samples
     * @param statistics from how many times each document was drawn, the value of every statistic (the
     *        array has the same length at every call)
     * @return one interval per statistic
     */
    public static Interval[] intervals(int documents, int samples, long seed, double level,
            Function<int[], double[]> statistics) {
        int width = statistics.apply(ones(documents)).length;
        Interval[] result = new Interval[width];
        if (documents == 0 || samples <= 0) {
            Arrays.fill(result, Interval.NONE);
            return result;
        }
        double[][] values = new double[width][samples];
        Random random = new Random(seed);
        int[] draws = new int[documents];
        for (int b = 0; b < samples; b++) {
            Arrays.fill(draws, 0);
            for (int i = 0; i < documents; i++) {
                draws[random.nextInt(documents)]++;
            }
            double[] sample = statistics.apply(draws);
            for (int k = 0; k < width; k++) {
                values[k][b] = sample[k];
            }
        }
        for (int k = 0; k < width; k++) {
            double[] defined = Arrays.stream(values[k]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            result[k] = defined.length == 0 ? Interval.NONE
                    : new Interval(quantile(defined, (1 - level) / 2), quantile(defined, (1 + level) / 2));
        }
        return result;
    }

    /** The p-quantile of sorted values, interpolated linearly (Hyndman and Fan's type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static int[] ones(int n) {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return ones;
    }
}
