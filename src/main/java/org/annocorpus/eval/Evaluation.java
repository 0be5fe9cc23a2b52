package org.annocorpus.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.annocorpus.scheme.Layer;

/**
 * The outcome of scoring one system against gold, document by document: the per-document counts (small;
 * the bootstrap and the significance test resample them), the entity confusions, the errors if they were
 * kept, and which documents could not be paired.
 *
 * @param unscored gold documents whose system output was missing, unreadable or of another text, each
 *        with the reason; they are scored as if the system had annotated nothing
 * @param extra system documents without gold (not scored)
 */
public record Evaluation(String gold, String system, List<Layer> layers, List<DocumentCounts> documents,
        ConfusionMatrix entityConfusion, List<ScoringError> errors, Map<Layer, EnumMap<ScoringError.Kind, Long>> errorCounts,
        SortedMap<String, String> unscored, List<String> extra) {

    /** The counts of one document, per layer. */
    public record DocumentCounts(String id, Map<Layer, LayerCounts> counts) {
    }

    public Evaluation {
        layers = List.copyOf(layers);
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        unscored = Collections.unmodifiableSortedMap(unscored);
        extra = List.copyOf(extra);
    }

    /** Counts summed over all documents. */
    public Map<Layer, LayerCounts> totals() {
        return sum(documents, layers);
    }

    /** Counts summed over the documents, document {@code i} taken {@code times[i]} times. */
    public Map<Layer, LayerCounts> totals(int[] times) {
        return sum(documents, times, layers);
    }

    /** Counts of the given documents summed, each taken once. */
    static Map<Layer, LayerCounts> sum(List<DocumentCounts> documents, List<Layer> layers) {
        int[] once = new int[documents.size()];
        Arrays.fill(once, 1);
        return sum(documents, once, layers);
    }

    static Map<Layer, LayerCounts> sum(List<DocumentCounts> documents, int[] times, List<Layer> layers) {
        Map<Layer, LayerCounts> totals = new EnumMap<>(Layer.class);
        for (Layer layer : layers) {
            totals.put(layer, new LayerCounts());
        }
        for (int i = 0; i < documents.size(); i++) {
            if (times[i] == 0) {
                continue;
            }
            for (Layer layer : layers) {
                totals.get(layer).add(documents.get(i).counts().get(layer), times[i]);
            }
        }
        return totals;
    }
}
