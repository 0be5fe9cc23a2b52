package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * AdaGrad with L2 over named weights, and their average over all updates (steadier than the last weights): the
 * optimiser of the quotation models ({@link SpeakerRankerTraining}, {@link NamingClassifierTraining}).
 */
final class AdaGrad {

    private final double rate;
    private final double l2;
    private final Map<String, Double> w = new HashMap<>();
    private final Map<String, Double> g2 = new HashMap<>();
    /** The sum of step * delta: the average is w - u / steps. */
    private final Map<String, Double> u = new HashMap<>();
    private long step = 1;

    AdaGrad(double rate, double l2) {
        this.rate = rate;
        this.l2 = l2;
    }

    /**
     * A model trained on the examples: the mean of the averaged weights of {@code orders} models, each trained
     * {@code epochs} passes over the examples in an order of its own (seeds {@code seed}, {@code seed + 1}, ...),
     * updated by the {@code gradient} of each example's loss at the current weights. One order's model depends on
     * it a little; the mean is steadier. Each weight is summed over the orders in order: the same bytes on every
     * run.
     */
    static <E> Map<String, Double> train(List<E> examples, long seed, int orders, int epochs, double rate, double l2,
            BiFunction<AdaGrad, E, Map<String, Double>> gradient) {
        Map<String, Double> mean = new HashMap<>();
        for (int o = 0; o < orders; o++) {
            AdaGrad optimiser = new AdaGrad(rate, l2);
            List<E> order = new ArrayList<>(examples);
            Random random = new Random(seed + o);
            for (int epoch = 0; epoch < epochs; epoch++) {
                Collections.shuffle(order, random);
                for (E e : order) {
                    optimiser.update(gradient.apply(optimiser, e));
                }
            }
            optimiser.averaged().forEach((f, w) -> mean.merge(f, w / orders, Double::sum));
        }
        return mean;
    }

    /** The current weight of a feature. */
    double weight(String feature) {
        return w.getOrDefault(feature, 0.0);
    }

    /** One update by the gradient of one example's loss (features in sorted order: the same bytes on every run). */
    void update(Map<String, Double> gradient) {
        step++;
        for (Map.Entry<String, Double> ge : new TreeMap<>(gradient).entrySet()) {
            String f = ge.getKey();
            double wf = w.getOrDefault(f, 0.0);
            double gf = ge.getValue() + l2 * wf;
            double acc = g2.merge(f, gf * gf, Double::sum);
            double delta = -rate * gf / (Math.sqrt(acc) + 1e-8);
            w.put(f, wf + delta);
            u.merge(f, step * delta, Double::sum);
        }
    }

    /** The mean of the weights after every update so far. */
    Map<String, Double> averaged() {
        Map<String, Double> averaged = new HashMap<>();
        for (Map.Entry<String, Double> e : w.entrySet()) {
            averaged.put(e.getKey(), e.getValue() - u.getOrDefault(e.getKey(), 0.0) / step);
        }
        return averaged;
    }
}
