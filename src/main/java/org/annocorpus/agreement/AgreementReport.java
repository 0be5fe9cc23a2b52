package org.annocorpus.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.AttributeCounts;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.report.Numbers;
import org.annocorpus.eval.report.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The agreement study as plain text, Markdown and JSON ({@code annocorpus-agree/1}). */
public final class AgreementReport {

    public static final String FORMAT = "annocorpus-agree/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** An attribute difference as the scorer words it ("speaker: gold "X", system "Y""). */
    private static final Pattern DIFFERENCE = Pattern.compile("^(speaker|value|unit|qualifier): gold (.*?), system (.*)$");

    static final String METHOD = "F1: B scored against A (symmetric), strict = same boundaries and type, partial ="
            + " overlap with half credit when the boundaries differ. Cohen's kappa on tokens (Unicode word segments"
            + " without white space), each labelled with the type of the annotation covering it or O; per type, kappa"
            + " of \"this type or not\". Krippendorff's unitizing alpha (DKPro Statistics) on code points, the documents"
            + " laid end to end. Speakers and numeric values: agreement on the pairs with the same boundaries.";

    private AgreementReport() {
    }

    /** "missed" and "spurious" are, between two annotators, what only one of them annotated. */
    public static String kind(ScoringError.Kind kind) {
        return switch (kind) {
            case MISSED -> "only A";
            case SPURIOUS -> "only B";
            default -> kind.label();
        };
    }

    /** The scorer's "gold ... system ..." wording of an attribute difference, with A and B. */
    public static String detail(String detail) {
        List<String> parts = new ArrayList<>();
        for (String part : detail.split("; ")) {
            Matcher m = DIFFERENCE.matcher(part);
            parts.add(m.matches() ? m.group(1) + ": A " + m.group(2) + ", B " + m.group(3) : part);
        }
        return String.join("; ", parts);
    }

    // ---- text

    public static String text(AgreementResult result, boolean disagreements, boolean perDocument) {
        StringBuilder out = new StringBuilder();
        out.append("Agreement of A = ").append(result.a()).append(" and B = ").append(result.b()).append('\n');
        out.append(documentsLine(result)).append("\n");
        for (Layer layer : result.evaluation().layers()) {
            AgreementResult.LayerAgreement l = result.layer(layer);
            out.append('\n').append(layer.id().toUpperCase(java.util.Locale.ROOT)).append(": A ").append(l.a())
                    .append(", B ").append(l.b()).append('\n');
            out.append(typeTable(l).toText("  "));
            attributeLines(l).forEach(line -> out.append("  ").append(line).append('\n'));
            if (!l.note().isEmpty()) {
                out.append("  note: ").append(l.note()).append('\n');
            }
        }
        out.append('\n').append(disagreementSummary(result.evaluation())).append('\n');
        if (perDocument) {
            out.append("\nPer document (strict F1):\n").append(documentTable(result).toText("  "));
        }
        if (disagreements && !result.evaluation().errors().isEmpty()) {
            out.append("\nDisagreements (offsets in code points):\n").append(disagreementTable(result).toText("  "));
        }
        return out.toString();
    }

    private static String documentsLine(AgreementResult result) {
        return result.documents().size() + " documents compared, " + result.tokens() + " tokens; only in A: "
                + list(result.onlyA()) + "; only in B: " + list(result.onlyB());
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static Table typeTable(AgreementResult.LayerAgreement l) {
        Table table = new Table("type", "A", "B", "F1 strict", "F1 partial", "kappa (tokens)", "alpha_U");
        for (AgreementResult.TypeAgreement t : l.types().values()) {
            table.row(t.type(), Long.toString(t.a()), Long.toString(t.b()), Numbers.score(t.f1Strict()),
                    Numbers.score(t.f1Partial()), Numbers.score(t.kappa()), Numbers.score(t.alpha()));
        }
        table.row("all", Long.toString(l.a()), Long.toString(l.b()), Numbers.score(l.f1Strict()),
                Numbers.score(l.f1Partial()), Numbers.score(l.kappa()), Numbers.score(l.alpha()));
        return table;
    }

    private static List<String> attributeLines(AgreementResult.LayerAgreement l) {
        AttributeCounts counts = l.attributes();
        List<String> lines = new ArrayList<>();
        switch (l.layer()) {
            case ENTITY -> {
                // entities have no attributes
            }
            case QUOTATION -> lines.add("speakers (pairs with the same boundaries): " + accuracy(counts, Attribute.SPEAKER)
                    + "; same last name: " + accuracy(counts, Attribute.SPEAKER_LENIENT));
            case NUMERIC -> lines.add("values (pairs with the same boundaries): value " + accuracy(counts, Attribute.VALUE)
                    + ", unit " + accuracy(counts, Attribute.UNIT) + ", qualifier " + accuracy(counts, Attribute.QUALIFIER));
        }
        return lines;
    }

    private static String accuracy(AttributeCounts counts, Attribute attribute) {
        return Numbers.accuracy(counts.agreed(attribute), counts.compared(attribute));
    }

    private static String disagreementSummary(Evaluation evaluation) {
        Map<ScoringError.Kind, Long> byKind = new EnumMap<>(ScoringError.Kind.class);
        evaluation.errors().forEach(e -> byKind.merge(e.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(n + " " + kind(kind)));
        return "Disagreements: " + evaluation.errors().size() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static Table documentTable(AgreementResult result) {
        List<Layer> layers = result.evaluation().layers();
        List<String> header = new ArrayList<>(List.of("document"));
        layers.forEach(layer -> header.add(layer.id()));
        Table table = new Table(header.toArray(new String[0]));
        for (Evaluation.DocumentCounts document : result.evaluation().documents()) {
            List<String> row = new ArrayList<>(List.of(document.id()));
            layers.forEach(layer -> row.add(Numbers.score(document.counts().get(layer).mode(Mode.STRICT).micro().f1())));
            table.row(row);
        }
        return table;
    }

    private static Table disagreementTable(AgreementResult result) {
        Table table = new Table("document", "layer", "kind", "A", "B", "detail", "context").leftAligned(7);
        for (ScoringError e : result.evaluation().errors()) {
            table.row(e.document(), e.layer().id(), kind(e.kind()), mention(e.gold()), mention(e.system()),
                    detail(e.detail()), e.context());
        }
        return table;
    }

    private static String mention(ScoringError.Mention m) {
        return m == null ? "—" : m.type() + " " + m.begin() + "-" + m.end() + " \"" + m.text() + "\"";
    }

    // ---- Markdown

    public static String markdown(AgreementResult result) {
        StringBuilder out = new StringBuilder("# Inter-annotator agreement\n\n");
        out.append("- A: `").append(result.a()).append("`\n- B: `").append(result.b()).append("`\n- ")
                .append(documentsLine(result)).append("\n- ").append(METHOD).append("\n");
        for (Layer layer : result.evaluation().layers()) {
            AgreementResult.LayerAgreement l = result.layer(layer);
            out.append("\n## ").append(layer.id()).append("\n\n").append(l.a()).append(" annotations by A, ").append(l.b())
                    .append(" by B.\n\n").append(typeTable(l).toMarkdown());
            List<String> lines = attributeLines(l);
            if (!lines.isEmpty()) {
                out.append('\n');
                lines.forEach(line -> out.append(capitalised(line)).append(".\n"));
            }
            if (!l.note().isEmpty()) {
                out.append("\nNote: ").append(l.note()).append(".\n");
            }
        }
        if (!result.evaluation().layers().isEmpty()) {
            out.append("\n## Per document\n\nStrict F1.\n\n").append(documentTable(result).toMarkdown());
        }
        out.append("\n## Disagreements\n\n").append(disagreementSummary(result.evaluation()))
                .append(". Pairs as the scorer pairs them (strict); offsets in code points.\n");
        if (!result.evaluation().errors().isEmpty()) {
            out.append('\n').append(disagreementTable(result).toMarkdown());
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- JSON

    public static String json(AgreementResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("a", result.a());
        root.put("b", result.b());
        root.put("method", METHOD);
        ObjectNode documents = root.putObject("documents");
        result.documents().forEach(documents.putArray("compared")::add);
        result.onlyA().forEach(documents.putArray("onlyA")::add);
        result.onlyB().forEach(documents.putArray("onlyB")::add);
        root.put("tokens", result.tokens());
        ObjectNode layers = root.putObject("layers");
        for (Layer layer : result.evaluation().layers()) {
            AgreementResult.LayerAgreement l = result.layer(layer);
            ObjectNode node = layers.putObject(layer.id());
            node.put("a", l.a());
            node.put("b", l.b());
            figures(node, l.f1Strict(), l.f1Partial(), l.kappa(), l.alpha());
            ObjectNode types = node.putObject("types");
            for (AgreementResult.TypeAgreement t : l.types().values()) {
                ObjectNode type = types.putObject(t.type());
                type.put("a", t.a());
                type.put("b", t.b());
                figures(type, t.f1Strict(), t.f1Partial(), t.kappa(), t.alpha());
            }
            if (!Attribute.of(layer).isEmpty()) {
                ObjectNode attributes = node.putObject("attributes");
                for (Attribute attribute : Attribute.of(layer)) {
                    ObjectNode a = attributes.putObject(attribute.id());
                    a.put("compared", l.attributes().compared(attribute));
                    a.put("agreed", l.attributes().agreed(attribute));
                    number(a, "agreement", l.attributes().accuracy(attribute));
                }
            }
            if (!l.note().isEmpty()) {
                node.put("note", l.note());
            }
        }
        ObjectNode perDocument = root.putObject("perDocument");
        for (Evaluation.DocumentCounts document : result.evaluation().documents()) {
            ObjectNode doc = perDocument.putObject(document.id());
            for (Layer layer : result.evaluation().layers()) {
                ObjectNode l = doc.putObject(layer.id());
                l.put("a", document.counts().get(layer).mode(Mode.STRICT).possible());
                l.put("b", document.counts().get(layer).mode(Mode.STRICT).actual());
                l.put("f1Strict", document.counts().get(layer).mode(Mode.STRICT).micro().f1());
                l.put("f1Partial", document.counts().get(layer).mode(Mode.PARTIAL).micro().f1());
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        ArrayNode list = root.putArray("disagreements");
        for (ScoringError e : result.evaluation().errors()) {
            counts.merge(kind(e.kind()), 1L, Long::sum);
            ObjectNode d = list.addObject();
            d.put("document", e.document());
            d.put("layer", e.layer().id());
            d.put("kind", kind(e.kind()));
            mention(d, "a", e.gold());
            mention(d, "b", e.system());
            if (!e.detail().isEmpty()) {
                d.put("detail", detail(e.detail()));
            }
            d.put("context", e.context());
        }
        ObjectNode summary = root.putObject("disagreementCounts");
        counts.forEach(summary::put);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void figures(ObjectNode node, double f1Strict, double f1Partial, double kappa, double alpha) {
        number(node, "f1Strict", f1Strict);
        number(node, "f1Partial", f1Partial);
        number(node, "cohenKappaTokens", kappa);
        number(node, "krippendorffAlphaU", alpha);
    }

    private static void mention(ObjectNode node, String field, ScoringError.Mention m) {
        if (m == null) {
            node.putNull(field);
            return;
        }
        ObjectNode o = node.putObject(field);
        o.put("type", m.type());
        o.put("begin", m.begin());
        o.put("end", m.end());
        o.put("text", m.text());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
