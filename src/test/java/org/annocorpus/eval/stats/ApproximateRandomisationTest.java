package org.annocorpus.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ApproximateRandomisationTest {

    /** Difference of the means of two systems' per-document scores, after swapping. */
    private static Function<boolean[], double[]> meanDifference(double[] a, double[] b) {
        return swapped -> {
            double left = 0;
            double right = 0;
            for (int d = 0; d < a.length; d++) {
                left += swapped[d] ? b[d] : a[d];
                right += swapped[d] ? a[d] : b[d];
            }
            return new double[] {(left - right) / a.length};
        };
    }

    @Test
    void identicalSystemsHavePOne() {
        double[] scores = {0.2, 0.9, 0.5, 0.7, 0.4, 0.1, 0.8, 0.3, 0.6, 0.5, 0.2, 0.9, 0.5, 0.7, 0.4, 0.1, 0.8, 0.3, 0.6, 0.5,
                0.2, 0.9, 0.5, 0.7, 0.4, 0.1, 0.8, 0.3, 0.6, 0.5, 0.2, 0.9};
        ApproximateRandomisation.Result sampled = ApproximateRandomisation.run(scores.length, 1000, 1, meanDifference(scores, scores));
        assertThat(sampled.exhaustive()).isFalse();
        assertThat(sampled.p()[0]).isEqualTo(1.0);
        ApproximateRandomisation.Result exact = ApproximateRandomisation.run(4, 1000, 1,
                meanDifference(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}));
        assertThat(exact.exhaustive()).isTrue();
        assertThat(exact.p()[0]).isEqualTo(1.0);
    }

    /** A system better on each of 40 documents: only the two all-same-side swaps reach the observed difference. */
    @Test
    void aDominatingSystemHasPNearZero() {
        double[] a = new double[40];
        double[] b = new double[40];
        for (int d = 0; d < a.length; d++) {
            a[d] = 0.9;
            b[d] = 0.3;
        }
        ApproximateRandomisation.Result result = ApproximateRandomisation.run(a.length, 2000, 3, meanDifference(a, b));
        assertThat(result.p()[0]).isEqualTo(1.0 / 2001);
        assertThat(result.observed()[0]).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-12));
    }

    /**
     * Three documents on which A beats B by the same margin: of the 2^3 = 8 swaps, only "none" and "all"
     * give an absolute difference as large as the observed one, so the exact p-value is 2/8.
     */
    @Test
    void exactTestEnumeratesAllSwaps() {
        ApproximateRandomisation.Result result = ApproximateRandomisation.run(3, 100, 1,
                meanDifference(new double[] {1, 1, 1}, new double[] {0, 0, 0}));
        assertThat(result.exhaustive()).isTrue();
        assertThat(result.samples()).isEqualTo(8);
        assertThat(result.p()[0]).isEqualTo(0.25);
    }

    @Test
    void sameSeedSameP() {
        double[] a = {0.5, 0.6, 0.7, 0.4, 0.9, 0.2, 0.8, 0.6, 0.5, 0.6, 0.7, 0.4};
        double[] b = {0.4, 0.6, 0.5, 0.5, 0.7, 0.3, 0.6, 0.6, 0.4, 0.5, 0.7, 0.3};
        double p1 = ApproximateRandomisation.run(a.length, 500, 9, meanDifference(a, b)).p()[0];
        double p2 = ApproximateRandomisation.run(a.length, 500, 9, meanDifference(a, b)).p()[0];
        assertThat(p1).isEqualTo(p2).isBetween(0.0, 1.0);
    }
}
