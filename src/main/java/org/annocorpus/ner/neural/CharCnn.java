package org.annocorpus.ner.neural;

import java.util.List;
import java.util.Random;

/**
 * A word's characters as a fixed-size vector (Ma and Hovy 2016): character embeddings, a convolution of width
 * 3 over them (zero padding at both ends) and max-pooling over positions. Character 0 is the unknown one.
 */
final class CharCnn {

    static final int WIDTH = 3;

    final int dim;
    final int filters;
    final Parameter embeddings;
    /** WIDTH * dim rows of {@code filters}. */
    final Parameter weights;
    final Parameter bias;

    CharCnn(int characters, int dim, int filters, Random random) {
        this.dim = dim;
        this.filters = filters;
        this.embeddings = new Parameter("chars.E", characters, dim, false).uniform(random, Math.sqrt(3.0 / dim));
        this.weights = new Parameter("chars.W", WIDTH * dim, filters, false).glorot(random, WIDTH * dim, filters);
        this.bias = new Parameter("chars.b", 1, filters, false);
    }

    List<Parameter> parameters() {
        return List.of(embeddings, weights, bias);
    }

    /** The pooled vector of a word ({@code chars}: its character ids); {@code argmax} receives each filter's position. */
    double[] forward(int[] chars, int[] argmax) {
        double[] best = new double[filters];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        double[] conv = new double[filters];
        for (int p = 0; p < chars.length; p++) {
            System.arraycopy(bias.w, 0, conv, 0, filters);
            for (int k = 0; k < WIDTH; k++) {
                int q = p + k - WIDTH / 2;
                if (q < 0 || q >= chars.length) {
                    continue;
                }
                int e = chars[q] * dim;
                for (int d = 0; d < dim; d++) {
                    Vectors.axpy(embeddings.w[e + d], weights.w, (k * dim + d) * filters, conv, 0, filters);
                }
            }
            for (int f = 0; f < filters; f++) {
                if (conv[f] > best[f]) {
                    best[f] = conv[f];
                    argmax[f] = p;
                }
            }
        }
        return best;
    }

    void backward(int[] chars, int[] argmax, double[] dOut) {
        for (int f = 0; f < filters; f++) {
            double g = dOut[f];
            if (g == 0) {
                continue;
            }
            bias.g[f] += g;
            for (int k = 0; k < WIDTH; k++) {
                int q = argmax[f] + k - WIDTH / 2;
                if (q < 0 || q >= chars.length) {
                    continue;
                }
                int e = chars[q] * dim;
                for (int d = 0; d < dim; d++) {
                    int wi = (k * dim + d) * filters + f;
                    weights.g[wi] += embeddings.w[e + d] * g;
                    embeddings.g[e + d] += weights.w[wi] * g;
                }
            }
        }
    }
}
