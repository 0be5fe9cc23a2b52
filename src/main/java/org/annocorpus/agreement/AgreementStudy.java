package org.annocorpus.agreement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.Evaluator;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ModeCounts;
import org.annocorpus.eval.Span;
import org.annocorpus.eval.TypeCounts;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.util.CodePointOffsets;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Compares two annotators' gold for the same texts. Span agreement (F1, the disagreements, speakers and
 * numeric values) is the scorer's, B scored against A: F1 does not depend on which of the two is taken as
 * the reference. Chance-corrected agreement comes from DKPro Statistics: Cohen's kappa on tokens and
 * Krippendorff's unitizing alpha on code points, the documents laid end to end as one continuum.
 */
public final class AgreementStudy {

    /** Label of a token no annotation of the layer covers. */
    public static final String OUTSIDE = "O";

    private AgreementStudy() {
    }

    /**
     * @throws IOException when a document cannot be read, or when the two texts of a document differ
     *         (offsets would not mean the same)
     */
    public static AgreementResult compare(DocumentSource a, DocumentSource b, List<Layer> layers, int contextWidth)
            throws IOException {
        List<String> idsA = a.ids();
        Set<String> idsB = new HashSet<>(b.ids());
        List<String> common = idsA.stream().filter(idsB::contains).toList();
        List<String> onlyA = idsA.stream().filter(id -> !idsB.contains(id)).toList();
        Observations observations = new Observations(layers);
        Evaluation evaluation = new Evaluator(layers, contextWidth, true).evaluate(new SelectedDocuments(a, common), b,
                (spansA, spansB, result, problem) -> {
                    if (problem != null) {
                        throw new IOException("document " + spansA.id() + " of " + b.description() + " cannot be"
                                + " compared with A's (B in the place of the system: " + problem
                                + "); both annotators must annotate identical texts");
                    }
                    observations.add(spansA, spansB);
                });
        Map<Layer, AgreementResult.LayerAgreement> results = new EnumMap<>(Layer.class);
        Map<Layer, LayerCounts> totals = evaluation.totals();
        for (Layer layer : layers) {
            results.put(layer, observations.layer(layer).result(layer, totals.get(layer), observations.continuum));
        }
        return new AgreementResult(a.description(), b.description(), common, onlyA, evaluation.extra(),
                observations.tokens, results, evaluation);
    }

    /** What the chance-corrected measures need, gathered document by document. */
    private static final class Observations {
        private final Map<Layer, LayerObservations> layers = new EnumMap<>(Layer.class);
        private long tokens;
        private long continuum;

        Observations(List<Layer> layers) {
            layers.forEach(layer -> this.layers.put(layer, new LayerObservations()));
        }

        LayerObservations layer(Layer layer) {
            return layers.get(layer);
        }

        void add(DocumentSpans a, DocumentSpans b) {
            String text = a.text();
            List<Tokens.Token> documentTokens = Tokens.of(text);
            CodePointOffsets offsets = new CodePointOffsets(text);
            tokens += documentTokens.size();
            for (Map.Entry<Layer, LayerObservations> entry : layers.entrySet()) {
                LayerObservations layer = entry.getValue();
                String[] labelsA = labels(text, a.spans(entry.getKey()), documentTokens);
                String[] labelsB = labels(text, b.spans(entry.getKey()), documentTokens);
                for (int t = 0; t < labelsA.length; t++) {
                    layer.tokenPairs.merge(new LabelPair(labelsA[t], labelsB[t]), 1L, Long::sum);
                }
                layer.addUnits(a.spans(entry.getKey()), 0, continuum, offsets);
                layer.addUnits(b.spans(entry.getKey()), 1, continuum, offsets);
            }
            continuum += offsets.length();
        }

        /** Each token's label: the type of the first annotation (in text order) covering a character of it. */
        private static String[] labels(String text, List<Span> spans, List<Tokens.Token> tokens) {
            int[] cover = new int[text.length()];
            Arrays.fill(cover, -1);
            for (int s = spans.size() - 1; s >= 0; s--) {
                Span span = spans.get(s);
                Arrays.fill(cover, span.begin(), span.end(), s);
            }
            String[] labels = new String[tokens.size()];
            for (int t = 0; t < labels.length; t++) {
                labels[t] = OUTSIDE;
                for (int i = tokens.get(t).begin(); i < tokens.get(t).end(); i++) {
                    if (cover[i] >= 0) {
                        labels[t] = spans.get(cover[i]).type();
                        break;
                    }
                }
            }
            return labels;
        }
    }

    private record LabelPair(String a, String b) implements Comparable<LabelPair> {
        private static final Comparator<LabelPair> ORDER = Comparator.comparing(LabelPair::a).thenComparing(LabelPair::b);

        @Override
        public int compareTo(LabelPair other) {
            return ORDER.compare(this, other);
        }
    }

    /** A unit of the unitizing study: code points on the continuum of all documents. */
    private record Unit(long offset, long length, int rater, String type) {
    }

    private static final class LayerObservations {
        private final TreeMap<LabelPair, Long> tokenPairs = new TreeMap<>();
        private final List<Unit> units = new ArrayList<>();

        void addUnits(List<Span> spans, int rater, long base, CodePointOffsets offsets) {
            for (Span span : spans) {
                int begin = offsets.toCodePoints(span.begin());
                int end = offsets.toCodePoints(span.end());
                if (end > begin) { // an empty annotation covers nothing to agree on
                    units.add(new Unit(base + begin, end - begin, rater, span.type()));
                }
            }
        }

        AgreementResult.LayerAgreement result(Layer layer, LayerCounts counts, long continuum) {
            ModeCounts strict = counts.mode(Mode.STRICT);
            ModeCounts partial = counts.mode(Mode.PARTIAL);
            TreeSet<String> types = new TreeSet<>(strict.types().keySet());
            Set<String> overlapping = overlappingTypes();
            TreeMap<String, AgreementResult.TypeAgreement> perType = new TreeMap<>();
            KrippendorffAlphaUnitizingAgreement alpha = alpha(continuum);
            for (String type : types) {
                TypeCounts t = strict.types().get(type);
                TypeCounts p = partial.types().get(type);
                double typeAlpha = alpha == null || overlapping.contains(type) ? Double.NaN
                        : alpha.calculateCategoryAgreement(type);
                perType.put(type, new AgreementResult.TypeAgreement(type, t.gold(), t.system(), t.prf().f1(),
                        p == null ? Double.NaN : p.prf().f1(), kappa(type), typeAlpha));
            }
            String note = overlapping.isEmpty() ? "" : "no unitizing alpha for " + String.join(", ", overlapping)
                    + ": an annotator's annotations of that type overlap each other, which alpha does not allow";
            double layerAlpha = alpha == null || !overlapping.isEmpty() ? Double.NaN : alpha.calculateAgreement();
            return new AgreementResult.LayerAgreement(layer, strict.possible(), strict.actual(), strict.micro().f1(),
                    partial.micro().f1(), kappa(null), layerAlpha, perType, counts.attributes(), note);
        }

        /** Cohen's kappa over the tokens: of all labels, or of "{@code type} or not". */
        private double kappa(String type) {
            CodingAnnotationStudy study = new CodingAnnotationStudy(2);
            TreeMap<LabelPair, Long> pairs = new TreeMap<>();
            tokenPairs.forEach((pair, n) -> pairs.merge(type == null ? pair
                    : new LabelPair(binary(pair.a(), type), binary(pair.b(), type)), n, Long::sum));
            pairs.forEach((pair, n) -> study.addMultipleItems(Math.toIntExact(n), pair.a(), pair.b()));
            if (study.getItemCount() == 0) {
                return Double.NaN;
            }
            CohenKappaAgreement kappa = new CohenKappaAgreement(study);
            // chance agreement 1 (one label only): kappa is 0/0
            return kappa.calculateExpectedAgreement() >= 1.0 ? Double.NaN : kappa.calculateAgreement();
        }

        private static String binary(String label, String type) {
            return label.equals(type) ? type : "not " + type;
        }

        /** Null when there is no unit at all: alpha is then 0/0. */
        private KrippendorffAlphaUnitizingAgreement alpha(long continuum) {
            if (units.isEmpty()) {
                return null;
            }
            UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, continuum);
            units.forEach(u -> study.addUnit(u.offset(), u.length(), u.rater(), u.type()));
            return new KrippendorffAlphaUnitizingAgreement(study);
        }

        /** Types for which one annotator's units overlap (or repeat) each other. */
        private Set<String> overlappingTypes() {
            Set<String> types = new TreeSet<>();
            List<Unit> sorted = new ArrayList<>(units);
            sorted.sort(Comparator.comparingInt(Unit::rater).thenComparing(Unit::type).thenComparingLong(Unit::offset));
            for (int i = 1; i < sorted.size(); i++) {
                Unit previous = sorted.get(i - 1);
                Unit unit = sorted.get(i);
                if (unit.rater() == previous.rater() && unit.type().equals(previous.type())
                        && unit.offset() < previous.offset() + previous.length()) {
                    types.add(unit.type());
                }
            }
            return types;
        }
    }
}
