package org.annocorpus.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.eval.stats.Bootstrap;

/** Document-level bootstrap intervals for every F1 of an evaluation (micro, macro, each type). */
public final class ConfidenceIntervals {

    public static final double LEVEL = 0.95;

    private ConfidenceIntervals() {
    }

    public static Map<F1Key, Bootstrap.Interval> of(Evaluation evaluation, int samples, long seed) {
        List<F1Key> keys = F1Key.all(evaluation.totals(), evaluation.layers(), true);
        Bootstrap.Interval[] intervals = Bootstrap.intervals(evaluation.documents().size(), samples, seed, LEVEL,
                draws -> F1Key.resampleValues(evaluation.totals(draws), keys));
        Map<F1Key, Bootstrap.Interval> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), intervals[i]);
        }
        return result;
    }
}
