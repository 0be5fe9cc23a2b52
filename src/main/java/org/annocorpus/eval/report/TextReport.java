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
import org.annocorpus.eval.ScoringError;

/** The report on stdout: per layer the mode table, per-type figures, attributes, confusions, error counts. */
public final class TextReport {

    private TextReport() {
    }

    /**
     * @param withErrors list every error (they must have been kept)
     * @param perDocument add the per-document table
     */
    public static String render(EvalReport report, boolean withErrors, boolean perDocument) {
        Evaluation evaluation = report.evaluation();
        Map<Layer, LayerCounts> totals = evaluation.totals();
        StringBuilder out = new StringBuilder();
        out.append("Scores of ").append(evaluation.system()).append(" against ").append(evaluation.gold()).append('\n');
        out.append(ReportTables.documentsLine(evaluation)).append('\n');
        if (report.run() != null) {
            out.append(String.format(Locale.ROOT, "pipeline %s: %d documents in %.1f s, %s documents/s%n",
                    report.run().pipeline(), report.run().documents(), report.run().seconds(),
                    Numbers.rate(report.run().documentsPerSecond())));
        }
        out.append(settings(report)).append('\n');
        for (Layer layer : evaluation.layers()) {
            LayerCounts counts = totals.get(layer);
            out.append('\n').append(layer.id().toUpperCase(Locale.ROOT)).append(": ")
                    .append(counts.mode(Mode.STRICT).possible()).append(" gold, ")
                    .append(counts.mode(Mode.STRICT).actual()).append(" system\n");
            out.append(ReportTables.modes(report, layer, counts, false).toText("  "));
            if (ReportTables.hasSeveralTypes(counts)) {
                out.append('\n').append(ReportTables.types(report, layer, counts, List.of(Mode.STRICT, Mode.PARTIAL)).toText("  "));
            }
            if (!Attribute.of(layer).isEmpty()) {
                out.append("\n  attributes of the exact-boundary matches:\n")
                        .append(ReportTables.attributes(layer, counts).toText("  "));
            }
            if (layer.typed() && !evaluation.entityConfusion().isEmpty()) {
                out.append("\n  type confusions (rows gold, columns system; strict pairing):\n")
                        .append(ReportTables.confusion(evaluation.entityConfusion()).toText("  "));
            }
            out.append("\n  errors: ").append(ReportTables.errorSummary(evaluation.errorCounts(), layer)).append('\n');
        }
        if (!report.notProduced().isEmpty()) {
            out.append("\nnot produced by the pipeline, not scored: ")
                    .append(report.notProduced().stream().map(Layer::id).collect(Collectors.joining(", "))).append('\n');
        }
        if (perDocument && !evaluation.layers().isEmpty()) {
            out.append("\nper document:\n").append(ReportTables.documents(evaluation).toText("  "));
        }
        unscored(evaluation, out);
        if (withErrors) {
            errors(evaluation.errors(), out);
        }
        return out.toString();
    }

    static String settings(EvalReport report) {
        String averaging = "micro = over all annotations; macro = mean of the per-type figures";
        if (report.samples() <= 0) {
            return averaging + "; no confidence intervals (--bootstrap 0)";
        }
        return averaging + "; 95% CI: document-level bootstrap, percentile method, " + report.samples()
                + " samples, seed " + report.seed();
    }

    private static void unscored(Evaluation evaluation, StringBuilder out) {
        if (!evaluation.unscored().isEmpty()) {
            out.append("\ngold documents without usable system output (scored as if the system found nothing):\n");
            evaluation.unscored().forEach((id, reason) -> out.append("  ").append(id).append(": ").append(reason).append('\n'));
        }
        if (!evaluation.extra().isEmpty()) {
            out.append("\nsystem documents without gold (not scored): ").append(String.join(", ", evaluation.extra())).append('\n');
        }
    }

    private static void errors(List<ScoringError> errors, StringBuilder out) {
        out.append("\nerrors (").append(errors.size()).append("; strict pairing; offsets in code points):\n");
        for (ScoringError e : errors) {
            out.append("  ").append(e.document()).append("  ").append(e.layer().id()).append("  ").append(e.kind().label());
            if (e.gold() != null) {
                out.append("  gold ").append(ReportTables.mention(e.gold()));
            }
            if (e.system() != null) {
                out.append("  system ").append(ReportTables.mention(e.system()));
            }
            if (!e.detail().isEmpty()) {
                out.append("  ").append(e.detail());
            }
            out.append("\n      ").append(e.context()).append('\n');
        }
    }
}
