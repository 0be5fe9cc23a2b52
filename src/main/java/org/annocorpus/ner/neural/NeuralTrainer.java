package org.annocorpus.ner.neural;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.annocorpus.ner.tagger.Scores;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;

/**
 * Trains a {@link BiLstmCrf} on one thread: mini-batches of sentences in a shuffled order per epoch, Adam with
 * a learning rate decaying per epoch, gradient clipping, dropout; after each epoch the dev F1, and the weights of
 * the best epoch are the ones returned. Deterministic for a seed.
 */
public final class NeuralTrainer {

    /**
     * What to train: {@code vectorWords} most frequent GloVe words are kept beside the training data's words,
     * {@code maxSentences} (0: all) limits the training sentences for quick runs.
     */
    public record Options(NeuralConfig config, int epochs, long seed, int batch, double rate, double decay,
            double clip, int vectorWords, int maxSentences) {
    }

    private final Options options;
    private final PrintWriter progress;

    public NeuralTrainer(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * The trained network. {@code gloveWords} and {@code gloveVectors}: pretrained vectors, most frequent word
     * first (may be empty: random word vectors); {@code dev} may be empty (then the last epoch is kept).
     */
    public BiLstmCrf train(List<List<TaggedSentence>> train, List<List<TaggedSentence>> dev, List<String> gloveWords,
            List<float[]> gloveVectors) {
        return train(train, dev, gloveWords, gloveVectors, net -> { });
    }

    /** Saves a model: called with the network after every epoch that improves the dev F1 (a run cut short keeps it). */
    public interface Checkpoint {
        void save(BiLstmCrf net) throws java.io.IOException;
    }

    /** As above; {@code checkpoint} receives the network after every epoch that improves the dev F1. */
    public BiLstmCrf train(List<List<TaggedSentence>> train, List<List<TaggedSentence>> dev, List<String> gloveWords,
            List<float[]> gloveVectors, Checkpoint checkpoint) {
        List<TaggedSentence> sentences = new ArrayList<>();
        for (List<TaggedSentence> d : train) {
            for (TaggedSentence s : d) {
                if (!s.tokens().isEmpty() && (options.maxSentences() <= 0 || sentences.size() < options.maxSentences())) {
                    sentences.add(s);
                }
            }
        }
        TreeSet<String> types = new TreeSet<>();
        sentences.forEach(s -> s.entities().forEach(e -> types.add(e.type())));
        Random random = new Random(options.seed());
        VocabularyBuilder.Result built = VocabularyBuilder.build(sentences, gloveWords, gloveVectors,
                options.vectorWords(), options.config().wordDim());
        BiLstmCrf net = new BiLstmCrf(options.config(), built.vocabulary(), List.copyOf(types), random);
        int pretrained = 0;
        for (int i = 0; i < built.vectors().size(); i++) {
            float[] v = built.vectors().get(i);
            if (v != null) {
                for (int d = 0; d < v.length; d++) {
                    net.words.w[i * v.length + d] = v[d];
                }
                pretrained++;
            }
        }
        long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        progress.printf("training: %d sentences, %d tokens, types %s; vocabulary %d words (%d with GloVe vectors),"
                + " %d characters; %d weights%n", sentences.size(), tokens, types, built.vocabulary().size(),
                pretrained, built.vocabulary().characters.length(), net.weights());
        progress.flush();
        List<Parameter> parameters = net.parameters();
        Adam adam = new Adam(options.clip());
        Random order = new Random(options.seed() + 1);
        Random dropout = new Random(options.seed() + 2);
        double bestF1 = -1;
        int bestEpoch = 0;
        List<double[]> best = null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long start = System.nanoTime();
            List<TaggedSentence> shuffled = new ArrayList<>(sentences);
            Collections.shuffle(shuffled, order);
            double rate = options.rate() / (1 + options.decay() * (epoch - 1));
            double loss = 0;
            int inBatch = 0;
            for (int k = 0; k < shuffled.size(); k++) {
                loss += net.lossAndGradients(shuffled.get(k), dropout);
                if (++inBatch == options.batch() || k == shuffled.size() - 1) {
                    adam.step(parameters, rate, 1.0 / inBatch);
                    inBatch = 0;
                }
                if ((k + 1) % 2000 == 0) {
                    progress.printf("  epoch %d: %d sentences, %.0f s%n", epoch, k + 1, (System.nanoTime() - start) / 1e9);
                    progress.flush();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String devFigure = "";
            if (!dev.isEmpty()) {
                int[] all = score(net, dev).get("ALL");
                double f1 = f1(all);
                devFigure = ", dev " + Scores.format(all);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    bestEpoch = epoch;
                    best = snapshot(parameters);
                }
            }
            progress.printf("epoch %d: loss %.1f (%.3f per token), rate %.5f, %.1f s%s%n", epoch, loss, loss / tokens,
                    rate, seconds, devFigure);
            progress.flush();
            if (bestEpoch == epoch) {
                try {
                    checkpoint.save(net);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        if (best != null) {
            for (int k = 0; k < parameters.size(); k++) {
                System.arraycopy(best.get(k), 0, parameters.get(k).w, 0, parameters.get(k).size());
            }
            progress.printf("kept epoch %d (dev F1 %.2f)%n", bestEpoch, 100 * bestF1);
        }
        return net;
    }

    /** Counts {gold, predicted, correct} per type and overall of the network's output on documents. */
    public static Map<String, int[]> score(BiLstmCrf net, List<List<TaggedSentence>> docs) {
        List<List<List<Span>>> predicted = new ArrayList<>();
        for (List<TaggedSentence> d : docs) {
            predicted.add(net.tag(d));
        }
        return Scores.score(docs, predicted);
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<double[]> snapshot(List<Parameter> parameters) {
        List<double[]> copy = new ArrayList<>();
        for (Parameter p : parameters) {
            copy.add(p.w.clone());
        }
        return copy;
    }
}
