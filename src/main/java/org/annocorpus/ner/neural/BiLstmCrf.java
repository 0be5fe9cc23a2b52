package org.annocorpus.ner.neural;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.annocorpus.ner.tagger.Encoding;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;

/**
 * The tagger: each token's word vector, character-CNN vector and casing class, dropout, a forward and a
 * backward LSTM, dropout, a linear map to label scores and a CRF over them. Computes a sentence's loss and its
 * gradients (training) or its best labels (tagging).
 */
public final class BiLstmCrf {

    final NeuralConfig config;
    final Vocabulary vocabulary;
    final String[] labels;
    final Parameter words;
    final CharCnn chars;
    final LstmLayer forward;
    final LstmLayer backward;
    /** 2 * units rows of labels. */
    final Parameter output;
    final Parameter outputBias;
    final Crf crf;
    private final Map<String, Integer> labelIndex = new HashMap<>();

    /** A network with random weights ({@code random}) whose word vectors the caller fills in. */
    BiLstmCrf(NeuralConfig config, Vocabulary vocabulary, List<String> types, Random random) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.labels = config.encoding().labels(types);
        for (int i = 0; i < labels.length; i++) {
            labelIndex.put(labels[i], i);
        }
        this.words = new Parameter("words.E", vocabulary.size(), config.wordDim(), true)
                .uniform(random, Math.sqrt(3.0 / config.wordDim()));
        this.chars = config.filters() > 0
                ? new CharCnn(vocabulary.characters.length(), config.charDim(), config.filters(), random) : null;
        this.forward = new LstmLayer("lstm.forward", config.inputs(), config.units(), random);
        this.backward = new LstmLayer("lstm.backward", config.inputs(), config.units(), random);
        this.output = new Parameter("out.W", 2 * config.units(), labels.length, false)
                .glorot(random, 2 * config.units(), labels.length);
        this.outputBias = new Parameter("out.b", 1, labels.length, false);
        this.crf = new Crf(config.encoding(), labels, config.crf());
    }

    /** Every trained weight, in a fixed order (the model file's). */
    List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        all.add(words);
        if (chars != null) {
            all.addAll(chars.parameters());
        }
        all.addAll(forward.parameters());
        all.addAll(backward.parameters());
        all.add(output);
        all.add(outputBias);
        all.addAll(crf.parameters());
        return all;
    }

    public Encoding encoding() {
        return config.encoding();
    }

    /** A forward pass's intermediate values. */
    private final class Pass {
        final int n;
        final int[] wordIds;
        final int[][] charIds;
        final int[][] argmax;
        final double[][] x;
        final double[][] inputMask;
        LstmLayer.Trace f;
        LstmLayer.Trace b;
        double[][] h;
        double[][] outputMask;
        double[][] scores;

        Pass(List<String> tokens, Random dropout) {
            n = tokens.size();
            wordIds = new int[n];
            charIds = new int[n][];
            argmax = new int[n][];
            x = new double[n][];
            inputMask = dropout == null ? null : new double[n][];
            int wd = config.wordDim();
            int fl = config.filters();
            for (int t = 0; t < n; t++) {
                String token = tokens.get(t);
                double[] xt = new double[config.inputs()];
                wordIds[t] = vocabulary.word(token);
                System.arraycopy(words.w, wordIds[t] * wd, xt, 0, wd);
                if (chars != null) {
                    charIds[t] = vocabulary.chars(token);
                    argmax[t] = new int[fl];
                    System.arraycopy(chars.forward(charIds[t], argmax[t]), 0, xt, wd, fl);
                }
                xt[wd + fl + Vocabulary.casing(token)] = 1;
                if (dropout != null) {
                    inputMask[t] = mask(xt.length, dropout);
                    multiply(xt, inputMask[t]);
                }
                x[t] = xt;
            }
            f = forward.forward(x);
            b = backward.forward(reversed(x));
            int u = config.units();
            h = new double[n][];
            outputMask = dropout == null ? null : new double[n][];
            scores = new double[n][];
            for (int t = 0; t < n; t++) {
                double[] ht = new double[2 * u];
                System.arraycopy(f.out[t], 0, ht, 0, u);
                System.arraycopy(b.out[n - 1 - t], 0, ht, u, u);
                if (dropout != null) {
                    outputMask[t] = mask(ht.length, dropout);
                    multiply(ht, outputMask[t]);
                }
                h[t] = ht;
                double[] s = outputBias.w.clone();
                Vectors.multiply(output.w, 0, ht, 2 * u, s, 0, labels.length);
                scores[t] = s;
            }
        }

        /** Inverted dropout: kept values are scaled by 1 / (1 - rate). */
        private double[] mask(int size, Random random) {
            double[] m = new double[size];
            double keep = 1 - config.dropout();
            for (int i = 0; i < size; i++) {
                m[i] = random.nextDouble() < keep ? 1 / keep : 0;
            }
            return m;
        }
    }

    private static void multiply(double[] x, double[] mask) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= mask[i];
        }
    }

    private static double[][] reversed(double[][] x) {
        double[][] r = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            r[t] = x[x.length - 1 - t];
        }
        return r;
    }

    /** The gold label ids of a sentence. */
    int[] gold(TaggedSentence sentence) {
        String[] names = config.encoding().encode(sentence.tokens().size(), sentence.entities());
        int[] ids = new int[names.length];
        for (int t = 0; t < names.length; t++) {
            Integer id = labelIndex.get(names[t]);
            if (id == null) {
                throw new IllegalArgumentException("label " + names[t] + " is not one of the model's " + List.of(labels));
            }
            ids[t] = id;
        }
        return ids;
    }

    /**
     * The sentence's loss; adds its gradients to the parameters. {@code dropout}: the random source of the
     * dropout masks, or {@code null} for none (the gradient check).
     */
    double lossAndGradients(TaggedSentence sentence, Random dropout) {
        if (sentence.tokens().isEmpty()) {
            return 0;
        }
        int[] gold = gold(sentence);
        Pass p = new Pass(sentence.tokens(), dropout);
        int n = p.n;
        int u = config.units();
        int k = labels.length;
        double[][] dScores = new double[n][k];
        double loss = crf.loss(p.scores, gold, dScores);
        double[][] dForward = new double[n][];
        double[][] dBackward = new double[n][];
        for (int t = 0; t < n; t++) {
            Vectors.axpy(1, dScores[t], 0, outputBias.g, 0, k);
            double[] dh = new double[2 * u];
            for (int j = 0; j < 2 * u; j++) {
                if (p.h[t][j] != 0) {
                    Vectors.axpy(p.h[t][j], dScores[t], 0, output.g, j * k, k);
                }
                dh[j] = Vectors.dot(output.w, j * k, dScores[t], 0, k);
            }
            if (p.outputMask != null) {
                multiply(dh, p.outputMask[t]);
            }
            dForward[t] = java.util.Arrays.copyOfRange(dh, 0, u);
            dBackward[n - 1 - t] = java.util.Arrays.copyOfRange(dh, u, 2 * u);
        }
        double[][] dxf = forward.backward(p.f, dForward);
        double[][] dxb = backward.backward(p.b, dBackward);
        int wd = config.wordDim();
        for (int t = 0; t < n; t++) {
            double[] dx = dxf[t];
            Vectors.axpy(1, dxb[n - 1 - t], 0, dx, 0, dx.length);
            if (p.inputMask != null) {
                multiply(dx, p.inputMask[t]);
            }
            words.touch(p.wordIds[t]);
            Vectors.axpy(1, dx, 0, words.g, p.wordIds[t] * wd, wd);
            if (chars != null) {
                chars.backward(p.charIds[t], p.argmax[t], java.util.Arrays.copyOfRange(dx, wd, wd + config.filters()));
            }
        }
        return loss;
    }

    /** The best allowed label ids of a sentence. */
    int[] labelIds(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new int[0];
        }
        return crf.viterbi(new Pass(tokens, null).scores);
    }

    /** The entities of a sentence. */
    public List<Span> tagSentence(List<String> tokens) {
        int[] ids = labelIds(tokens);
        String[] names = new String[ids.length];
        for (int t = 0; t < ids.length; t++) {
            names[t] = labels[ids[t]];
        }
        return Encoding.decode(names);
    }

    /** The entities of each sentence of a document. */
    public List<List<Span>> tag(List<TaggedSentence> document) {
        List<List<Span>> out = new ArrayList<>();
        for (TaggedSentence s : document) {
            out.add(tagSentence(s.tokens()));
        }
        return out;
    }

    /** The number of weights. */
    public long weights() {
        long n = 0;
        for (Parameter p : parameters()) {
            n += p.size();
        }
        return n;
    }
}
