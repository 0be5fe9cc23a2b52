package org.annocorpus.eval.report;

import java.util.Locale;

import org.annocorpus.eval.SystemComparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The significance test between two systems, as text, Markdown and JSON. */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static String text(SystemComparison.Result result) {
        return header(result) + "\n" + table(result).toText("  ");
    }

    public static String markdown(SystemComparison.Result result) {
        return "# Significance test\n\n" + header(result).replace("\n", "\n\n") + "\n" + table(result).toMarkdown();
    }

    public static String json(SystemComparison.Result result) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("format", "annocorpus-eval-comparison/1");
        root.put("systemA", result.systemA());
        root.put("systemB", result.systemB());
        root.put("documents", result.documents());
        root.put("test", "paired approximate randomisation, document level, two-sided");
        root.put("exhaustive", result.exhaustive());
        root.put("samples", result.samples());
        root.put("seed", result.seed());
        ArrayNode rows = root.putArray("figures");
        for (SystemComparison.Row row : result.rows()) {
            ObjectNode node = rows.addObject();
            node.put("layer", row.key().layer().id());
            node.put("mode", row.key().mode().label());
            node.put("averaging", row.key().scope());
            node.put("f1A", row.f1A());
            node.put("f1B", row.f1B());
            node.put("difference", row.difference());
            node.put("p", row.p());
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(SystemComparison.Result result) {
        // swapping every document mirrors the observed difference: the smallest exact p-value is 2 / 2^documents
        String method = result.exhaustive()
                ? "exact: all " + result.samples() + " ways of swapping the systems' documents enumerated; with "
                        + result.documents() + " documents no p-value can be below " + Numbers.pValue(2.0 / result.samples())
                : result.samples() + " random swaps, seed " + result.seed() + "; p = (c + 1) / (samples + 1)";
        return "A = " + result.systemA() + "\nB = " + result.systemB() + "\n"
                + "paired approximate randomisation test over " + result.documents() + " documents, two-sided (" + method + ")\n";
    }

    private static Table table(SystemComparison.Result result) {
        Table table = new Table("layer", "mode", "averaging", "F1 A", "F1 B", "A - B", "p").leftAligned(3);
        for (SystemComparison.Row row : result.rows()) {
            table.row(row.key().layer().id(), row.key().mode().label(), row.key().scope(), Numbers.score(row.f1A()),
                    Numbers.score(row.f1B()), String.format(Locale.ROOT, "%+.3f", row.difference()), Numbers.pValue(row.p()));
        }
        return table;
    }
}
