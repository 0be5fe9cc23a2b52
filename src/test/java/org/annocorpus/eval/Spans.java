package org.annocorpus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;

/** Small builders for hand-made test cases. */
final class Spans {

    /** A text long enough for every test span; offsets are all that matter in these tests. */
    static final String TEXT = "x".repeat(200);

    private Spans() {
    }

    static Span span(String type, int begin, int end) {
        return new Span(type, begin, end);
    }

    static List<Span> spans(Span... spans) {
        return new ArrayList<>(Arrays.asList(spans));
    }

    static DocumentSpans entities(List<Span> spans) {
        return new DocumentSpans("doc", TEXT, Map.of(Layer.ENTITY, spans));
    }

    /** Counts of one mode when {@code system} is scored against {@code gold} as entities. */
    static ModeCounts score(List<Span> gold, List<Span> system, Mode mode) {
        return new DocumentScorer(List.of(Layer.ENTITY), 10).score(entities(gold), entities(system)).counts()
                .get(Layer.ENTITY).mode(mode);
    }

    /** "COR INC PAR MIS SPU" as numbers. */
    static List<Long> outcomes(ModeCounts counts) {
        return Arrays.stream(Outcome.values()).map(counts::count).toList();
    }
}
