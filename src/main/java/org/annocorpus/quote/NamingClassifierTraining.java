package org.annocorpus.quote;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Trains and measures {@link NamingClassifier} on gold documents: the quotations the marks and
 * {@link NamingContext}'s rules give in the pipeline's output for a gold text (its tokens, sentences and
 * paragraphs) are labelled by whether the gold has a quotation of the same boundaries; the model is a logistic
 * regression trained by AdaGrad with L2, the mean of the models of several example orders a seed fixes.
 */
public final class NamingClassifierTraining {

    /**
     * Training settings: seed, passes, L2 weight, AdaGrad rate, example orders averaged, and the feature groups
     * left out ({@link NamingFeatures#GROUPS}; for an ablation).
     */
    public record Settings(long seed, int epochs, double l2, double rate, int orders, Set<String> without) {

        public Settings {
            if (orders < 1 || epochs < 1) {
                throw new IllegalArgumentException("orders and epochs must be at least 1");
            }
            without = Set.copyOf(without);
            for (String g : without) {
                if (!NamingFeatures.GROUPS.contains(g)) {
                    throw new IllegalArgumentException("unknown feature group '" + g + "' (known: "
                            + NamingFeatures.GROUPS + ")");
                }
            }
        }

        public Settings(long seed, int epochs, double l2, double rate, int orders) {
            this(seed, epochs, l2, rate, orders, Set.of());
        }

        public Settings without(Set<String> groups) {
            return new Settings(seed, epochs, l2, rate, orders, groups);
        }
    }

    /** The feature groups, in their order. */
    public static List<String> groups() {
        return NamingFeatures.GROUPS;
    }

    /**
     * Quotation spans against the gold, strict: gold quotations, system quotations, system quotations with a
     * gold quotation of the same boundaries.
     */
    public record Spans(int gold, int system, int correct) {

        Spans plus(Spans o) {
            return new Spans(gold + o.gold, system + o.system, correct + o.correct);
        }

        public double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f (%d correct of %d, %d gold)",
                    precision(), recall(), f1(), correct, system, gold);
        }
    }

    /** One candidate: its features and whether the gold quotes the same words. */
    record Example(List<String> features, boolean quotation) {
    }

    /** One fold: its documents and the spans of the rules alone and with the classifier. */
    public record Fold(int documents, Spans rules, Spans classifier) {
    }

    private NamingClassifierTraining() {
    }

    /** The quoted words the classifier decides on (those of at most {@link NamingFeatures#MAX_WORDS} words). */
    static List<Example> examples(List<GoldDocument> docs) {
        List<Example> out = new ArrayList<>();
        for (GoldDocument d : docs) {
            List<QuoteSpan> quotes = QuotationAnnotator.markedQuotations(d.model);
            List<List<String>> features = new NamingFeatures(d.model).decided();
            for (int q = 0; q < quotes.size(); q++) {
                if (features.get(q) != null) {
                    out.add(new Example(features.get(q), d.gold.containsKey(key(quotes.get(q)))));
                }
            }
        }
        return out;
    }

    private static long key(QuoteSpan s) {
        return GoldDocument.key(s.contentBegin(), s.contentEnd());
    }

    /** The model: logistic regression by AdaGrad, the mean of the models of {@code orders} example orders. */
    static NamingClassifier train(List<Example> examples, Settings settings) {
        List<Example> kept = examples;
        if (!settings.without().isEmpty()) {
            // a feature the model has no weight for counts for nothing when it classifies
            kept = examples.stream().map(e -> new Example(e.features().stream()
                    .filter(f -> !settings.without().contains(NamingFeatures.group(f))).toList(), e.quotation()))
                    .toList();
        }
        return new NamingClassifier(AdaGrad.train(kept, settings.seed(), settings.orders(), settings.epochs(),
                settings.rate(), settings.l2(), NamingClassifierTraining::gradient));
    }

    /** The gradient of an example's log loss at the optimiser's current weights. */
    private static Map<String, Double> gradient(AdaGrad optimiser, Example e) {
        double z = 0;
        for (String f : e.features()) {
            z += optimiser.weight(f);
        }
        double p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
        double g = p - (e.quotation() ? 1 : 0);
        Map<String, Double> grad = new HashMap<>();
        for (String f : e.features()) {
            grad.merge(f, g, Double::sum);
        }
        return grad;
    }

    /** The spans of the documents against their gold: by the rules alone (classifier null) or with it. */
    static Spans spans(List<GoldDocument> docs, NamingClassifier classifier) {
        Spans total = new Spans(0, 0, 0);
        for (GoldDocument d : docs) {
            List<QuoteSpan> quotes = QuotationAnnotator.markedQuotations(d.model);
            if (classifier != null) {
                quotes = classifier.quotations(d.model);
            }
            int correct = 0;
            for (QuoteSpan s : quotes) {
                correct += d.gold.containsKey(key(s)) ? 1 : 0;
            }
            total = total.plus(new Spans(d.gold.size(), quotes.size(), correct));
        }
        return total;
    }

    /** Cross-validation by document: fold k holds the documents whose index is k modulo n. */
    public static List<Fold> crossValidate(List<GoldDocument> docs, int folds, Settings settings) {
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            DocumentFolds<GoldDocument> fold = DocumentFolds.of(docs, folds, k);
            List<GoldDocument> train = fold.train();
            List<GoldDocument> test = fold.test();
            NamingClassifier c = train(examples(train), settings);
            out.add(new Fold(test.size(), spans(test, null), spans(test, c)));
        }
        return out;
    }

    /** The sum of folds' counts. */
    public static Fold pooled(List<Fold> folds) {
        Spans r = new Spans(0, 0, 0);
        Spans c = new Spans(0, 0, 0);
        int n = 0;
        for (Fold f : folds) {
            r = r.plus(f.rules());
            c = c.plus(f.classifier());
            n += f.documents();
        }
        return new Fold(n, r, c);
    }

    /** Trains on all documents and writes the model; returns the spans on the training data. */
    public static Spans trainAndWrite(List<GoldDocument> docs, Settings settings, OutputStream out, boolean gzip,
            List<String> comments) throws IOException {
        NamingClassifier c = train(examples(docs), settings);
        List<String> all = new ArrayList<>(comments);
        all.add("features " + c.weights.values().stream().filter(v -> Math.abs(v) >= 1e-6).count());
        c.write(out, gzip, all);
        return spans(docs, c);
    }
}
