package org.annocorpus.eval.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;

/** The report as a Markdown document: every table of the text report, all modes per type, per document, errors. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(EvalReport report) {
        Evaluation evaluation = report.evaluation();
        Map<Layer, LayerCounts> totals = evaluation.totals();
        StringBuilder out = new StringBuilder();
        out.append("# Evaluation\n\n");
        out.append("- system: `").append(evaluation.system()).append("`\n");
        out.append("- gold: `").append(evaluation.gold()).append("`\n");
        out.append("- documents: ").append(ReportTables.documentsLine(evaluation)).append('\n');
        if (report.run() != null) {
            out.append(String.format(Locale.ROOT, "- pipeline `%s`: %d documents in %.1f s, %s documents/s%n",
                    report.run().pipeline(), report.run().documents(), report.run().seconds(),
                    Numbers.rate(report.run().documentsPerSecond())));
        }
        out.append("- ").append(TextReport.settings(report)).append('\n');
        out.append("- modes (SemEval-2013 task 9.1): strict = same boundaries and type; exact = same boundaries;"
                + " partial = overlap, a boundary mismatch counts half; type = overlap and same type."
                + " Gold and system annotations are paired one to one, optimally for each mode.\n");
        if (!report.notProduced().isEmpty()) {
            out.append("- not produced by the pipeline, not scored: ")
                    .append(report.notProduced().stream().map(Layer::id).collect(Collectors.joining(", "))).append('\n');
        }
        for (Layer layer : evaluation.layers()) {
            LayerCounts counts = totals.get(layer);
            out.append("\n## ").append(layer.id()).append("\n\n");
            out.append(counts.mode(Mode.STRICT).possible()).append(" gold, ").append(counts.mode(Mode.STRICT).actual())
                    .append(" system annotations.\n\n");
            out.append(ReportTables.modes(report, layer, counts, true).toMarkdown());
            if (ReportTables.hasSeveralTypes(counts)) {
                out.append("\n### Per type\n\n")
                        .append(ReportTables.types(report, layer, counts, List.of(Mode.values())).toMarkdown());
            }
            if (!Attribute.of(layer).isEmpty()) {
                out.append("\n### Attributes (exact-boundary matches)\n\n").append(ReportTables.attributes(layer, counts).toMarkdown());
            }
            if (layer.typed() && !evaluation.entityConfusion().isEmpty()) {
                out.append("\n### Type confusions\n\nRows gold, columns system, over the strict pairing.\n\n")
                        .append(ReportTables.confusion(evaluation.entityConfusion()).toMarkdown());
            }
            out.append("\nErrors: ").append(ReportTables.errorSummary(evaluation.errorCounts(), layer)).append(".\n");
        }
        if (!evaluation.layers().isEmpty()) {
            out.append("\n## Per document\n\n").append(ReportTables.documents(evaluation).toMarkdown());
        }
        if (!evaluation.unscored().isEmpty() || !evaluation.extra().isEmpty()) {
            out.append("\n## Unpaired documents\n\n");
            evaluation.unscored().forEach((id, reason) -> out.append("- `").append(id).append("`: ").append(reason)
                    .append(" (scored as if the system found nothing)\n"));
            evaluation.extra().forEach(id -> out.append("- `").append(id).append("`: system output without gold (not scored)\n"));
        }
        if (!evaluation.errors().isEmpty()) {
            out.append("\n## Errors\n\nStrict pairing; offsets in code points.\n\n").append(ReportTables.errors(evaluation.errors()).toMarkdown());
        }
        return out.toString();
    }
}
