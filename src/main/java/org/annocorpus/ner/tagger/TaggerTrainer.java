package org.annocorpus.ner.tagger;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.annocorpus.ner.Lexicon;

/**
 * Trains an {@link EntityTagger} with the averaged structured perceptron (Collins 2002): each epoch
 * visits the training sentences in an order drawn from the seed, decodes each with Viterbi and moves
 * the weights towards the gold labels where the two differ; the model keeps the average of the weights
 * over all steps. A second pass is trained on first-pass entities obtained by two-fold jack-knifing
 * over documents, so that it learns how far to trust them on text the first pass has not seen.
 */
public final class TaggerTrainer {

    /**
     * What to train. {@code orders}: how many perceptrons, each visiting the sentences in its own order (seeds
     * {@code seed}, {@code seed + 1}, ...), are trained and averaged into one model; averaging linear models
     * averages their scores, so the ensemble costs nothing at annotation time.
     */
    public record Options(Encoding encoding, Set<String> groups, int epochs, long seed, boolean twoPass, int orders) {
        public Options {
            if (orders < 1) {
                throw new IllegalArgumentException("orders must be at least 1, not " + orders);
            }
        }

        public Options(Encoding encoding, Set<String> groups, int epochs, long seed, boolean twoPass) {
            this(encoding, groups, epochs, seed, twoPass, 1);
        }
    }

    private final Options options;
    private final WordClusters clusters;
    private final Lexicon lexicon;
    private final WordVectors vectors;
    private final NameLists nameLists;
    private final PrintWriter progress;

    public TaggerTrainer(Options options, WordClusters clusters, Lexicon lexicon, PrintWriter progress) {
        this(options, clusters, lexicon, WordVectors.empty(), progress);
    }

    public TaggerTrainer(Options options, WordClusters clusters, Lexicon lexicon, WordVectors vectors,
            PrintWriter progress) {
        this(options, clusters, lexicon, vectors, NameLists.empty(), progress);
    }

    public TaggerTrainer(Options options, WordClusters clusters, Lexicon lexicon, WordVectors vectors,
            NameLists nameLists, PrintWriter progress) {
        if (options.groups().contains("wiki") && nameLists.phraseCount() == 0) {
            throw new IllegalArgumentException("the feature group 'wiki' needs name lists");
        }
        if (options.groups().contains("vectors") && vectors.dim() == 0) {
            throw new IllegalArgumentException("the feature group 'vectors' needs word vectors");
        }
        this.options = options;
        this.clusters = clusters;
        this.lexicon = lexicon;
        this.vectors = vectors;
        this.nameLists = nameLists;
        this.progress = progress;
    }

    /** The sparse (feature names) and dense (word vectors, may be null) features of a document. */
    private record DocFeatures(List<List<List<String>>> sparse, List<float[][][]> dense) {
    }

    /**
     * The features of a document; with the {@code domain} group the in-domain training documents (and every
     * document that is not a training document: dev, as at annotation time) get the in-domain copies.
     */
    private Function<List<TaggedSentence>, DocFeatures> featuresOf(FeatureSet set,
            Function<List<TaggedSentence>, List<List<Span>>> firstPass) {
        return doc -> new DocFeatures(set.extract(doc, firstPass == null ? null : firstPass.apply(doc),
                !general.containsKey(doc)), set.dense(doc));
    }

    /** The general (not in-domain) training documents of the current {@link #train} call. */
    private Map<List<TaggedSentence>, Boolean> general = new java.util.IdentityHashMap<>();

    private static List<List<Span>> pass(LinearChain model, DocFeatures f) {
        return EntityTagger.pass(model, f.sparse(), f.dense());
    }

    /** Trains on documents (lists of sentences with gold entities); {@code dev} (may be empty) is only scored. */
    public EntityTagger train(List<List<TaggedSentence>> train, List<List<TaggedSentence>> dev, String provenance) {
        return train(train, List.of(), 1, dev, provenance);
    }

    /**
     * Trains on {@code train} and on {@code inDomain}, documents of the domain the model is for, each of whose
     * sentences is visited {@code inDomainWeight} times per epoch (upweighting: a small in-domain set counts
     * as much as a larger one). The jack-knife folds of the second pass split the documents, not the visits,
     * so no document's first-pass entities come from a model that saw it.
     */
    public EntityTagger train(List<List<TaggedSentence>> train, List<List<TaggedSentence>> inDomain, int inDomainWeight,
            List<List<TaggedSentence>> dev, String provenance) {
        if (inDomainWeight < 1) {
            throw new IllegalArgumentException("in-domain weight must be at least 1, not " + inDomainWeight);
        }
        Map<List<TaggedSentence>, Integer> weights = new java.util.IdentityHashMap<>();
        for (List<TaggedSentence> doc : inDomain) {
            weights.put(doc, inDomainWeight);
        }
        if (options.groups().contains("domain") && inDomain.isEmpty()) {
            throw new IllegalArgumentException("the feature group 'domain' needs in-domain documents");
        }
        general = new java.util.IdentityHashMap<>();
        for (List<TaggedSentence> doc : train) {
            general.put(doc, true);
        }
        List<List<TaggedSentence>> all = new ArrayList<>(train);
        all.addAll(inDomain);
        return trainAll(all, weights, dev, provenance);
    }

    /** {@code weights}: visits per epoch of a document's sentences; 1 for those not in the map. */
    private EntityTagger trainAll(List<List<TaggedSentence>> train, Map<List<TaggedSentence>, Integer> weights,
            List<List<TaggedSentence>> dev, String provenance) {
        List<String> types = types(train);
        FeatureSet pass1Features = new FeatureSet(without(options.groups(), "history"), clusters, lexicon, vectors,
                nameLists);
        Function<List<TaggedSentence>, DocFeatures> pass1 = featuresOf(pass1Features, null);
        LinearChain first = trainPass("pass 1", types, train, weights, pass1, dev, pass1);
        if (!options.twoPass()) {
            return new EntityTagger(pass1Features, clusters, first, null, provenance);
        }
        FeatureSet all = new FeatureSet(options.groups(), clusters, lexicon, vectors, nameLists);
        // first-pass entities on the training documents, each from a model that did not see it
        Map<List<TaggedSentence>, List<List<Span>>> jackknifed = new java.util.IdentityHashMap<>();
        for (int fold = 0; fold < 2; fold++) {
            List<List<TaggedSentence>> in = new ArrayList<>();
            List<List<TaggedSentence>> out = new ArrayList<>();
            for (int d = 0; d < train.size(); d++) {
                (d % 2 == fold ? out : in).add(train.get(d));
            }
            LinearChain foldModel = trainPass("pass 1, fold " + (fold + 1) + " of 2", types, in, weights, pass1, List.of(),
                    null);
            for (List<TaggedSentence> doc : out) {
                jackknifed.put(doc, pass(foldModel, pass1.apply(doc)));
            }
        }
        Map<List<TaggedSentence>, List<List<Span>>> devFirst = new java.util.IdentityHashMap<>();
        for (List<TaggedSentence> doc : dev) {
            devFirst.put(doc, pass(first, pass1.apply(doc)));
        }
        LinearChain second = trainPass("pass 2", types, train, weights, featuresOf(all, jackknifed::get), dev,
                featuresOf(all, devFirst::get));
        return new EntityTagger(all, clusters, first, second, provenance);
    }

    private static Set<String> without(Set<String> groups, String group) {
        Set<String> copy = new TreeSet<>(groups);
        copy.remove(group);
        return copy;
    }

    private static List<String> types(List<List<TaggedSentence>> docs) {
        TreeSet<String> types = new TreeSet<>();
        for (List<TaggedSentence> doc : docs) {
            for (TaggedSentence s : doc) {
                for (Span e : s.entities()) {
                    types.add(e.type());
                }
            }
        }
        return List.copyOf(types);
    }

    private LinearChain trainPass(String name, List<String> types, List<List<TaggedSentence>> train,
            Map<List<TaggedSentence>, Integer> weights,
            Function<List<TaggedSentence>, DocFeatures> trainFeatures, List<List<TaggedSentence>> dev,
            Function<List<TaggedSentence>, DocFeatures> devFeatures) {
        long start = System.nanoTime();
        Encoding encoding = options.encoding();
        String[] labels = encoding.labels(types);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int l = 0; l < labels.length; l++) {
            labelIndex.put(labels[l], l);
        }
        Map<String, Integer> dict = new HashMap<>();
        List<int[][]> rows = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<float[][][]> denseRows = new ArrayList<>();
        List<Integer> visits = new ArrayList<>();
        int denseSize = 0;
        for (List<TaggedSentence> doc : train) {
            int weight = weights.getOrDefault(doc, 1);
            DocFeatures docFeatures = trainFeatures.apply(doc);
            List<List<List<String>>> feats = docFeatures.sparse();
            for (int s = 0; s < doc.size(); s++) {
                float[][][] dv = docFeatures.dense() == null ? null : docFeatures.dense().get(s);
                denseRows.add(dv);
                if (dv != null && dv.length > 0) {
                    denseSize = dv[0].length * vectors.dim();
                }
                List<List<String>> sentence = feats.get(s);
                int[][] r = new int[sentence.size()][];
                for (int i = 0; i < r.length; i++) {
                    List<String> f = sentence.get(i);
                    r[i] = new int[f.size()];
                    for (int k = 0; k < r[i].length; k++) {
                        Integer id = dict.get(f.get(k));
                        if (id == null) {
                            id = dict.size();
                            dict.put(f.get(k), id);
                        }
                        r[i][k] = id;
                    }
                }
                rows.add(r);
                visits.add(weight);
                String[] g = encoding.encode(r.length, doc.get(s).entities());
                int[] gi = new int[g.length];
                for (int i = 0; i < g.length; i++) {
                    gi[i] = labelIndex.get(g[i]);
                }
                gold.add(gi);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            for (int v = 0; v < visits.get(k); v++) {
                order.add(k);
            }
        }
        progress.printf("%s: %d sentences%s, %d features, %d labels (%.1f s to extract)%n", name, rows.size(),
                order.size() == rows.size() ? "" : " (" + order.size() + " visits per epoch)", dict.size(),
                labels.length, (System.nanoTime() - start) / 1e9);
        Instances data = new Instances(rows, gold, denseRows, denseSize);
        LinearChain mixed = null;
        for (int o = 0; o < options.orders(); o++) {
            String run = options.orders() == 1 ? name : name + ", order " + (o + 1) + " of " + options.orders();
            LinearChain model = perceptron(run, encoding, labels, dict, data, order, options.seed() + o, dev,
                    devFeatures, start);
            mixed = mixed == null ? model : mixed.plus(model);
        }
        return options.orders() == 1 ? mixed : mixed.scaled(1f / options.orders());
    }

    /** The training sentences of a pass as feature ids, gold label ids and dense vectors. */
    private record Instances(List<int[][]> rows, List<int[]> gold, List<float[][][]> dense, int denseSize) {
    }

    /** One averaged perceptron over {@code data}, visiting {@code order} shuffled by {@code seed} each epoch. */
    private LinearChain perceptron(String name, Encoding encoding, String[] labels, Map<String, Integer> dict,
            Instances data, List<Integer> visits, long seed, List<List<TaggedSentence>> dev,
            Function<List<TaggedSentence>, DocFeatures> devFeatures, long start) {
        List<Integer> order = new ArrayList<>(visits);
        List<int[][]> rows = data.rows();
        List<int[]> gold = data.gold();
        List<float[][][]> denseRows = data.dense();
        int denseSize = data.denseSize();
        int L = labels.length;
        float[] w = new float[dict.size() * L];
        float[] t = new float[(L + 1) * L];
        double[] wu = new double[w.length];
        double[] tu = new double[t.length];
        float[] dw = new float[denseSize * L];
        double[] dwu = new double[dw.length];
        LinearChain model = new LinearChain(encoding, labels, dict, w, t, denseSize, dw);
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int k : order) {
                int[][] r = rows.get(k);
                int[] y = gold.get(k);
                float[][][] dv = denseRows.get(k);
                int[] p = model.viterbi(r, dv);
                for (int i = 0; i < y.length; i++) {
                    if (y[i] != p[i]) {
                        mistakes++;
                        for (int f : r[i]) {
                            w[f * L + y[i]] += 1;
                            w[f * L + p[i]] -= 1;
                            wu[f * L + y[i]] += c;
                            wu[f * L + p[i]] -= c;
                        }
                        if (dv != null) {
                            updateDense(dv[i], y[i], p[i], L, dw, dwu, c);
                        }
                    }
                    int py = i == 0 ? L : y[i - 1];
                    int pp = i == 0 ? L : p[i - 1];
                    if (py != pp || y[i] != p[i]) {
                        t[py * L + y[i]] += 1;
                        t[pp * L + p[i]] -= 1;
                        tu[py * L + y[i]] += c;
                        tu[pp * L + p[i]] -= c;
                    }
                }
                c++;
            }
            String devScore = "";
            if (!dev.isEmpty() && devFeatures != null && (epoch == options.epochs() || epoch % 2 == 0)) {
                LinearChain averaged = averaged(model, wu, tu, dwu, c);
                devScore = String.format(", dev F1 %.2f", 100 * f1(averaged, dev, devFeatures));
            }
            progress.printf("%s: epoch %d, %d token mistakes%s (%.1f s)%n", name, epoch, mistakes, devScore,
                    (System.nanoTime() - start) / 1e9);
            progress.flush();
        }
        return averaged(model, wu, tu, dwu, c);
    }

    /** The perceptron step for the dense features of one token: towards gold label y, away from p. */
    private static void updateDense(float[][] slots, int y, int p, int L, float[] dw, double[] dwu, long c) {
        int dim = dw.length / L / slots.length;
        for (int k = 0; k < slots.length; k++) {
            float[] v = slots[k];
            if (v == null) {
                continue;
            }
            for (int d = 0; d < dim; d++) {
                int row = (k * dim + d) * L;
                dw[row + y] += v[d];
                dw[row + p] -= v[d];
                dwu[row + y] += c * (double) v[d];
                dwu[row + p] -= c * (double) v[d];
            }
        }
    }

    private static LinearChain averaged(LinearChain model, double[] wu, double[] tu, double[] dwu, long c) {
        float[] w = new float[model.weights.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) (model.weights[k] - wu[k] / c);
        }
        float[] t = new float[model.transitions.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (float) (model.transitions[k] - tu[k] / c);
        }
        float[] d = new float[model.dense.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = (float) (model.dense[k] - dwu[k] / c);
        }
        return new LinearChain(model.encoding, model.labels, model.features, w, t, model.denseSize, d);
    }

    private static double f1(LinearChain model, List<List<TaggedSentence>> dev,
            Function<List<TaggedSentence>, DocFeatures> features) {
        int[] counts = new int[3];
        for (List<TaggedSentence> doc : dev) {
            List<List<Span>> predicted = pass(model, features.apply(doc));
            count(doc, predicted, counts);
        }
        return Scores.f1(counts);
    }

    /** Adds gold, predicted and correct entity counts of a document to {@code counts}. */
    static void count(List<TaggedSentence> doc, List<List<Span>> predicted, int[] counts) {
        for (int s = 0; s < doc.size(); s++) {
            List<Span> g = doc.get(s).entities();
            List<Span> p = predicted.get(s);
            counts[0] += g.size();
            counts[1] += p.size();
            for (Span e : p) {
                if (g.contains(e)) {
                    counts[2]++;
                }
            }
        }
    }
}
