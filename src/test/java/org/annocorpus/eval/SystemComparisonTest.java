package org.annocorpus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.stats.Bootstrap;
import org.junit.jupiter.api.Test;

/** The significance test and the intervals on whole evaluations. */
class SystemComparisonTest {

    private static final DocumentScorer SCORER = new DocumentScorer(List.of(Layer.ENTITY), 10);

    /** {@code documents} documents, each with gold PER [0,5) and LOC [10,15); the system finds {@code found} of them. */
    private static Evaluation evaluation(String name, int documents, int found) {
        List<Evaluation.DocumentCounts> counts = new ArrayList<>();
        List<Span> gold = List.of(new Span("PER", 0, 5), new Span("LOC", 10, 15));
        for (int d = 0; d < documents; d++) {
            DocumentScorer.Result result = SCORER.score(Spans.entities(gold), Spans.entities(gold.subList(0, found)));
            counts.add(new Evaluation.DocumentCounts("doc" + d, result.counts()));
        }
        return new Evaluation("gold", name, List.of(Layer.ENTITY), counts, new ConfusionMatrix(), List.of(),
                new EnumMap<>(Layer.class), new TreeMap<>(), List.of());
    }

    @Test
    void identicalSystemsAreNotSignificantlyDifferent() {
        SystemComparison.Result result = SystemComparison.compare(evaluation("a", 30, 1), evaluation("b", 30, 1), 1000, 1);
        assertThat(result.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.difference()).isZero();
            assertThat(row.p()).isEqualTo(1.0);
        });
    }

    @Test
    void aDominatingSystemIsSignificantlyBetter() {
        SystemComparison.Result result = SystemComparison.compare(evaluation("a", 30, 2), evaluation("b", 30, 0), 1000, 1);
        SystemComparison.Row strict = result.rows().stream()
                .filter(r -> r.key().equals(new F1Key(Layer.ENTITY, Mode.STRICT, F1Key.MICRO))).findFirst().orElseThrow();
        assertThat(strict.f1A()).isEqualTo(1.0);
        assertThat(strict.f1B()).isEqualTo(0.0);
        assertThat(strict.p()).isEqualTo(1.0 / 1001);
        assertThat(result.samples()).isEqualTo(1000);
        assertThat(result.seed()).isEqualTo(1);
    }

    @Test
    void systemsMustBeScoredOnTheSameDocuments() {
        assertThatThrownBy(() -> SystemComparison.compare(evaluation("a", 3, 1), evaluation("b", 4, 1), 100, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every document scores the same F1, so every resample does: the interval is that point. */
    @Test
    void intervalsOfIdenticalDocumentsAreAPoint() {
        Map<F1Key, Bootstrap.Interval> intervals = ConfidenceIntervals.of(evaluation("a", 10, 1), 300, 5);
        Bootstrap.Interval strict = intervals.get(new F1Key(Layer.ENTITY, Mode.STRICT, F1Key.MICRO));
        // found 1 of 2, nothing spurious: P 1, R 0.5, F1 2/3
        assertThat(strict.low()).isEqualTo(2.0 / 3);
        assertThat(strict.high()).isEqualTo(2.0 / 3);
        assertThat(intervals).containsKey(new F1Key(Layer.ENTITY, Mode.PARTIAL, "LOC"));
        assertThat(ConfidenceIntervals.of(evaluation("a", 10, 1), 300, 5)).isEqualTo(intervals);
    }

    /**
     * A type that occurs in one document of ten, and is always missed there: its F1 is 0 in every resample
     * that holds it. Resamples without it (no gold, no output) say nothing about it and must not pull the
     * interval up to the empty-case value 1.
     */
    @Test
    void resamplesWithoutATypeDoNotStretchItsInterval() {
        List<Evaluation.DocumentCounts> counts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            List<Span> gold = d == 0 ? List.of(new Span("PER", 0, 5), new Span("LOC", 10, 15)) : List.of(new Span("PER", 0, 5));
            DocumentScorer.Result result = SCORER.score(Spans.entities(gold), Spans.entities(List.of(new Span("PER", 0, 5))));
            counts.add(new Evaluation.DocumentCounts("doc" + d, result.counts()));
        }
        Evaluation evaluation = new Evaluation("gold", "s", List.of(Layer.ENTITY), counts, new ConfusionMatrix(), List.of(),
                new EnumMap<>(Layer.class), new TreeMap<>(), List.of());
        Bootstrap.Interval loc = ConfidenceIntervals.of(evaluation, 500, 1).get(new F1Key(Layer.ENTITY, Mode.STRICT, "LOC"));
        assertThat(loc).isEqualTo(new Bootstrap.Interval(0, 0));
    }
}
