package org.annocorpus.agreement;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.AttributeCounts;
import org.annocorpus.eval.Evaluation;

/**
 * The agreement of two annotators, A and B, on the same texts. Figures that do not exist (a kappa where
 * chance agreement is already perfect, an alpha over no units) are NaN.
 *
 * @param documents the documents both annotated (the only ones compared)
 * @param onlyA documents only A annotated; {@code onlyB} likewise
 * @param tokens tokens of the compared documents ({@link Tokens})
 * @param evaluation B scored against A by the scorer: pairings, counts, attribute counts, and every
 *        difference as an error (A in the place of gold)
 */
public record AgreementResult(String a, String b, List<String> documents, List<String> onlyA, List<String> onlyB,
        long tokens, Map<Layer, LayerAgreement> layers, Evaluation evaluation) {

    /**
     * One layer.
     *
     * @param kappa Cohen's kappa on tokens, each token labelled with the type of the annotation covering it
     *        or "O"
     * @param alpha Krippendorff's unitizing alpha over the layer's types, code points as the continuum
     * @param note why a figure is missing, or ""
     */
    public record LayerAgreement(Layer layer, long a, long b, double f1Strict, double f1Partial, double kappa,
            double alpha, SortedMap<String, TypeAgreement> types, AttributeCounts attributes, String note) {
    }

    /**
     * One type of a layer.
     *
     * @param kappa Cohen's kappa of "this type or not" on tokens
     * @param alpha the unitizing alpha of this category
     */
    public record TypeAgreement(String type, long a, long b, double f1Strict, double f1Partial, double kappa,
            double alpha) {
    }

    public LayerAgreement layer(Layer layer) {
        return layers.get(layer);
    }
}
