package org.annocorpus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;

/**
 * Names one F1 figure of a report: a layer, a mode, and a scope: {@link #MICRO}, {@link #MACRO} or a type.
 * Confidence intervals and significance tests are computed for such figures.
 */
public record F1Key(Layer layer, Mode mode, String scope) {

    public static final String MICRO = "micro";
    public static final String MACRO = "macro";

    /** The F1 this key names, from summed counts. */
    public double valueIn(Map<Layer, LayerCounts> totals) {
        ModeCounts counts = totals.get(layer).mode(mode);
        return switch (scope) {
            case MICRO -> counts.micro().f1();
            case MACRO -> counts.macro().f1();
            default -> counts.types().containsKey(scope) ? counts.types().get(scope).prf().f1() : 1.0;
        };
    }

    /**
     * The F1 this key names in a bootstrap resample, or NaN when the resample holds neither gold nor system
     * annotations in its scope: it then says nothing about this figure (the empty-case value 1 would
     * stretch the interval to 1), and {@link org.annocorpus.eval.stats.Bootstrap} leaves it out.
     */
    public double valueInResample(Map<Layer, LayerCounts> totals) {
        ModeCounts counts = totals.get(layer).mode(mode);
        boolean empty = switch (scope) {
            case MICRO, MACRO -> counts.possible() == 0 && counts.actual() == 0;
            default -> !counts.types().containsKey(scope);
        };
        return empty ? Double.NaN : valueIn(totals);
    }

    /** Micro and macro F1 of each layer and mode, and if {@code perType} the F1 of every type in the counts. */
    public static List<F1Key> all(Map<Layer, LayerCounts> totals, List<Layer> layers, boolean perType) {
        List<F1Key> keys = new ArrayList<>();
        for (Layer layer : layers) {
            for (Mode mode : Mode.values()) {
                keys.add(new F1Key(layer, mode, MICRO));
                keys.add(new F1Key(layer, mode, MACRO));
                if (perType) {
                    for (String type : totals.get(layer).mode(mode).types().keySet()) {
                        keys.add(new F1Key(layer, mode, type));
                    }
                }
            }
        }
        return keys;
    }

    public static double[] values(Map<Layer, LayerCounts> totals, List<F1Key> keys) {
        double[] values = new double[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i).valueIn(totals);
        }
        return values;
    }

    /** {@link #valueInResample} of every key. */
    public static double[] resampleValues(Map<Layer, LayerCounts> totals, List<F1Key> keys) {
        double[] values = new double[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = keys.get(i).valueInResample(totals);
        }
        return values;
    }
}
