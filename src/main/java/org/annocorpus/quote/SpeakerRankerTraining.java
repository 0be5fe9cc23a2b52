package org.annocorpus.quote;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.SpeakerCandidates.Candidate;
import org.annocorpus.scheme.SpeakerNames;

/**
 * Trains and measures {@link SpeakerRanker} on gold documents: the pipeline's output for a gold text (its
 * tokens, sentences, paragraphs and named entities) is read as {@link QuotationAnnotator} reads it, its
 * quotations are matched to the gold's by exact boundaries (as the scorer's exact matches) and each
 * matched quotation's candidates are labelled by the gold speaker, compared as the scorer does
 * ({@link SpeakerNames#agree}). The model is a softmax over a quotation's candidates, trained by AdaGrad with
 * L2 on the marginal likelihood of the correct candidates, in an order a seed fixes.
 */
public final class SpeakerRankerTraining {

    /**
     * Training settings: the feature groups, seed, passes, L2 weight, AdaGrad rate, and the number of example
     * orders whose models are averaged (orders seeded {@code seed}, {@code seed + 1}, ...).
     */
    public record Settings(Set<String> groups, long seed, int epochs, double l2, double rate, int orders) {

        /** The default number of orders: one order's model moves by about five quotations of 3,476 with its seed. */
        public static final int DEFAULT_ORDERS = 5;

        public Settings {
            if (orders < 1) {
                throw new IllegalArgumentException("orders must be at least 1, not " + orders);
            }
            groups = Set.copyOf(groups);
            for (String g : groups) {
                if (!SpeakerCandidates.GROUPS.contains(g)) {
                    throw new IllegalArgumentException("unknown feature group '" + g + "' (known: "
                            + SpeakerCandidates.GROUPS + ")");
                }
            }
        }

        public static Settings defaults() {
            return new Settings(Set.copyOf(SpeakerCandidates.GROUPS), 1, 10, 1e-3, 0.1, DEFAULT_ORDERS);
        }

        public Settings withGroups(Set<String> g) {
            return new Settings(g, seed, epochs, l2, rate, orders);
        }
    }

    /** Speakers that agree with the gold's among the exactly matched quotations. */
    public record Counts(int agree, int matched, int mentionExact, int withMention) {

        Counts(int agree, int matched) {
            this(agree, matched, 0, 0);
        }

        public double rate() {
            return matched == 0 ? 0 : (double) agree / matched;
        }

        Counts plus(Counts o) {
            return new Counts(agree + o.agree, matched + o.matched, mentionExact + o.mentionExact,
                    withMention + o.withMention);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", rate(), agree, matched);
        }

        /** The speaker mention equal to the gold's, over the matched quotations whose gold has one. */
        public String mentions() {
            return String.format(java.util.Locale.ROOT, "%.3f (%d/%d)",
                    withMention == 0 ? 0 : (double) mentionExact / withMention, mentionExact, withMention);
        }
    }

    /** One matched quotation's candidates: their features and which agree with the gold. */
    record Example(List<List<String>> features, boolean[] correct, boolean anyCorrect) {
    }

    private SpeakerRankerTraining() {
    }

    private static List<SpeakerSieve> sieves() {
        return SpeakerSieves.named(null);
    }

    // ---------------------------------------------------------------- candidates and the oracle

    /** A system quotation whose span is a gold quotation's: the gold speaker, the system's, the candidates. */
    private record Matched(QuoteSpan span, String gold, String firstSieve, List<Candidate> candidates) {
    }

    /** The document's matched quotations with their candidates, as the sieves' first-decides run sees them. */
    private static List<Matched> matched(GoldDocument d, WordClusters clusters) {
        Map<Integer, List<Candidate>> byQuote = new HashMap<>();
        List<QuotationAnnotator.Found> found = QuotationAnnotator.extract(d.model, sieves(), attributor -> {
            SpeakerCandidates candidates = new SpeakerCandidates(attributor, clusters);
            return (q, s) -> {
                byQuote.put(q, candidates.of(q));
                return s.firstSieve(q);
            };
        });
        List<Matched> out = new ArrayList<>();
        for (int q = 0; q < found.size(); q++) {
            QuoteSpan span = found.get(q).span();
            String gold = d.gold.get(GoldDocument.key(span.contentBegin(), span.contentEnd()));
            List<Candidate> cands = byQuote.get(q);
            if (gold != null && cands != null) {
                out.add(new Matched(span, gold, found.get(q).speaker(), cands));
            }
        }
        return out;
    }

    /** The matched quotations' candidates, as the sieves' first-decides run sees them. */
    static List<Example> examples(List<GoldDocument> docs, WordClusters clusters) {
        List<Example> out = new ArrayList<>();
        for (GoldDocument d : docs) {
            for (Matched m : matched(d, clusters)) {
                List<Candidate> cands = m.candidates();
                List<List<String>> features = new ArrayList<>();
                boolean[] correct = new boolean[cands.size()];
                boolean any = false;
                for (int i = 0; i < cands.size(); i++) {
                    features.add(cands.get(i).features());
                    correct[i] = SpeakerNames.agree(m.gold(), cands.get(i).speaker());
                    any |= correct[i];
                }
                out.add(new Example(features, correct, any));
            }
        }
        return out;
    }

    /**
     * The ranker's training data, for training other rankers on it: one tab-separated line per candidate of each
     * matched quotation, in document and text order: the document's number in {@code docs} (cross-validation puts
     * document i in fold i mod N), the document, the quotation's offset, the candidate's speaker ("-" for no
     * speaker), 1 when it agrees with the gold speaker (else 0), and its features of the given groups,
     * space-separated.
     */
    public static List<String> exampleLines(List<GoldDocument> docs, Set<String> groups, WordClusters clusters) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            GoldDocument d = docs.get(i);
            for (Matched m : matched(d, clusters)) {
                for (Candidate c : m.candidates()) {
                    out.add(String.join("\t", Integer.toString(i), d.id, Integer.toString(m.span().contentBegin()),
                            c.none() ? "-" : c.speaker(), SpeakerNames.agree(m.gold(), c.speaker()) ? "1" : "0",
                            String.join(" ", SpeakerRanker.active(c.features(), groups))));
                }
            }
        }
        return out;
    }

    /**
     * The oracle: matched quotations whose gold speaker is among the candidates, all and sieves' only; and
     * those whose gold speaker no candidate names, one tab-separated line each (document, quotation offset,
     * gold speaker, the candidates' speakers, the quotation's first words): what a new candidate source
     * would have to find.
     */
    public record Oracle(Counts all, Counts sievesOnly, Counts firstSieve, double meanCandidates, List<String> misses) {
    }

    public static Oracle oracle(List<GoldDocument> docs, WordClusters clusters) {
        int all = 0;
        int sievesOnly = 0;
        int first = 0;
        int n = 0;
        long candidates = 0;
        List<String> misses = new ArrayList<>();
        for (GoldDocument d : docs) {
            for (Matched m : matched(d, clusters)) {
                n++;
                candidates += m.candidates().size();
                first += SpeakerNames.agree(m.gold(), m.firstSieve()) ? 1 : 0;
                boolean a = false;
                boolean s = m.gold().isEmpty(); // "no speaker" is always a candidate
                for (Candidate c : m.candidates()) {
                    if (SpeakerNames.agree(m.gold(), c.speaker())) {
                        a = true;
                        s |= c.proposers().stream().anyMatch(p -> !SpeakerCandidates.isExtra(p));
                    }
                }
                all += a ? 1 : 0;
                sievesOnly += s ? 1 : 0;
                if (!a) {
                    misses.add(missLine(d, m));
                }
            }
        }
        return new Oracle(new Counts(all, n), new Counts(sievesOnly, n), new Counts(first, n),
                n == 0 ? 0 : (double) candidates / n, List.copyOf(misses));
    }

    private static String missLine(GoldDocument d, Matched m) {
        List<String> speakers = new ArrayList<>();
        for (Candidate c : m.candidates()) {
            speakers.add(c.none() ? "-" : c.speaker());
        }
        return d.id + "\t" + m.span().contentBegin() + "\t" + m.gold() + "\t" + String.join(" | ", speakers) + "\t"
                + firstWords(d, m.span());
    }

    private static String firstWords(GoldDocument d, QuoteSpan span) {
        return d.model.text.substring(span.contentBegin(), Math.min(span.contentEnd(), span.contentBegin() + 60))
                .replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- training

    /**
     * The model: the mean of the weights of {@link Settings#orders} models, each trained on the examples in an
     * order of its own (seeds {@code seed}, {@code seed + 1}, ...). One order's model depends on it by a few
     * quotations; the mean is steadier and, cross-validated on the 459 dev documents, a little better.
     */
    static SpeakerRanker train(List<Example> examples, Settings settings, String clustersLocation,
            WordClusters clusters) {
        List<Example> usable = new ArrayList<>();
        for (Example e : examples) {
            if (e.anyCorrect() && e.features().size() > 1) {
                usable.add(e);
            }
        }
        Map<String, Double> mean = AdaGrad.train(usable, settings.seed(), settings.orders(), settings.epochs(),
                settings.rate(), settings.l2(), (optimiser, e) -> gradient(optimiser, e, settings));
        return new SpeakerRanker(mean, settings.groups(), clustersLocation, clusters);
    }

    /** The gradient of -log P(correct candidates) of an example at the optimiser's current weights. */
    private static Map<String, Double> gradient(AdaGrad optimiser, Example e, Settings settings) {
        List<List<String>> fs = new ArrayList<>();
        for (List<String> f : e.features()) {
            fs.add(SpeakerRanker.active(f, settings.groups()));
        }
        double[] score = new double[fs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < fs.size(); i++) {
            for (String f : fs.get(i)) {
                score[i] += optimiser.weight(f);
            }
            max = Math.max(max, score[i]);
        }
        double z = 0;
        double zCorrect = 0;
        double[] p = new double[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            p[i] = Math.exp(score[i] - max);
            z += p[i];
            zCorrect += e.correct()[i] ? p[i] : 0;
        }
        // p_i - p_i|correct
        Map<String, Double> grad = new HashMap<>();
        for (int i = 0; i < fs.size(); i++) {
            double gi = p[i] / z - (e.correct()[i] ? p[i] / zCorrect : 0);
            if (gi == 0) {
                continue;
            }
            for (String f : fs.get(i)) {
                grad.merge(f, gi, Double::sum);
            }
        }
        return grad;
    }

    /** Trains on all documents and writes the model; returns the training-set figures. */
    public static Counts trainAndWrite(List<GoldDocument> docs, Settings settings, String clustersLocation,
            WordClusters clusters, OutputStream out, boolean gzip, List<String> comments) throws IOException {
        SpeakerRanker ranker = train(examples(docs, clusters), settings, clustersLocation, clusters);
        List<String> all = new ArrayList<>(comments);
        all.add("features " + ranker.weights.values().stream().filter(v -> Math.abs(v) >= 1e-6).count());
        ranker.write(out, gzip, all);
        return evaluate(docs, ranker);
    }

    /** Speaker agreement on the matched quotations, by the ranker (null: the sieves, first decides). */
    static Counts evaluate(List<GoldDocument> docs, SpeakerRanker ranker) {
        return evaluate(docs, ranker, new ArrayList<>(), null);
    }

    /**
     * As {@link #evaluate(List, SpeakerRanker)}, adding to {@code agreements} each matched quotation's agreement
     * in text order, and to {@code errors} (when not null) one tab-separated line for each matched quotation
     * whose speaker disagrees with the gold's: document, quotation offset, gold speaker, the speaker given and
     * the sieve that gave it, the quotation's first words.
     */
    static Counts evaluate(List<GoldDocument> docs, SpeakerRanker ranker, List<Boolean> agreements,
            List<String> errors) {
        int agree = 0;
        int matched = 0;
        int exact = 0;
        int withMention = 0;
        for (GoldDocument d : docs) {
            for (QuotationAnnotator.Found f : QuotationAnnotator.extract(d.model, sieves(), ranker)) {
                long span = GoldDocument.key(f.span().contentBegin(), f.span().contentEnd());
                String gold = d.gold.get(span);
                if (gold != null) {
                    matched++;
                    boolean ok = SpeakerNames.agree(gold, f.speaker());
                    agree += ok ? 1 : 0;
                    agreements.add(ok);
                    if (!ok && errors != null) {
                        errors.add(String.join("\t", d.id, Integer.toString(f.span().contentBegin()), gold,
                                f.speaker(), f.attribution() == null ? "-" : f.attribution().sieve(),
                                firstWords(d, f.span())));
                    }
                }
                Long mention = d.goldMention.get(span);
                if (mention != null) {
                    withMention++;
                    Mention m = f.attribution() == null ? null : f.attribution().mention();
                    exact += m != null && mention == GoldDocument.key(m.begin(), m.end()) ? 1 : 0;
                }
            }
        }
        return new Counts(agree, matched, exact, withMention);
    }

    /**
     * One fold of a cross-validation: its documents, and the sieves' and the ranker's agreement on them;
     * {@code gained}: speakers the ranker gets right and the sieves wrong; {@code lost}: the other way round.
     */
    public record Fold(int documents, Counts sieves, Counts ranker, int gained, int lost) {
    }

    /**
     * Cross-validation by document: fold k holds the documents whose index (in the given order) is k modulo n;
     * adds to {@code errors} (when not null) the ranker's disagreements with the gold on each held-out fold
     * (the lines of {@code evaluate}).
     */
    public static List<Fold> crossValidate(List<GoldDocument> docs, int folds, Settings settings, WordClusters clusters,
            List<String> errors) {
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            DocumentFolds<GoldDocument> fold = DocumentFolds.of(docs, folds, k);
            List<GoldDocument> train = fold.train();
            List<GoldDocument> test = fold.test();
            SpeakerRanker ranker = train(examples(train, clusters), settings, "none", clusters);
            List<Boolean> bySieves = new ArrayList<>();
            List<Boolean> byRanker = new ArrayList<>();
            Counts sieveCounts = evaluate(test, null, bySieves, null);
            Counts rankerCounts = evaluate(test, ranker, byRanker, errors);
            int gained = 0;
            int lost = 0;
            for (int i = 0; i < bySieves.size(); i++) {
                gained += byRanker.get(i) && !bySieves.get(i) ? 1 : 0;
                lost += bySieves.get(i) && !byRanker.get(i) ? 1 : 0;
            }
            out.add(new Fold(test.size(), sieveCounts, rankerCounts, gained, lost));
        }
        return out;
    }

    /** The sum of folds' counts. */
    public static Fold pooled(List<Fold> folds) {
        Counts s = new Counts(0, 0, 0, 0);
        Counts r = new Counts(0, 0, 0, 0);
        int n = 0;
        int gained = 0;
        int lost = 0;
        for (Fold f : folds) {
            s = s.plus(f.sieves());
            r = r.plus(f.ranker());
            n += f.documents();
            gained += f.gained();
            lost += f.lost();
        }
        return new Fold(n, s, r, gained, lost);
    }

    /** The feature groups, in their order. */
    public static List<String> groups() {
        return SpeakerCandidates.GROUPS;
    }

    /** Groups given by name, checked. */
    public static Set<String> groups(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(n.trim());
        }
        return out;
    }
}
