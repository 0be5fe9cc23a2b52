package org.annocorpus.eval;

import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.stats.Bootstrap;

/**
 * Everything a report shows about one system: its evaluation, the bootstrap intervals and how they were
 * drawn, the layers its pipeline does not produce (not scored), and the pipeline run if there was one.
 *
 * @param run null when the system output was read from a folder
 */
public record EvalReport(Evaluation evaluation, Map<F1Key, Bootstrap.Interval> intervals, int samples, long seed,
        List<Layer> notProduced, RunInfo run) {

    public EvalReport {
        notProduced = List.copyOf(notProduced);
    }

    public Bootstrap.Interval interval(F1Key key) {
        return intervals.getOrDefault(key, Bootstrap.Interval.NONE);
    }

    /** Scores {@code evaluation}'s bootstrap intervals with {@code samples} samples (0: none). */
    public static EvalReport of(Evaluation evaluation, int samples, long seed, List<Layer> notProduced, RunInfo run) {
        return new EvalReport(evaluation, ConfidenceIntervals.of(evaluation, samples, seed), samples, seed, notProduced, run);
    }
}
