package org.annocorpus.ner.neural;

import java.util.List;

/**
 * Adam (Kingma and Ba 2015) with the gradient clipped to a maximum global norm; sparse parameters are updated
 * lazily, only on the rows the batch touched. Gradients are zeroed after each step.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double clip;
    private long t;

    Adam(double clip) {
        this.clip = clip;
    }

    /**
     * One update with learning rate {@code rate} on the gradients times {@code scale} (1 / batch size: a batch's
     * mean); returns the norm of that gradient before clipping.
     */
    double step(List<Parameter> parameters, double rate, double scale) {
        t++;
        double squares = 0;
        int[][] active = new int[parameters.size()][];
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            active[k] = p.activeRows();
            for (int r : active[k]) {
                for (int i = r * p.cols, end = i + p.cols; i < end; i++) {
                    squares += p.g[i] * p.g[i] * scale * scale;
                }
            }
        }
        double norm = Math.sqrt(squares);
        double factor = scale * (norm > clip ? clip / norm : 1);
        double corrected = rate * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            for (int r : active[k]) {
                for (int i = r * p.cols, end = i + p.cols; i < end; i++) {
                    double g = p.g[i] * factor;
                    p.m[i] = BETA1 * p.m[i] + (1 - BETA1) * g;
                    p.v[i] = BETA2 * p.v[i] + (1 - BETA2) * g * g;
                    p.w[i] -= corrected * p.m[i] / (Math.sqrt(p.v[i]) + EPSILON);
                    p.g[i] = 0;
                }
            }
            p.clearTouched();
        }
        return norm;
    }
}
