package org.annocorpus.ner.neural;

/**
 * The few vector loops the layers share. Matrices are stored input-major (one row of outputs per input), so
 * a matrix-vector product is a sum of rows scaled by the inputs: loops the JIT compiler vectorises.
 */
final class Vectors {

    private Vectors() {
    }

    /** {@code y[yo..yo+n) += a * x[xo..xo+n)}. */
    static void axpy(double a, double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += a * x[xo + i];
        }
    }

    static double dot(double[] x, int xo, double[] y, int yo, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[xo + i] * y[yo + i];
        }
        return s;
    }

    /** {@code out += W^T x} for {@code W} of {@code in} rows and {@code out.length} columns at offset {@code wo}. */
    static void multiply(double[] w, int wo, double[] x, int in, double[] out, int outOffset, int n) {
        for (int j = 0; j < in; j++) {
            double xj = x[j];
            if (xj != 0) {
                axpy(xj, w, wo + j * n, out, outOffset, n);
            }
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double logSumExp(double[] x, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(x[i] - max);
        }
        return max + Math.log(s);
    }
}
