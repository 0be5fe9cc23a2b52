package org.annocorpus.ner.neural;

import java.util.Random;

/**
 * A weight matrix ({@code rows x cols}, row-major) with its gradient and Adam's moment estimates. A sparse
 * parameter (an embedding table) remembers which rows a batch touched, so that updates cost only those rows.
 */
final class Parameter {

    final String name;
    final int rows;
    final int cols;
    final double[] w;
    final double[] g;
    final double[] m;
    final double[] v;
    final boolean sparse;
    private final boolean[] touched;
    private int[] touchedRows;
    private int touchedCount;

    Parameter(String name, int rows, int cols, boolean sparse) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.w = new double[rows * cols];
        this.g = new double[rows * cols];
        this.m = new double[rows * cols];
        this.v = new double[rows * cols];
        this.sparse = sparse;
        this.touched = sparse ? new boolean[rows] : null;
        this.touchedRows = sparse ? new int[16] : null;
    }

    /** Uniform in [-scale, scale]. */
    Parameter uniform(Random random, double scale) {
        for (int i = 0; i < w.length; i++) {
            w[i] = (2 * random.nextDouble() - 1) * scale;
        }
        return this;
    }

    /** Glorot uniform for a matrix mapping {@code fanIn} inputs to {@code fanOut} outputs. */
    Parameter glorot(Random random, int fanIn, int fanOut) {
        return uniform(random, Math.sqrt(6.0 / (fanIn + fanOut)));
    }

    /** Marks a row of a sparse parameter as holding gradient. */
    void touch(int row) {
        if (sparse && !touched[row]) {
            touched[row] = true;
            if (touchedCount == touchedRows.length) {
                touchedRows = java.util.Arrays.copyOf(touchedRows, touchedCount * 2);
            }
            touchedRows[touchedCount++] = row;
        }
    }

    /** The rows holding gradient (all rows of a dense parameter); valid until {@link #clearTouched()}. */
    int[] activeRows() {
        if (!sparse) {
            int[] all = new int[rows];
            for (int r = 0; r < rows; r++) {
                all[r] = r;
            }
            return all;
        }
        int[] rowsNow = java.util.Arrays.copyOf(touchedRows, touchedCount);
        java.util.Arrays.sort(rowsNow); // a fixed order keeps the gradient norm's sum deterministic
        return rowsNow;
    }

    void clearTouched() {
        if (sparse) {
            for (int k = 0; k < touchedCount; k++) {
                touched[touchedRows[k]] = false;
            }
            touchedCount = 0;
        }
    }

    int size() {
        return w.length;
    }
}
