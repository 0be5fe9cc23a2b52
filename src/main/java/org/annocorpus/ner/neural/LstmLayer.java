package org.annocorpus.ner.neural;

import java.util.List;
import java.util.Random;

/**
 * One unidirectional LSTM (Hochreiter and Schmidhuber 1997, with forget gate) over a sequence, forward and
 * backward through time. The backward-in-time direction of a BiLSTM is this layer run on the reversed sequence.
 * Gates in the order input, forget, candidate, output; the forget gate's bias starts at 1.
 */
final class LstmLayer {

    final int inputs;
    final int units;
    /** (inputs + units) rows of 4 * units: the weights of the input and the previous output. */
    final Parameter weights;
    final Parameter bias;

    LstmLayer(String name, int inputs, int units, Random random) {
        this.inputs = inputs;
        this.units = units;
        this.weights = new Parameter(name + ".W", inputs + units, 4 * units, false).glorot(random, inputs + units, units);
        this.bias = new Parameter(name + ".b", 1, 4 * units, false);
        for (int u = units; u < 2 * units; u++) {
            bias.w[u] = 1;
        }
    }

    List<Parameter> parameters() {
        return List.of(weights, bias);
    }

    /** What the forward pass keeps for the backward pass. */
    static final class Trace {
        final double[][] z; // input and previous output
        final double[][] gates; // activated gates
        final double[][] cells;
        final double[][] tanhCells;
        final double[][] out;

        Trace(int length) {
            z = new double[length][];
            gates = new double[length][];
            cells = new double[length][];
            tanhCells = new double[length][];
            out = new double[length][];
        }
    }

    Trace forward(double[][] x) {
        int n = x.length;
        int h = units;
        Trace tr = new Trace(n);
        double[] previous = new double[h];
        double[] previousCell = new double[h];
        for (int t = 0; t < n; t++) {
            double[] z = new double[inputs + h];
            System.arraycopy(x[t], 0, z, 0, inputs);
            System.arraycopy(previous, 0, z, inputs, h);
            double[] a = bias.w.clone();
            Vectors.multiply(weights.w, 0, z, inputs + h, a, 0, 4 * h);
            double[] c = new double[h];
            double[] tc = new double[h];
            double[] out = new double[h];
            for (int u = 0; u < h; u++) {
                a[u] = Vectors.sigmoid(a[u]);
                a[h + u] = Vectors.sigmoid(a[h + u]);
                a[2 * h + u] = Math.tanh(a[2 * h + u]);
                a[3 * h + u] = Vectors.sigmoid(a[3 * h + u]);
                c[u] = a[h + u] * previousCell[u] + a[u] * a[2 * h + u];
                tc[u] = Math.tanh(c[u]);
                out[u] = a[3 * h + u] * tc[u];
            }
            tr.z[t] = z;
            tr.gates[t] = a;
            tr.cells[t] = c;
            tr.tanhCells[t] = tc;
            tr.out[t] = out;
            previous = out;
            previousCell = c;
        }
        return tr;
    }

    /** Adds the gradients of the weights for output gradients {@code dOut}; returns the input gradients. */
    double[][] backward(Trace tr, double[][] dOut) {
        int n = dOut.length;
        int h = units;
        double[][] dx = new double[n][];
        double[] dNext = new double[h];
        double[] dCellNext = new double[h];
        double[] da = new double[4 * h];
        for (int t = n - 1; t >= 0; t--) {
            double[] a = tr.gates[t];
            double[] previousCell = t > 0 ? tr.cells[t - 1] : new double[h];
            for (int u = 0; u < h; u++) {
                double dh = dOut[t][u] + dNext[u];
                double i = a[u];
                double f = a[h + u];
                double g = a[2 * h + u];
                double o = a[3 * h + u];
                double tc = tr.tanhCells[t][u];
                double dc = dh * o * (1 - tc * tc) + dCellNext[u];
                da[u] = dc * g * i * (1 - i);
                da[h + u] = dc * previousCell[u] * f * (1 - f);
                da[2 * h + u] = dc * i * (1 - g * g);
                da[3 * h + u] = dh * tc * o * (1 - o);
                dCellNext[u] = dc * f;
            }
            Vectors.axpy(1, da, 0, bias.g, 0, 4 * h);
            double[] z = tr.z[t];
            double[] dz = new double[inputs + h];
            for (int j = 0; j < inputs + h; j++) {
                if (z[j] != 0) {
                    Vectors.axpy(z[j], da, 0, weights.g, j * 4 * h, 4 * h);
                }
                dz[j] = Vectors.dot(weights.w, j * 4 * h, da, 0, 4 * h);
            }
            dx[t] = java.util.Arrays.copyOf(dz, inputs);
            System.arraycopy(dz, inputs, dNext, 0, h);
        }
        return dx;
    }
}
