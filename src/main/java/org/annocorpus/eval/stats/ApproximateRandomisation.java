package org.annocorpus.eval.stats;

import java.util.Random;
import java.util.function.Function;

/**
 * Paired approximate randomisation test (Noreen 1989; Yeh 2000; as in Padó's sigf) at document level.
 * Under the null hypothesis the two systems are exchangeable, so each document's pair of outputs is
 * swapped with probability 1/2 and the difference of the statistic is recomputed. The p-value (two-sided)
 * is the share of swaps whose absolute difference is at least the observed one, counted as (c + 1) / (R + 1)
 * over R random swaps. When there are no more possible swaps (2^documents) than samples asked, all of them
 * are enumerated and the p-value is exact (c / 2^documents, the identity included).
 */
public final class ApproximateRandomisation {

    /** Differences observed without swapping, their p-values, and how they were obtained. */
    public record Result(double[] observed, double[] p, int samples, long seed, boolean exhaustive) {
    }

    /** Differences within this are ties: sums of the same counts in another order can differ in the last bit. */
    private static final double TIE = 1e-12;

    private ApproximateRandomisation() {
    }

    /**
     * @param documents number of documents
     * @param samples number of random swaps
     * @param differences from which documents are swapped (true = the two systems' outputs exchanged),
     *        the difference (system A minus system B) of every statistic
     */
    public static Result run(int documents, int samples, long seed, Function<boolean[], double[]> differences) {
        double[] observed = differences.apply(new boolean[documents]);
        long[] atLeast = new long[observed.length];
        boolean exhaustive = documents < 31 && (1L << documents) <= samples;
        long rounds;
        if (exhaustive) {
            rounds = 1L << documents;
            boolean[] swapped = new boolean[documents];
            for (long mask = 0; mask < rounds; mask++) {
                for (int d = 0; d < documents; d++) {
                    swapped[d] = (mask >>> d & 1) == 1;
                }
                tally(observed, differences.apply(swapped), atLeast);
            }
        } else {
            rounds = samples;
            Random random = new Random(seed);
            boolean[] swapped = new boolean[documents];
            for (int r = 0; r < samples; r++) {
                for (int d = 0; d < documents; d++) {
                    swapped[d] = random.nextBoolean();
                }
                tally(observed, differences.apply(swapped), atLeast);
            }
        }
        double[] p = new double[observed.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = exhaustive ? (double) atLeast[k] / rounds : (atLeast[k] + 1.0) / (rounds + 1.0);
        }
        return new Result(observed, p, exhaustive ? (int) rounds : samples, seed, exhaustive);
    }

    private static void tally(double[] observed, double[] shuffled, long[] atLeast) {
        for (int k = 0; k < observed.length; k++) {
            if (Math.abs(shuffled[k]) >= Math.abs(observed[k]) - TIE) {
                atLeast[k]++;
            }
        }
    }
}
