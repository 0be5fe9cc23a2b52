package org.annocorpus.eval.benchmark;

import java.util.EnumMap;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.F1Key;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.stats.Bootstrap;

/**
 * One system on the scoreboard: strict and partial micro F1 with intervals for each layer it produces
 * (a layer it does not produce is absent), attribute accuracies, speed, or the problem that stopped it.
 */
public record ScoreboardRow(String system, String pipeline, Map<Layer, LayerFigures> layers,
        Map<Attribute, Accuracy> attributes, double documentsPerSecond, String problem) {

    /** Strict and partial micro F1 of a layer, with their 95% intervals. */
    public record LayerFigures(double strictF1, Bootstrap.Interval strictCi, double partialF1, Bootstrap.Interval partialCi) {
    }

    /** Pairs compared and pairs that agree. */
    public record Accuracy(long agreed, long compared) {
    }

    public static ScoreboardRow of(String system, String pipeline, EvalReport report) {
        Map<Layer, LayerCounts> totals = report.evaluation().totals();
        Map<Layer, LayerFigures> layers = new EnumMap<>(Layer.class);
        Map<Attribute, Accuracy> attributes = new EnumMap<>(Attribute.class);
        for (Layer layer : report.evaluation().layers()) {
            LayerCounts counts = totals.get(layer);
            layers.put(layer, new LayerFigures(counts.mode(Mode.STRICT).micro().f1(),
                    report.interval(new F1Key(layer, Mode.STRICT, F1Key.MICRO)),
                    counts.mode(Mode.PARTIAL).micro().f1(), report.interval(new F1Key(layer, Mode.PARTIAL, F1Key.MICRO))));
            for (Attribute attribute : Attribute.of(layer)) {
                attributes.put(attribute, new Accuracy(counts.attributes().agreed(attribute), counts.attributes().compared(attribute)));
            }
        }
        double rate = report.run() == null ? Double.NaN : report.run().documentsPerSecond();
        return new ScoreboardRow(system, pipeline, layers, attributes, rate, null);
    }

    public static ScoreboardRow failed(String system, String pipeline, String problem) {
        return new ScoreboardRow(system, pipeline, Map.of(), Map.of(), Double.NaN, problem);
    }
}
