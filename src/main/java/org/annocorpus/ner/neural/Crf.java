package org.annocorpus.ner.neural;

import java.util.List;

import org.annocorpus.ner.tagger.Encoding;

/**
 * The output layer over per-token label scores: a linear-chain CRF (transition, start and end scores; negative
 * log-likelihood by the forward-backward algorithm) or, for the ablation without it, independent softmaxes.
 * Both decode with Viterbi restricted to the label sequences the encoding allows (well-formed BIO or BIOES);
 * the CRF is also trained over those sequences only.
 */
final class Crf {

    final int labels;
    final boolean transitions;
    final Parameter transition;
    final Parameter start;
    final Parameter end;
    private final boolean[][] allowed;
    private final boolean[] allowedFirst;
    private final boolean[] allowedLast;

    Crf(Encoding encoding, String[] labelNames, boolean transitions) {
        this.labels = labelNames.length;
        this.transitions = transitions;
        this.transition = new Parameter("crf.A", labels, labels, false);
        this.start = new Parameter("crf.start", 1, labels, false);
        this.end = new Parameter("crf.end", 1, labels, false);
        allowed = new boolean[labels][labels];
        allowedFirst = new boolean[labels];
        allowedLast = new boolean[labels];
        for (int j = 0; j < labels; j++) {
            allowedFirst[j] = encoding.allowed(null, labelNames[j]);
            allowedLast[j] = encoding.allowedLast(labelNames[j]);
            for (int i = 0; i < labels; i++) {
                allowed[i][j] = encoding.allowed(labelNames[i], labelNames[j]);
            }
        }
    }

    List<Parameter> parameters() {
        return transitions ? List.of(transition, start, end) : List.of();
    }

    private double a(int i, int j) {
        return transitions ? transition.w[i * labels + j] : 0;
    }

    /** The loss of the gold labels; adds its gradient with respect to the scores to {@code dScores} and the transitions. */
    double loss(double[][] scores, int[] gold, double[][] dScores) {
        return transitions ? crfLoss(scores, gold, dScores) : localLoss(scores, gold, dScores);
    }

    private double localLoss(double[][] scores, int[] gold, double[][] dScores) {
        double loss = 0;
        for (int t = 0; t < scores.length; t++) {
            double z = Vectors.logSumExp(scores[t], labels);
            loss += z - scores[t][gold[t]];
            for (int k = 0; k < labels; k++) {
                dScores[t][k] += Math.exp(scores[t][k] - z);
            }
            dScores[t][gold[t]] -= 1;
        }
        return loss;
    }

    private double crfLoss(double[][] e, int[] gold, double[][] dScores) {
        int n = e.length;
        int k = labels;
        double ninf = Double.NEGATIVE_INFINITY;
        double[][] alpha = new double[n][k];
        double[][] beta = new double[n][k];
        double[] buf = new double[k];
        for (int j = 0; j < k; j++) {
            alpha[0][j] = allowedFirst[j] ? start.w[j] + e[0][j] : ninf;
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < k; i++) {
                    buf[i] = allowed[i][j] ? alpha[t - 1][i] + a(i, j) : ninf;
                }
                alpha[t][j] = Vectors.logSumExp(buf, k) + e[t][j];
            }
        }
        for (int j = 0; j < k; j++) {
            beta[n - 1][j] = allowedLast[j] ? end.w[j] : ninf;
            buf[j] = alpha[n - 1][j] + beta[n - 1][j];
        }
        double logZ = Vectors.logSumExp(buf, k);
        for (int t = n - 2; t >= 0; t--) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    buf[j] = allowed[i][j] ? a(i, j) + e[t + 1][j] + beta[t + 1][j] : ninf;
                }
                beta[t][i] = Vectors.logSumExp(buf, k);
            }
        }
        double goldScore = start.w[gold[0]] + end.w[gold[n - 1]];
        for (int t = 0; t < n; t++) {
            goldScore += e[t][gold[t]];
            if (t > 0) {
                goldScore += a(gold[t - 1], gold[t]);
            }
        }
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < k; j++) {
                double p = alpha[t][j] == ninf || beta[t][j] == ninf ? 0 : Math.exp(alpha[t][j] + beta[t][j] - logZ);
                dScores[t][j] += p;
                if (t == 0) {
                    start.g[j] += p;
                }
                if (t == n - 1) {
                    end.g[j] += p;
                }
            }
            dScores[t][gold[t]] -= 1;
        }
        start.g[gold[0]] -= 1;
        end.g[gold[n - 1]] -= 1;
        for (int t = 0; t + 1 < n; t++) {
            for (int i = 0; i < k; i++) {
                if (alpha[t][i] == ninf) {
                    continue;
                }
                for (int j = 0; j < k; j++) {
                    if (allowed[i][j] && beta[t + 1][j] != ninf) {
                        transition.g[i * k + j] += Math.exp(alpha[t][i] + a(i, j) + e[t + 1][j] + beta[t + 1][j] - logZ);
                    }
                }
            }
            transition.g[gold[t] * k + gold[t + 1]] -= 1;
        }
        return logZ - goldScore;
    }

    /** The best allowed label sequence (scores taken as log-probabilities when there are no transitions). */
    int[] viterbi(double[][] scores) {
        int n = scores.length;
        int k = labels;
        double[][] e = scores;
        if (!transitions) {
            e = new double[n][];
            for (int t = 0; t < n; t++) {
                double z = Vectors.logSumExp(scores[t], k);
                e[t] = new double[k];
                for (int j = 0; j < k; j++) {
                    e[t][j] = scores[t][j] - z;
                }
            }
        }
        double ninf = Double.NEGATIVE_INFINITY;
        double[][] delta = new double[n][k];
        int[][] back = new int[n][k];
        for (int j = 0; j < k; j++) {
            delta[0][j] = allowedFirst[j] ? (transitions ? start.w[j] : 0) + e[0][j] : ninf;
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < k; j++) {
                double best = ninf;
                int arg = 0;
                for (int i = 0; i < k; i++) {
                    if (allowed[i][j] && delta[t - 1][i] != ninf) {
                        double s = delta[t - 1][i] + a(i, j);
                        if (s > best) {
                            best = s;
                            arg = i;
                        }
                    }
                }
                delta[t][j] = best + e[t][j];
                back[t][j] = arg;
            }
        }
        double best = ninf;
        int last = 0;
        for (int j = 0; j < k; j++) {
            if (allowedLast[j]) {
                double s = delta[n - 1][j] + (transitions ? end.w[j] : 0);
                if (s > best) {
                    best = s;
                    last = j;
                }
            }
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }
}
