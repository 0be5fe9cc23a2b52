package org.annocorpus.eval.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** Share of documents with value 1, over documents drawn with multiplicity. */
    private static Function<int[], double[]> mean(double[] values) {
        return draws -> {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < draws.length; i++) {
                sum += draws[i] * values[i];
                n += draws[i];
            }
            return new double[] {sum / n};
        };
    }

    @Test
    void documentsThatAllAgreeGiveAPointInterval() {
        double[] values = {0.7, 0.7, 0.7, 0.7};
        Bootstrap.Interval interval = Bootstrap.intervals(values.length, 500, 1, 0.95, mean(values))[0];
        assertThat(interval.low()).isCloseTo(0.7, within(1e-12));
        assertThat(interval.high()).isCloseTo(0.7, within(1e-12));
    }

    /**
     * 100 documents, half with value 1: the mean is 0.5 and its standard error sqrt(0.25 / 100) = 0.05, so the
     * 95% interval is about 0.5 ± 0.098. The percentile interval must be close to that.
     */
    @Test
    void intervalHasTheExpectedWidth() {
        double[] values = new double[100];
        for (int i = 0; i < 50; i++) {
            values[i] = 1;
        }
        Bootstrap.Interval interval = Bootstrap.intervals(values.length, 4000, 42, 0.95, mean(values))[0];
        assertThat(interval.low()).isCloseTo(0.402, within(0.02));
        assertThat(interval.high()).isCloseTo(0.598, within(0.02));
    }

    @Test
    void sameSeedSameIntervalsOtherSeedOthers() {
        double[] values = {0, 1, 0.5, 0.25, 0.9, 0.1, 0.6};
        Bootstrap.Interval a = Bootstrap.intervals(values.length, 200, 7, 0.95, mean(values))[0];
        Bootstrap.Interval b = Bootstrap.intervals(values.length, 200, 7, 0.95, mean(values))[0];
        Bootstrap.Interval c = Bootstrap.intervals(values.length, 200, 8, 0.95, mean(values))[0];
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    /** Samples where the statistic is undefined (NaN) are left out; if all are, there is no interval. */
    @Test
    void undefinedSamplesAreLeftOut() {
        // the statistic is 0.5 when the first document is drawn and undefined otherwise
        Bootstrap.Interval interval = Bootstrap.intervals(3, 300, 2, 0.95,
                draws -> new double[] {draws[0] > 0 ? 0.5 : Double.NaN})[0];
        assertThat(interval).isEqualTo(new Bootstrap.Interval(0.5, 0.5));
        assertThat(Bootstrap.intervals(3, 300, 2, 0.95, draws -> new double[] {Double.NaN})[0].isDefined()).isFalse();
    }

    @Test
    void noDocumentsOrNoSamplesGiveNoInterval() {
        assertThat(Bootstrap.intervals(0, 100, 1, 0.95, draws -> new double[] {1})[0].isDefined()).isFalse();
        assertThat(Bootstrap.intervals(3, 0, 1, 0.95, draws -> new double[] {1})[0].isDefined()).isFalse();
    }

    @Test
    void quantilesInterpolateLinearly() {
        double[] sorted = {1, 2, 3, 4};
        assertThat(Bootstrap.quantile(sorted, 0)).isEqualTo(1);
        assertThat(Bootstrap.quantile(sorted, 1)).isEqualTo(4);
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(2.5);
        assertThat(Bootstrap.quantile(sorted, 0.25)).isEqualTo(1.75);
    }
}
