package org.annocorpus.ner.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dense word vectors used as real-valued features (Turian et al. 2010): GloVe vectors of the most
 * frequent words, scaled so that their values have standard deviation {@code sigma}, and stored as
 * bytes (one scale for the whole table) to keep the model small. Keyed like {@link WordClusters}.
 */
public final class WordVectors {

    private final Map<String, float[]> vectors;
    private final int dim;

    private WordVectors(Map<String, float[]> vectors, int dim) {
        this.vectors = vectors;
        this.dim = dim;
    }

    public static WordVectors empty() {
        return new WordVectors(Map.of(), 0);
    }

    /** Scales {@code vectors} (parallel to {@code words}, most frequent first) and quantises them to bytes. */
    public static WordVectors of(List<String> words, List<float[]> vectors, double sigma) {
        int dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (float[] v : vectors) {
            for (float x : v) {
                sum += x;
                squares += x * x;
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double std = n == 0 ? 1 : Math.sqrt(squares / n - mean * mean);
        double factor = sigma / std;
        double max = 0;
        for (float[] v : vectors) {
            for (float x : v) {
                max = Math.max(max, Math.abs(x * factor));
            }
        }
        float step = (float) (max / 127);
        Map<String, float[]> table = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String key = WordClusters.key(words.get(i));
            if (table.containsKey(key)) {
                continue;
            }
            float[] v = vectors.get(i);
            float[] q = new float[dim];
            for (int d = 0; d < dim; d++) {
                q[d] = step * Math.round(v[d] * factor / step);
            }
            table.put(key, q);
        }
        return new WordVectors(table, dim);
    }

    public int dim() {
        return dim;
    }

    public int size() {
        return vectors.size();
    }

    /** The word's vector, or {@code null} when it has none. */
    public float[] of(String word) {
        return dim == 0 ? null : vectors.get(WordClusters.key(word));
    }

    void write(DataOutputStream out) throws IOException {
        float max = 0;
        for (float[] v : vectors.values()) {
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
        }
        float step = max == 0 ? 1 : max / 127;
        out.writeInt(vectors.size());
        out.writeShort(dim);
        out.writeFloat(step);
        for (Map.Entry<String, float[]> e : new TreeMap<>(vectors).entrySet()) {
            out.writeUTF(e.getKey());
            for (float x : e.getValue()) {
                out.writeByte(Math.round(x / step));
            }
        }
    }

    static WordVectors read(DataInputStream in) throws IOException {
        int n = in.readInt();
        int dim = in.readShort();
        float step = in.readFloat();
        Map<String, float[]> table = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            String word = in.readUTF();
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) {
                v[d] = step * in.readByte();
            }
            table.put(word, v);
        }
        return new WordVectors(table, dim);
    }
}
