package org.annocorpus.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.source.DocumentSource;

/**
 * Scores a system against gold, streaming: documents are paired by id and loaded one pair at a time, and
 * only their counts (and, if asked, their errors) are kept. A gold document the system has no usable
 * output for is reported and scored as if the system had found nothing in it; a system document without
 * gold is reported and not scored.
 */
public final class Evaluator {

    /**
     * Sees each gold document as soon as it is scored, while its annotations are still at hand: the hook
     * that tools showing the documents themselves (the HTML review, the agreement study) build on.
     */
    @FunctionalInterface
    public interface DocumentObserver {
        /**
         * @param system the system annotations that were scored ({@link DocumentSpans#empty} when unusable)
         * @param problem why the system output of this document could not be used, or null
         */
        void scored(DocumentSpans gold, DocumentSpans system, DocumentScorer.Result result, String problem)
                throws IOException;
    }

    private final List<Layer> layers;
    private final DocumentScorer scorer;
    private final boolean keepErrors;

    /**
     * @param contextWidth characters of context either side of an error
     * @param keepErrors keep every error (memory grows with them); otherwise only their numbers
     */
    public Evaluator(List<Layer> layers, int contextWidth, boolean keepErrors) {
        this.layers = List.copyOf(layers);
        this.scorer = new DocumentScorer(layers, contextWidth);
        this.keepErrors = keepErrors;
    }

    /** @throws IOException when a gold document cannot be read (gold is the reference: no guessing) */
    public Evaluation evaluate(DocumentSource gold, DocumentSource system) throws IOException {
        return evaluate(gold, system, (g, s, result, problem) -> {
        });
    }

    /** As {@link #evaluate(DocumentSource, DocumentSource)}, showing each scored document to {@code observer}. */
    public Evaluation evaluate(DocumentSource gold, DocumentSource system, DocumentObserver observer) throws IOException {
        Set<Layer> layerSet = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        List<String> goldIds = gold.ids();
        TreeSet<String> systemIds = new TreeSet<>(system.ids());
        List<Evaluation.DocumentCounts> documents = new ArrayList<>();
        List<ScoringError> errors = new ArrayList<>();
        Map<Layer, EnumMap<ScoringError.Kind, Long>> errorCounts = new EnumMap<>(Layer.class);
        ConfusionMatrix confusion = new ConfusionMatrix();
        TreeMap<String, String> unscored = new TreeMap<>();
        for (String id : goldIds) {
            DocumentSpans goldSpans = gold.load(id, layerSet);
            DocumentSpans systemSpans = DocumentSpans.empty(id, goldSpans.text());
            if (!systemIds.contains(id)) {
                unscored.put(id, "no system output");
            } else {
                try {
                    DocumentSpans loaded = system.load(id, layerSet);
                    String difference = textDifference(goldSpans.text(), loaded.text());
                    if (difference == null) {
                        systemSpans = loaded;
                    } else {
                        unscored.put(id, difference);
                    }
                } catch (IOException e) {
                    unscored.put(id, "cannot be read: " + e.getMessage());
                }
            }
            DocumentScorer.Result result = scorer.score(goldSpans, systemSpans);
            observer.scored(goldSpans, systemSpans, result, unscored.get(id));
            documents.add(new Evaluation.DocumentCounts(id, result.counts()));
            confusion.addAll(result.entityConfusion());
            for (ScoringError error : result.errors()) {
                errorCounts.computeIfAbsent(error.layer(), l -> new EnumMap<>(ScoringError.Kind.class))
                        .merge(error.kind(), 1L, Long::sum);
            }
            if (keepErrors) {
                errors.addAll(result.errors());
            }
        }
        systemIds.removeAll(goldIds);
        return new Evaluation(gold.description(), system.description(), layers, documents, confusion, errors,
                errorCounts, unscored, List.copyOf(systemIds));
    }

    /** Null when the texts are equal, else where they first differ (offsets would not mean the same). */
    static String textDifference(String gold, String system) {
        if (gold.equals(system)) {
            return null;
        }
        int i = 0;
        int n = Math.min(gold.length(), system.length());
        while (i < n && gold.charAt(i) == system.charAt(i)) {
            i++;
        }
        return "system text differs from the gold text from code point " + gold.codePointCount(0, Math.min(i, gold.length()))
                + " on (gold " + gold.codePointCount(0, gold.length()) + " code points, system "
                + system.codePointCount(0, system.length()) + ")";
    }
}
