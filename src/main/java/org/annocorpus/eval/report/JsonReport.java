package org.annocorpus.eval.report;

import java.util.EnumMap;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.AttributeCounts;
import org.annocorpus.eval.ConfusionMatrix;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.F1Key;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ModeCounts;
import org.annocorpus.eval.Outcome;
import org.annocorpus.eval.Prf;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.TypeCounts;
import org.annocorpus.eval.stats.Bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON ({@code annocorpus-eval/1}): everything in the Markdown report, as numbers. A figure
 * that does not exist (an interval without samples, an accuracy over no pairs) is null.
 */
public final class JsonReport {

    public static final String FORMAT = "annocorpus-eval/1";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(EvalReport report) {
        try {
            return MAPPER.writeValueAsString(toJson(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(EvalReport report) {
        Evaluation evaluation = report.evaluation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("system", evaluation.system());
        root.put("gold", evaluation.gold());
        ObjectNode settings = root.putObject("settings");
        settings.put("bootstrapSamples", report.samples());
        settings.put("seed", report.seed());
        settings.put("confidenceLevel", 0.95);
        settings.put("intervals", "document-level bootstrap, percentile method");
        settings.put("macro", "mean of the per-type figures");
        if (report.run() != null) {
            ObjectNode run = root.putObject("run");
            run.put("pipeline", report.run().pipeline());
            run.put("documents", report.run().documents());
            run.put("seconds", report.run().seconds());
            run.put("documentsPerSecond", report.run().documentsPerSecond());
            report.run().failures().forEach(run.putArray("failures")::add);
        }
        ObjectNode documents = root.putObject("documents");
        documents.put("gold", evaluation.documents().size());
        ObjectNode unscored = documents.putObject("withoutSystemOutput");
        evaluation.unscored().forEach(unscored::put);
        evaluation.extra().forEach(documents.putArray("withoutGold")::add);
        ArrayNode notProduced = root.putArray("notProduced");
        report.notProduced().forEach(layer -> notProduced.add(layer.id()));

        Map<Layer, LayerCounts> totals = evaluation.totals();
        ObjectNode layers = root.putObject("layers");
        for (Layer layer : evaluation.layers()) {
            ObjectNode node = layers.putObject(layer.id());
            LayerCounts counts = totals.get(layer);
            node.put("gold", counts.mode(Mode.STRICT).possible());
            node.put("system", counts.mode(Mode.STRICT).actual());
            ObjectNode modes = node.putObject("modes");
            for (Mode mode : Mode.values()) {
                modes.set(mode.label(), mode(report, layer, counts.mode(mode)));
            }
            if (!Attribute.of(layer).isEmpty()) {
                node.set("attributes", attributes(layer, counts.attributes()));
            }
            if (layer.typed()) {
                node.set("confusion", confusion(evaluation.entityConfusion()));
            }
            ObjectNode errors = node.putObject("errorCounts");
            evaluation.errorCounts().getOrDefault(layer, new EnumMap<>(ScoringError.Kind.class))
                    .forEach((kind, n) -> errors.put(kind.label(), n));
        }
        ObjectNode perDocument = root.putObject("perDocument");
        for (Evaluation.DocumentCounts document : evaluation.documents()) {
            ObjectNode doc = perDocument.putObject(document.id());
            for (Layer layer : evaluation.layers()) {
                ObjectNode layerNode = doc.putObject(layer.id());
                for (Mode mode : Mode.values()) {
                    ModeCounts counts = document.counts().get(layer).mode(mode);
                    ObjectNode modeNode = layerNode.putObject(mode.label());
                    outcomes(modeNode, counts);
                    prf(modeNode, counts.micro());
                }
            }
        }
        if (!evaluation.errors().isEmpty()) {
            ArrayNode errors = root.putArray("errors");
            for (ScoringError e : evaluation.errors()) {
                ObjectNode error = errors.addObject();
                error.put("document", e.document());
                error.put("layer", e.layer().id());
                error.put("kind", e.kind().label());
                mention(error, "gold", e.gold());
                mention(error, "system", e.system());
                if (!e.detail().isEmpty()) {
                    error.put("detail", e.detail());
                }
                error.put("context", e.context());
            }
        }
        return root;
    }

    private static ObjectNode mode(EvalReport report, Layer layer, ModeCounts counts) {
        ObjectNode node = MAPPER.createObjectNode();
        outcomes(node, counts);
        ObjectNode micro = node.putObject("micro");
        prf(micro, counts.micro());
        interval(micro, report.interval(new F1Key(layer, counts.mode(), F1Key.MICRO)));
        ObjectNode macro = node.putObject("macro");
        prf(macro, counts.macro());
        interval(macro, report.interval(new F1Key(layer, counts.mode(), F1Key.MACRO)));
        ObjectNode types = node.putObject("types");
        for (Map.Entry<String, TypeCounts> e : counts.types().entrySet()) {
            ObjectNode type = types.putObject(e.getKey());
            type.put("gold", e.getValue().gold());
            type.put("system", e.getValue().system());
            type.put("goldMatched", e.getValue().goldMatches());
            type.put("systemMatched", e.getValue().systemMatches());
            prf(type, e.getValue().prf());
            interval(type, report.interval(new F1Key(layer, counts.mode(), e.getKey())));
        }
        return node;
    }

    private static void outcomes(ObjectNode node, ModeCounts counts) {
        for (Outcome outcome : Outcome.values()) {
            node.put(outcome.label(), counts.count(outcome));
        }
        node.put("possible", counts.possible());
        node.put("actual", counts.actual());
    }

    static void prf(ObjectNode node, Prf prf) {
        node.put("precision", prf.precision());
        node.put("recall", prf.recall());
        node.put("f1", prf.f1());
    }

    static void interval(ObjectNode node, Bootstrap.Interval interval) {
        if (interval.isDefined()) {
            node.putArray("f1Ci95").add(interval.low()).add(interval.high());
        } else {
            node.putNull("f1Ci95");
        }
    }

    private static ObjectNode attributes(Layer layer, AttributeCounts counts) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Attribute attribute : Attribute.of(layer)) {
            ObjectNode a = node.putObject(attribute.id());
            a.put("compared", counts.compared(attribute));
            a.put("agreed", counts.agreed(attribute));
            number(a, "accuracy", counts.accuracy(attribute));
        }
        return node;
    }

    private static ObjectNode confusion(ConfusionMatrix matrix) {
        ObjectNode node = MAPPER.createObjectNode();
        matrix.cells().forEach((gold, row) -> {
            ObjectNode r = node.putObject(gold);
            row.forEach(r::put);
        });
        return node;
    }

    private static void mention(ObjectNode node, String field, ScoringError.Mention mention) {
        if (mention == null) {
            node.putNull(field);
            return;
        }
        ObjectNode m = node.putObject(field);
        m.put("type", mention.type());
        m.put("begin", mention.begin());
        m.put("end", mention.end());
        m.put("text", mention.text());
    }

    static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
