package org.annocorpus.eval;

import java.util.List;

/**
 * Precision, recall and F1, with defined values where a ratio has nothing to divide by: when there is
 * neither gold nor system output all three are 1 (nothing to find, nothing wrongly found); when only one
 * side is empty, the undefined ratio is 0 and so is F1. Never a sentinel such as -1.
 */
public record Prf(double precision, double recall, double f1) {

    /**
     * @param precisionMatches matches credited to system annotations
     * @param actual number of system annotations
     * @param recallMatches matches credited to gold annotations
     * @param possible number of gold annotations
     */
    public static Prf of(double precisionMatches, long actual, double recallMatches, long possible) {
        if (actual == 0 && possible == 0) {
            return new Prf(1, 1, 1);
        }
        double precision = actual == 0 ? 0 : precisionMatches / actual;
        double recall = possible == 0 ? 0 : recallMatches / possible;
        return new Prf(precision, recall, f1(precision, recall));
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The mean of each figure; the empty list (no type at all) counts as a perfect empty case. */
    public static Prf mean(List<Prf> scores) {
        if (scores.isEmpty()) {
            return new Prf(1, 1, 1);
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (Prf s : scores) {
            p += s.precision;
            r += s.recall;
            f += s.f1;
        }
        int n = scores.size();
        return new Prf(p / n, r / n, f / n);
    }
}
