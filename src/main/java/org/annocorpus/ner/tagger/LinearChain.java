package org.annocorpus.ner.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A first-order linear-chain model: a weight per (feature, label) and per (label, next label), decoded
 * by Viterbi over the label sequences the encoding allows; optionally a weight per (dense value, label)
 * for real-valued features (word vectors).
 */
final class LinearChain {

    final Encoding encoding;
    final String[] labels;
    /** feature → row; row r holds weights[r * L .. r * L + L). */
    final Map<String, Integer> features;
    float[] weights;
    /** (previous label or start = L) × label. */
    float[] transitions;
    /** Dense values per token (slots × dimensions); dense[v * L + l] is the weight of value v for label l. */
    final int denseSize;
    float[] dense;
    private final boolean[] allowed;
    private final boolean[] allowedLast;

    LinearChain(Encoding encoding, String[] labels, Map<String, Integer> features, float[] weights, float[] transitions) {
        this(encoding, labels, features, weights, transitions, 0, new float[0]);
    }

    LinearChain(Encoding encoding, String[] labels, Map<String, Integer> features, float[] weights, float[] transitions,
            int denseSize, float[] dense) {
        this.denseSize = denseSize;
        this.dense = dense;
        this.encoding = encoding;
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
        int n = labels.length;
        allowed = new boolean[(n + 1) * n];
        allowedLast = new boolean[n];
        for (int p = 0; p <= n; p++) {
            for (int l = 0; l < n; l++) {
                allowed[p * n + l] = encoding.allowed(p == n ? null : labels[p], labels[l]);
            }
        }
        for (int l = 0; l < n; l++) {
            allowedLast[l] = encoding.allowedLast(labels[l]);
        }
    }

    int labelCount() {
        return labels.length;
    }

    /** The sum of this model and {@code other}, a model over the same labels and feature dictionary. */
    LinearChain plus(LinearChain other) {
        if (other.features != features || other.labels.length != labels.length || other.denseSize != denseSize) {
            throw new IllegalArgumentException("models over different features or labels cannot be added");
        }
        return new LinearChain(encoding, labels, features, sum(weights, other.weights),
                sum(transitions, other.transitions), denseSize, sum(dense, other.dense));
    }

    /** This model with every weight multiplied by {@code factor}. */
    LinearChain scaled(float factor) {
        return new LinearChain(encoding, labels, features, times(weights, factor), times(transitions, factor),
                denseSize, times(dense, factor));
    }

    private static float[] sum(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = a[k] + b[k];
        }
        return out;
    }

    private static float[] times(float[] a, float factor) {
        float[] out = new float[a.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = a[k] * factor;
        }
        return out;
    }

    /** Feature rows of each token (unknown features dropped). */
    int[][] rows(List<List<String>> tokenFeatures) {
        int[][] rows = new int[tokenFeatures.size()][];
        for (int i = 0; i < rows.length; i++) {
            List<String> f = tokenFeatures.get(i);
            int[] r = new int[f.size()];
            int k = 0;
            for (String name : f) {
                Integer row = features.get(name);
                if (row != null) {
                    r[k++] = row;
                }
            }
            rows[i] = java.util.Arrays.copyOf(r, k);
        }
        return rows;
    }

    /** The best allowed label sequence (label indices). */
    int[] viterbi(int[][] rows) {
        return viterbi(rows, null);
    }

    /** Adds the dense features' scores of one token (vectors per slot, null for none) to {@code emission}. */
    void addDense(float[][] slots, double[] emission) {
        int L = labels.length;
        int dim = denseSize / slots.length;
        for (int k = 0; k < slots.length; k++) {
            float[] v = slots[k];
            if (v == null) {
                continue;
            }
            int base = k * dim * L;
            for (int d = 0; d < dim; d++) {
                float x = v[d];
                int row = base + d * L;
                for (int l = 0; l < L; l++) {
                    emission[l] += x * dense[row + l];
                }
            }
        }
    }

    /** The best allowed label sequence, with the dense features of each token ({@code null}: none). */
    int[] viterbi(int[][] rows, float[][][] vectors) {
        int n = rows.length;
        int L = labels.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[] score = new double[L];
        double[] next = new double[L];
        int[][] back = new int[n][L];
        double[] emission = new double[L];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emission, 0);
            for (int r : rows[i]) {
                int base = r * L;
                for (int l = 0; l < L; l++) {
                    emission[l] += weights[base + l];
                }
            }
            if (vectors != null && denseSize > 0) {
                addDense(vectors[i], emission);
            }
            for (int l = 0; l < L; l++) {
                if (i == 0) {
                    next[l] = allowed[L * L + l] ? transitions[L * L + l] + emission[l] : Double.NEGATIVE_INFINITY;
                    continue;
                }
                double m = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!allowed[p * L + l]) {
                        continue;
                    }
                    double s = score[p] + transitions[p * L + l];
                    if (s > m) {
                        m = s;
                        arg = p;
                    }
                }
                next[l] = m + emission[l];
                back[i][l] = arg;
            }
            double[] t = score;
            score = next;
            next = t;
        }
        double m = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int l = 0; l < L; l++) {
            if (allowedLast[l] && score[l] > m) {
                m = score[l];
                arg = l;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i][arg];
        }
        return best;
    }

    String[] labelsOf(int[] indices) {
        String[] out = new String[indices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[indices[i]];
        }
        return out;
    }

    int labelIndex(String label) {
        for (int l = 0; l < labels.length; l++) {
            if (labels[l].equals(label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown label " + label);
    }

    /** Writes the non-zero weights only, features sorted (byte-identical re-runs). */
    void write(DataOutputStream out) throws IOException {
        int L = labels.length;
        out.writeUTF(encoding.name());
        out.writeByte(L);
        for (String l : labels) {
            out.writeUTF(l);
        }
        for (float t : transitions) {
            out.writeFloat(t);
        }
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            int base = e.getValue() * L;
            for (int l = 0; l < L; l++) {
                if (weights[base + l] != 0f) {
                    sorted.put(e.getKey(), e.getValue());
                    break;
                }
            }
        }
        if (denseSize > 0) { // models without word vectors keep the earlier format
            out.writeInt(denseSize);
            for (float d : dense) {
                out.writeFloat(d);
            }
        }
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            int base = e.getValue() * L;
            int nonZero = 0;
            for (int l = 0; l < L; l++) {
                if (weights[base + l] != 0f) {
                    nonZero++;
                }
            }
            out.writeByte(nonZero);
            for (int l = 0; l < L; l++) {
                if (weights[base + l] != 0f) {
                    out.writeByte(l);
                    out.writeFloat(weights[base + l]);
                }
            }
        }
    }

    /** Reads a model; {@code withDense}: the file has a dense block (models with word vectors). */
    static LinearChain read(DataInputStream in, boolean withDense) throws IOException {
        Encoding encoding = Encoding.valueOf(in.readUTF());
        int L = in.readByte();
        String[] labels = new String[L];
        for (int l = 0; l < L; l++) {
            labels[l] = in.readUTF();
        }
        float[] transitions = new float[(L + 1) * L];
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] = in.readFloat();
        }
        int denseSize = withDense ? in.readInt() : 0;
        float[] dense = new float[denseSize * L];
        for (int k = 0; k < dense.length; k++) {
            dense[k] = in.readFloat();
        }
        int n = in.readInt();
        Map<String, Integer> features = new HashMap<>(n * 2);
        float[] weights = new float[n * L];
        for (int r = 0; r < n; r++) {
            features.put(in.readUTF(), r);
            int nonZero = in.readByte() & 0xff;
            for (int k = 0; k < nonZero; k++) {
                int l = in.readByte();
                weights[r * L + l] = in.readFloat();
            }
        }
        return new LinearChain(encoding, labels, features, weights, transitions, denseSize, dense);
    }

    /** Feature dictionary over training data, in first-seen order. */
    static Map<String, Integer> dictionary(List<List<List<String>>> sentences) {
        Map<String, Integer> dict = new HashMap<>();
        for (List<List<String>> sentence : sentences) {
            for (List<String> token : sentence) {
                for (String f : token) {
                    dict.putIfAbsent(f, dict.size());
                }
            }
        }
        return dict;
    }

    static List<int[][]> rowsOf(LinearChain model, List<List<List<String>>> sentences) {
        List<int[][]> out = new ArrayList<>(sentences.size());
        for (List<List<String>> s : sentences) {
            out.add(model.rows(s));
        }
        return out;
    }
}
