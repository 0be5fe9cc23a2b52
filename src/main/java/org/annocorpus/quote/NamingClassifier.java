package org.annocorpus.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A logistic classifier that tells quoted words that reproduce someone's words from words only named (a term,
 * a title, scare quotes: the "establishment" candidate), for the marks {@link NamingContext}'s rules leave;
 * trained on the gold by {@link NamingClassifierTraining}. Quoted words longer than
 * {@link NamingFeatures#MAX_WORDS} are always kept.
 *
 * <p>File format (text, gzip if the name ends in .gz): lines {@code # comment}, then {@code feature TAB weight}.
 */
final class NamingClassifier {

    /** The shipped model. */
    static final String DEFAULT = "classpath:/org/annocorpus/models/quote/naming-classifier.txt.gz";
    private static final Map<String, NamingClassifier> LOADED = new ConcurrentHashMap<>();

    final Map<String, Double> weights;

    NamingClassifier(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The log-odds that the quoted words reproduce someone's words. */
    double score(List<String> features) {
        double sum = 0;
        for (String f : features) {
            sum += weights.getOrDefault(f, 0.0);
        }
        return sum;
    }

    /** The quotations of the model's current ones that reproduce words: those it does not take for only named. */
    List<QuoteSpan> quotations(TextModel model) {
        List<QuoteSpan> quotes = model.quotes();
        List<List<String>> features = new NamingFeatures(model).decided();
        List<QuoteSpan> kept = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            if (features.get(q) == null || score(features.get(q)) >= 0) {
                kept.add(quotes.get(q));
            }
        }
        return kept;
    }

    // ---------------------------------------------------------------- files

    /** The model at a location ({@code classpath:/...} or a file path), loaded once per JVM. */
    static NamingClassifier load(String location) throws IOException {
        return WeightFiles.load(location, LOADED, NamingClassifier::read);
    }

    static NamingClassifier read(BufferedReader r, String location) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        WeightFiles.read(r, location, weights, line -> false);
        if (!weights.containsKey("bias")) {
            throw new IOException(location + ": no 'bias' weight: not a naming classifier model");
        }
        return new NamingClassifier(weights);
    }

    /** Writes the model: comments, then the weights sorted by feature (byte-identical re-runs). */
    void write(OutputStream out, boolean gzip, List<String> comments) throws IOException {
        WeightFiles.write(out, gzip, comments, List.of(), weights, List.of("bias"));
    }
}
