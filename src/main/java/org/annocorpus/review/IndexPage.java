package org.annocorpus.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ModeCounts;
import org.annocorpus.eval.report.Numbers;

/** The index: every document with its scores per layer, sortable, linking to the document pages. */
final class IndexPage {

    /** What the index shows of one document. */
    record Row(String id, Map<Layer, LayerCounts> counts, Map<Layer, Integer> errors, String problem) {
    }

    private IndexPage() {
    }

    static String render(Evaluation evaluation, List<Layer> shown, List<Row> rows) {
        List<Layer> layers = evaluation.layers();
        StringBuilder out = new StringBuilder(20_000);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Annotation review</title>\n")
                .append("<script>").append(Html.asset("errors.js")).append("</script>\n")
                .append("<style>\n").append(Html.asset("review.css")).append("</style>\n")
                .append("</head>\n<body class=\"index\">\n<div id=\"script-errors\" hidden></div>\n")
                .append("<header>\n<h1>Annotation review</h1>\n<p class=\"sources\">gold: ")
                .append(Html.escape(evaluation.gold())).append(" · system: ").append(Html.escape(evaluation.system()))
                .append("</p>\n<p>").append(rows.size()).append(rows.size() == 1 ? " document" : " documents")
                .append(". F1 is micro-averaged over the annotations of a layer; strict = same boundaries and type,"
                        + " partial = overlap, half credit when the boundaries differ. Errors: missed, spurious, boundary,"
                        + " type and attribute errors (strict pairing). Click a heading to sort.</p>\n");
        notes(out, evaluation, shown);
        out.append("</header>\n<main>\n<table class=\"documents sortable\">\n<thead>\n<tr><th rowspan=\"2\" data-column=\"0\">"
                + "document</th>");
        for (Layer layer : layers) {
            out.append("<th class=\"group\" colspan=\"5\">").append(Styles.layerName(layer)).append("</th>");
        }
        out.append("<th rowspan=\"2\" class=\"num first\" data-column=\"").append(1 + 5 * layers.size())
                .append("\">all errors</th></tr>\n<tr>");
        int column = 1;
        for (int l = 0; l < layers.size(); l++) {
            for (String heading : List.of("gold", "system", "strict F1", "partial F1", "errors")) {
                out.append("<th class=\"num").append(heading.equals("gold") ? " first" : "").append("\" data-column=\"")
                        .append(column++).append("\">").append(heading).append("</th>");
            }
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            row(out, rows.get(r), r, layers);
        }
        out.append("</tbody>\n<tfoot>\n<tr><td>all documents</td>");
        Map<Layer, LayerCounts> totals = evaluation.totals();
        int allErrors = 0;
        for (Layer layer : layers) {
            int errors = rows.stream().mapToInt(row -> row.errors().getOrDefault(layer, 0)).sum();
            allErrors += errors;
            cells(out, totals.get(layer), errors);
        }
        out.append("<td class=\"num first\">").append(allErrors).append("</td></tr>\n</tfoot>\n</table>\n</main>\n")
                .append("<script>").append(Html.asset("index.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void notes(StringBuilder out, Evaluation evaluation, List<Layer> shown) {
        SortedMap<String, String> unscored = evaluation.unscored();
        if (unscored.isEmpty() && evaluation.extra().isEmpty() && shown.isEmpty()) {
            return;
        }
        out.append("<ul class=\"notes-list\">\n");
        if (!shown.isEmpty()) {
            out.append("<li>Not scored: ").append(String.join(", ", shown.stream().map(Styles::layerName).toList()))
                    .append(" (").append(Html.escape(Styles.UNSCORED_NOTE)).append("). Their gold is shown on the"
                            + " document pages for reading.</li>\n");
        }
        unscored.forEach((id, reason) -> out.append("<li class=\"problem\">").append(Html.escape(id)).append(": ")
                .append(Html.escape(reason)).append(" (scored as if the system had found nothing)</li>\n"));
        if (!evaluation.extra().isEmpty()) {
            out.append("<li>System documents without gold (shown, not scored):");
            for (String id : evaluation.extra()) {
                out.append(" <a href=\"docs/").append(Html.urlSegment(id)).append(".html\">").append(Html.escape(id))
                        .append("</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void row(StringBuilder out, Row row, int order, List<Layer> layers) {
        out.append("<tr data-order=\"").append(order).append("\"><td class=\"doc\"><a href=\"docs/")
                .append(Html.urlSegment(row.id())).append(".html\">").append(Html.escape(row.id())).append("</a>");
        if (row.problem() != null) {
            out.append(" <small class=\"low\" title=\"").append(Html.escape(row.problem())).append("\">no system output</small>");
        }
        out.append("</td>");
        int all = 0;
        for (Layer layer : layers) {
            int errors = row.errors().getOrDefault(layer, 0);
            all += errors;
            cells(out, row.counts().get(layer), errors);
        }
        out.append("<td class=\"num first\" data-value=\"").append(all).append("\">").append(all).append("</td></tr>\n");
    }

    private static void cells(StringBuilder out, LayerCounts counts, int errors) {
        ModeCounts strict = counts.mode(Mode.STRICT);
        number(out, strict.possible(), " first");
        number(out, strict.actual(), "");
        score(out, strict.micro().f1());
        score(out, counts.mode(Mode.PARTIAL).micro().f1());
        number(out, errors, "");
    }

    private static void number(StringBuilder out, long n, String extraClass) {
        out.append("<td class=\"num").append(extraClass).append("\" data-value=\"").append(n).append("\">").append(n)
                .append("</td>");
    }

    private static void score(StringBuilder out, double f1) {
        out.append("<td class=\"num").append(f1 < 0.5 ? " low" : "").append("\" data-value=\"")
                .append(String.format(Locale.ROOT, "%.6f", f1)).append("\">").append(Numbers.score(f1)).append("</td>");
    }
}
