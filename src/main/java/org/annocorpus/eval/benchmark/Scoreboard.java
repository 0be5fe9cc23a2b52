package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.report.Numbers;
import org.annocorpus.eval.report.Table;
import org.annocorpus.eval.stats.Bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project's scoreboard: systems as rows; per layer strict and partial F1 with 95% intervals ("—" for a
 * layer the system does not produce); attribute accuracies; documents per second. Rendered as text, as
 * Markdown, and as JSON ({@code annocorpus-scoreboard/1}), which {@link #readJson} reads back.
 */
public record Scoreboard(String gold, int documents, int samples, long seed, List<ScoreboardRow> rows) {

    public static final String FORMAT = "annocorpus-scoreboard/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Scoreboard {
        rows = List.copyOf(rows);
    }

    /** Two tables that fit a terminal: F1 per system and layer, then attributes and speed. */
    public String toText() {
        Table f1 = new Table("system", "layer", "strict F1", "95% CI", "partial F1", "95% CI").leftAligned(2);
        List<String> otherHeader = new ArrayList<>(List.of("system"));
        otherHeader.addAll(attributeHeaders());
        otherHeader.add("documents/s");
        Table other = new Table(otherHeader.toArray(String[]::new));
        for (ScoreboardRow row : rows) {
            if (row.problem() != null) {
                f1.row(row.system(), "failed: " + row.problem(), "", "", "", "");
                continue;
            }
            for (Layer layer : Layer.values()) {
                ScoreboardRow.LayerFigures figures = row.layers().get(layer);
                f1.row(layer.ordinal() == 0 ? row.system() : "", layer.id(),
                        figures == null ? Numbers.NONE : Numbers.score(figures.strictF1()),
                        figures == null ? "" : Numbers.interval(figures.strictCi()),
                        figures == null ? Numbers.NONE : Numbers.score(figures.partialF1()),
                        figures == null ? "" : Numbers.interval(figures.partialCi()));
            }
            List<String> cells = new ArrayList<>(List.of(row.system()));
            for (Attribute attribute : Attribute.values()) {
                cells.add(accuracy(row, attribute));
            }
            cells.add(Double.isNaN(row.documentsPerSecond()) ? Numbers.NONE : Numbers.rate(row.documentsPerSecond()));
            other.row(cells);
        }
        return "Scoreboard against " + gold + " (" + documents + " documents): micro F1 with 95% CI (document-level bootstrap, "
                + samples + " samples, seed " + seed + ").\n"
                + "strict = same boundaries and type; partial = overlap, half credit for a boundary mismatch; \"—\" = layer"
                + " not produced.\n" + f1.toText("  ") + "\n"
                + "Attributes: agreement on exact-boundary matches (agreed/compared); documents/s: pipeline speed, model"
                + " loading excluded.\n" + other.toText("  ");
    }

    /** Column heads of the attributes, in {@link Attribute} order. */
    private static List<String> attributeHeaders() {
        return Arrays.stream(Attribute.values()).map(a -> switch (a) {
            case SPEAKER -> "speaker";
            case SPEAKER_LENIENT -> "speaker (last name)";
            case MENTION_EXACT -> "mention exact";
            case MENTION_OVERLAP -> "mention overlapping";
            case VALUE -> "value";
            case UNIT -> "unit";
            case QUALIFIER -> "qualifier";
        }).toList();
    }

    public String toMarkdown() {
        List<String> header = new ArrayList<>(List.of("system"));
        for (Layer layer : Layer.values()) {
            header.add(layer.id() + " strict F1");
            header.add(layer.id() + " partial F1");
        }
        header.addAll(attributeHeaders());
        header.add("documents/s");
        Table table = new Table(header.toArray(String[]::new));
        List<String> problems = new ArrayList<>();
        for (ScoreboardRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.system()));
            for (Layer layer : Layer.values()) {
                ScoreboardRow.LayerFigures figures = row.layers().get(layer);
                cells.add(figures == null ? Numbers.NONE : Numbers.scoreWithInterval(figures.strictF1(), figures.strictCi()));
                cells.add(figures == null ? Numbers.NONE : Numbers.scoreWithInterval(figures.partialF1(), figures.partialCi()));
            }
            for (Attribute attribute : Attribute.values()) {
                cells.add(accuracy(row, attribute));
            }
            cells.add(Double.isNaN(row.documentsPerSecond()) ? Numbers.NONE : Numbers.rate(row.documentsPerSecond()));
            table.row(cells);
            if (row.problem() != null) {
                problems.add("- `" + row.system() + "` (" + row.pipeline() + ") failed: " + row.problem());
            }
        }
        StringBuilder out = new StringBuilder("# Scoreboard\n\n").append(header()).append("\n\n").append(table.toMarkdown());
        if (!problems.isEmpty()) {
            out.append('\n').append(String.join("\n", problems)).append('\n');
        }
        out.append("\nSystems and their pipelines:\n\n");
        for (ScoreboardRow row : rows) {
            out.append("- `").append(row.system()).append("`: `").append(row.pipeline()).append("`")
                    .append(" (full report: [systems/").append(row.system()).append(".md](systems/").append(row.system())
                    .append(".md))\n");
        }
        return out.toString();
    }

    private String header() {
        return "Scored against **" + gold + "** (" + documents + " documents). Micro-averaged F1 with 95% confidence"
                + " intervals (document-level bootstrap, " + samples + " samples, seed " + seed + "); strict = same"
                + " boundaries and type, partial = overlap with half credit for a boundary mismatch (SemEval-2013)."
                + " Attributes: agreement on exact-boundary matches (agreed/compared). \"—\": the system does not produce"
                + " that layer. documents/s: annotation speed of the pipeline, model loading excluded.";
    }

    private static String accuracy(ScoreboardRow row, Attribute attribute) {
        ScoreboardRow.Accuracy a = row.attributes().get(attribute);
        return a == null ? Numbers.NONE : Numbers.accuracy(a.agreed(), a.compared());
    }

    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("gold", gold);
        root.put("documents", documents);
        root.put("bootstrapSamples", samples);
        root.put("seed", seed);
        ArrayNode systems = root.putArray("systems");
        for (ScoreboardRow row : rows) {
            ObjectNode node = systems.addObject();
            node.put("system", row.system());
            node.put("pipeline", row.pipeline());
            if (row.problem() != null) {
                node.put("problem", row.problem());
            }
            ObjectNode layers = node.putObject("layers");
            for (Layer layer : Layer.values()) {
                ScoreboardRow.LayerFigures f = row.layers().get(layer);
                if (f == null) {
                    layers.putNull(layer.id());
                    continue;
                }
                ObjectNode l = layers.putObject(layer.id());
                figure(l.putObject("strict"), f.strictF1(), f.strictCi());
                figure(l.putObject("partial"), f.partialF1(), f.partialCi());
            }
            ObjectNode attributes = node.putObject("attributes");
            row.attributes().forEach((attribute, a) -> {
                ObjectNode n = attributes.putObject(attribute.id());
                n.put("agreed", a.agreed());
                n.put("compared", a.compared());
            });
            if (Double.isNaN(row.documentsPerSecond())) {
                node.putNull("documentsPerSecond");
            } else {
                node.put("documentsPerSecond", row.documentsPerSecond());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Scoreboard readJson(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(file));
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": not a scoreboard (" + FORMAT + ")");
        }
        List<ScoreboardRow> rows = new ArrayList<>();
        for (JsonNode node : root.path("systems")) {
            Map<Layer, ScoreboardRow.LayerFigures> layers = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                JsonNode l = node.path("layers").path(layer.id());
                if (l.isObject()) {
                    layers.put(layer, new ScoreboardRow.LayerFigures(l.path("strict").path("f1").asDouble(),
                            interval(l.path("strict")), l.path("partial").path("f1").asDouble(), interval(l.path("partial"))));
                }
            }
            Map<Attribute, ScoreboardRow.Accuracy> attributes = new EnumMap<>(Attribute.class);
            for (Attribute attribute : Attribute.values()) {
                JsonNode a = node.path("attributes").path(attribute.id());
                if (a.isObject()) {
                    attributes.put(attribute, new ScoreboardRow.Accuracy(a.path("agreed").asLong(), a.path("compared").asLong()));
                }
            }
            JsonNode rate = node.path("documentsPerSecond");
            rows.add(new ScoreboardRow(node.path("system").asText(), node.path("pipeline").asText(), layers, attributes,
                    rate.isNumber() ? rate.asDouble() : Double.NaN, node.hasNonNull("problem") ? node.get("problem").asText() : null));
        }
        return new Scoreboard(root.path("gold").asText(), root.path("documents").asInt(), root.path("bootstrapSamples").asInt(),
                root.path("seed").asLong(), rows);
    }

    private static void figure(ObjectNode node, double f1, Bootstrap.Interval ci) {
        node.put("f1", f1);
        if (ci.isDefined()) {
            node.putArray("ci95").add(ci.low()).add(ci.high());
        } else {
            node.putNull("ci95");
        }
    }

    private static Bootstrap.Interval interval(JsonNode node) {
        JsonNode ci = node.path("ci95");
        return ci.isArray() && ci.size() == 2 ? new Bootstrap.Interval(ci.get(0).asDouble(), ci.get(1).asDouble())
                : Bootstrap.Interval.NONE;
    }
}
