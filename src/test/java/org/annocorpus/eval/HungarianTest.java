package org.annocorpus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void smallCaseByHand() {
        // rows 0 and 1 both prefer column 0; the optimum gives it to row 1 (9 + 5 = 14 > 8 + 4 = 12)
        long[][] weights = {{8, 5, 0}, {9, 4, 0}};
        int[] assignment = Hungarian.maximumWeightAssignment(weights);
        assertThat(assignment).containsExactly(1, 0);
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = rows + random.nextInt(3);
            long[][] weights = new long[rows][columns];
            for (long[] row : weights) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(100);
                }
            }
            int[] assignment = Hungarian.maximumWeightAssignment(weights);
            long total = 0;
            boolean[] used = new boolean[columns];
            for (int r = 0; r < rows; r++) {
                assertThat(used[assignment[r]]).as("column assigned twice").isFalse();
                used[assignment[r]] = true;
                total += weights[r][assignment[r]];
            }
            assertThat(total).isEqualTo(best(weights, 0, new boolean[columns]));
        }
    }

    @Test
    void refusesMoreRowsThanColumns() {
        assertThatThrownBy(() -> Hungarian.maximumWeightAssignment(new long[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long best(long[][] weights, int row, boolean[] used) {
        if (row == weights.length) {
            return 0;
        }
        long best = Long.MIN_VALUE;
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.max(best, weights[row][c] + best(weights, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }
}
