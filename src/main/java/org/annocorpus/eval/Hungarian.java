package org.annocorpus.eval;

import java.util.Arrays;

/**
 * Maximum-weight assignment (the Hungarian method, Kuhn-Munkres with potentials, O(rows² · columns)).
 * Deterministic: the same matrix always gives the same assignment.
 */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * For each row, the column assigned to it in an assignment of maximum total weight; every row gets a
     * column, so there must be no more rows than columns.
     */
    static int[] maximumWeightAssignment(long[][] weight) {
        int n = weight.length;
        if (n == 0) {
            return new int[0];
        }
        int m = weight[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows (" + n + ") than columns (" + m + ")");
        }
        long max = 0;
        for (long[] row : weight) {
            for (long w : row) {
                max = Math.max(max, w);
            }
        }
        // minimum cost on cost = max - weight; rows and columns are 1-based below, 0 is the virtual start
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        long[] minv = new long[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfColumn[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long cur = (max - weight[i0 - 1][j - 1]) - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfColumn[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfColumn[j0] = rowOfColumn[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                columnOfRow[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}
