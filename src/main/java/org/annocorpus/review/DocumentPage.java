package org.annocorpus.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ModeCounts;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.report.Numbers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The page of one document: its text with the gold and system annotations drawn together, filters, a
 * details panel, and the list of errors.
 *
 * <p>The text is cut at every annotation boundary ({@link TextSegmentation}); each piece is wrapped in one
 * nested {@code <span>} per annotation covering it, so overlapping annotations (gold against system, one
 * layer against another) never break the markup. Each such span draws one bar under the text, at a height fixed by its layer and
 * side (gold solid, system dashed) and in the colour of its type, and tints the text by its error kind.
 * Badges mark where an erroneous annotation starts; labels after quotations and numeric claims show their
 * speaker, or value, unit and qualifier.
 */
final class DocumentPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the page sits among the others, and what was compared. */
    record Context(String goldDescription, String systemDescription, String previous, String next) {
    }

    private final DocumentReview review;
    private final Context context;
    private final List<String> types;
    private final List<ReviewedAnnotation> drawn;

    private DocumentPage(DocumentReview review, Context context) {
        this.review = review;
        this.context = context;
        this.types = List.copyOf(new TreeSet<>(review.annotations().stream().map(ReviewedAnnotation::type).toList()));
        this.drawn = review.annotations().stream().sorted(Comparator
                .comparing((ReviewedAnnotation a) -> nesting(a.layer()))
                .thenComparing(a -> !a.gold())
                .thenComparingInt(ReviewedAnnotation::begin)
                .thenComparing(a -> -a.end())).toList();
    }

    static String render(DocumentReview review, Context context) {
        return new DocumentPage(review, context).html();
    }

    private String html() {
        StringBuilder out = new StringBuilder(review.text().length() * 8 + 20_000);
        String id = Html.escape(review.id());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(id).append(" · annotation review</title>\n")
                .append("<script>").append(Html.asset("errors.js")).append("</script>\n")
                .append("<style>\n").append(Html.asset("review.css")).append(typeColours()).append("</style>\n")
                .append("</head>\n<body class=\"document\">\n")
                .append("<div id=\"script-errors\" hidden></div>\n");
        header(out);
        toolbar(out);
        out.append("<main>\n<article id=\"text\" class=\"text\" lang=\"en\">");
        text(out);
        out.append("</article>\n<aside id=\"details\" aria-live=\"polite\"><p class=\"hint\">Point at an annotation, or"
                + " click it to keep its details here. Links in the error list below select one.</p></aside>\n</main>\n");
        errors(out);
        legend(out);
        out.append("<script id=\"review-data\" type=\"application/json\">").append(Html.scriptJson(data()))
                .append("</script>\n<script>").append(Html.asset("document.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private String typeColours() {
        StringBuilder css = new StringBuilder();
        List<String> colours = Styles.colours(new TreeSet<>(types));
        for (int i = 0; i < types.size(); i++) {
            css.append(".ty-").append(i).append("{--c:").append(colours.get(i)).append("}\n");
        }
        return css.toString();
    }

    private String typeClass(String type) {
        return "ty-" + types.indexOf(type);
    }

    private void header(StringBuilder out) {
        out.append("<header>\n<nav><a href=\"../index.html\">All documents</a>");
        if (context.previous() != null) {
            out.append(" <a rel=\"prev\" href=\"").append(Html.urlSegment(context.previous())).append(".html\">← ")
                    .append(Html.escape(context.previous())).append("</a>");
        }
        if (context.next() != null) {
            out.append(" <a rel=\"next\" href=\"").append(Html.urlSegment(context.next())).append(".html\">")
                    .append(Html.escape(context.next())).append(" →</a>");
        }
        out.append("</nav>\n<h1>").append(Html.escape(review.id())).append("</h1>\n<p class=\"sources\">gold: ")
                .append(Html.escape(context.goldDescription())).append(" · system: ")
                .append(Html.escape(context.systemDescription())).append("</p>\n");
        if (review.isWithoutGold()) {
            out.append("<p class=\"problem\">No gold for this document: the system output is shown for reading,"
                    + " not scored.</p>\n");
        }
        if (review.problem() != null) {
            out.append("<p class=\"problem\">No usable system output (").append(Html.escape(review.problem()))
                    .append("): it is scored as empty, so every gold annotation counts as missed.</p>\n");
        }
        out.append("<table class=\"scores\"><thead><tr><th>layer</th><th>gold</th><th>system</th><th>strict F1</th>"
                + "<th>partial F1</th><th>errors</th></tr></thead><tbody>\n");
        for (Layer layer : review.layers()) {
            LayerCounts counts = review.result().counts().get(layer);
            ModeCounts strict = counts.mode(Mode.STRICT);
            out.append("<tr><td>").append(Styles.layerName(layer)).append("</td><td>").append(strict.possible())
                    .append("</td><td>").append(strict.actual()).append("</td><td>")
                    .append(Numbers.score(strict.micro().f1())).append("</td><td>")
                    .append(Numbers.score(counts.mode(Mode.PARTIAL).micro().f1())).append("</td><td>")
                    .append(Html.escape(errorSummary(layer))).append("</td></tr>\n");
        }
        for (Layer layer : review.shown()) {
            out.append("<tr class=\"unscored\"><td>").append(Styles.layerName(layer)).append("</td><td>")
                    .append(count(a -> a.layer() == layer)).append("</td><td colspan=\"4\">")
                    .append(Styles.UNSCORED_NOTE).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</header>\n");
    }

    private String errorSummary(Layer layer) {
        Map<ScoringError.Kind, Integer> byKind = new TreeMap<>();
        for (DocumentReview.ErrorRow row : review.errors()) {
            if (row.error().layer() == layer) {
                byKind.merge(row.error().kind(), 1, Integer::sum);
            }
        }
        if (byKind.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(n + " " + kind.label()));
        return String.join(", ", parts);
    }

    private void toolbar(StringBuilder out) {
        out.append("<form id=\"filters\" class=\"toolbar\" autocomplete=\"off\">\n<fieldset><legend>Layer</legend>");
        for (Layer layer : Layer.values()) {
            if (review.layers().contains(layer) || review.shown().contains(layer)) {
                checkbox(out, "layer", layer.id(), "<span class=\"lane " + Styles.layerClass(layer) + "\"></span>"
                        + Styles.layerName(layer) + (review.shown().contains(layer) ? " (gold, not scored)" : ""),
                        count(a -> a.layer() == layer));
            }
        }
        out.append("</fieldset>\n<fieldset><legend>Side</legend>");
        checkbox(out, "side", "gold", "<span class=\"swatch-bar g\"></span>gold", count(ReviewedAnnotation::gold));
        checkbox(out, "side", "system", "<span class=\"swatch-bar s\"></span>system", count(a -> !a.gold()));
        out.append("</fieldset>\n<fieldset><legend>Type</legend>");
        for (String type : types) {
            checkbox(out, "type", type, "<span class=\"swatch " + typeClass(type) + "\"></span>" + Html.escape(type),
                    count(a -> a.type().equals(type)));
        }
        out.append("</fieldset>\n<fieldset><legend>Verdict</legend>");
        for (String status : Styles.STATUSES) {
            long n = count(a -> a.status().equals(status));
            if (status.equals(ReviewedAnnotation.UNSCORED)) {
                if (n > 0) {
                    checkbox(out, "status", status, "<span class=\"badge k-unscored\">G</span>not scored", n);
                }
                continue;
            }
            String mark = status.equals("correct") ? "<span class=\"badge k-correct\">✓</span>"
                    : "<span class=\"badge " + Styles.statusClass(status) + "\">"
                            + Styles.badge(kindOf(status)) + "</span>";
            checkbox(out, "status", status, mark + Html.escape(status), n);
        }
        out.append("</fieldset>\n<fieldset><legend>Show</legend><label title=\"speakers of quotations; value, unit and"
                + " qualifier of numeric claims\"><input type=\"checkbox\" id=\"show-labels\" checked> attribute labels</label>"
                + "</fieldset>\n</form>\n");
    }

    private static ScoringError.Kind kindOf(String label) {
        for (ScoringError.Kind kind : ScoringError.Kind.values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private long count(java.util.function.Predicate<ReviewedAnnotation> which) {
        return review.annotations().stream().filter(which).count();
    }

    private static void checkbox(StringBuilder out, String name, String value, String labelHtml, long count) {
        out.append("<label title=\"").append(Html.escape(name.equals("status") ? Styles.describe(value) : value))
                .append("\"><input type=\"checkbox\" name=\"").append(name).append("\" value=\"")
                .append(Html.escape(value)).append("\" checked>").append(labelHtml).append(" <small>")
                .append(count).append("</small></label>");
    }

    // ---- the text

    private void text(StringBuilder out) {
        TextSegmentation<ReviewedAnnotation> segmentation = new TextSegmentation<>(ReviewedAnnotation::begin,
                ReviewedAnnotation::end, a -> labelledAtEnd(a.layer()));
        for (TextSegmentation.Part<ReviewedAnnotation> part : segmentation.segment(review.text(), drawn)) {
            if (part instanceof TextSegmentation.Point<ReviewedAnnotation> point) {
                pointItems(out, point);
            } else if (part instanceof TextSegmentation.Piece<ReviewedAnnotation> piece) {
                segment(out, piece.from(), piece.to(), piece.covering());
            }
        }
    }

    /**
     * What sits between two pieces of text at a cut: the labels of quotations and numeric claims ending
     * there, and the badges of empty annotations. They are nested in the annotations that continue across
     * the cut, so that the bars of those run on under them.
     */
    private void pointItems(StringBuilder out, TextSegmentation.Point<ReviewedAnnotation> point) {
        open(out, point.across());
        for (ReviewedAnnotation a : point.empty()) {
            badge(out, a);
        }
        for (ReviewedAnnotation a : point.ending()) {
            label(out, a);
        }
        close(out, point.across());
    }

    private void segment(StringBuilder out, int from, int to, List<ReviewedAnnotation> covering) {
        for (ReviewedAnnotation a : covering) {
            open(out, List.of(a));
            // the badge sits inside its own annotation's span, before the ones nested in it
            boolean startsHere = a.begin() >= from && a.begin() < to;
            if (startsHere && a.error() != null && (a.gold() || a.error() == ScoringError.Kind.SPURIOUS)) {
                badge(out, a);
            }
        }
        out.append(Html.escape(review.text().substring(from, to)));
        close(out, covering);
    }

    private void open(StringBuilder out, List<ReviewedAnnotation> annotations) {
        for (ReviewedAnnotation a : annotations) {
            out.append("<span class=\"a ").append(a.gold() ? "g " : "s ").append(Styles.layerClass(a.layer())).append(' ')
                    .append(typeClass(a.type())).append(' ').append(Styles.statusClass(a.error()))
                    .append("\" data-a=\"").append(a.id()).append("\">");
        }
    }

    private static void close(StringBuilder out, List<ReviewedAnnotation> annotations) {
        out.append("</span>".repeat(annotations.size()));
    }

    /** One mark per error: on the gold annotation of a pair, on the system one when it has no partner. */
    private void badge(StringBuilder out, ReviewedAnnotation a) {
        String title = a.error() == null ? "correct" : Styles.describe(a.error().label());
        out.append("<span class=\"badge ").append(Styles.statusClass(a.error())).append("\" data-a=\"").append(a.id())
                .append("\" title=\"").append(Html.escape(title)).append("\">")
                .append(a.error() == null ? "✓" : Styles.badge(a.error())).append("</span>");
    }

    private void label(StringBuilder out, ReviewedAnnotation a) {
        out.append("<span class=\"note ").append(a.gold() ? "g " : "s ").append(Styles.layerClass(a.layer()))
                .append(a.error() == ScoringError.Kind.ATTRIBUTE ? " differs" : "").append("\" data-a=\"").append(a.id())
                .append("\"><b>").append(a.gold() ? "G" : "S").append("</b> ")
                .append(Html.escape(attributes(a))).append("</span>");
    }

    /** Outer to inner: long spans outside, so the innermost span under the pointer is the most specific. */
    private static int nesting(Layer layer) {
        return switch (layer) {
            case QUOTATION -> 0;
            case NUMERIC -> 1;
            case ENTITY -> 2;
        };
    }

    /** Whether an annotation of the layer shows its attributes in a label after its last piece. */
    private static boolean labelledAtEnd(Layer layer) {
        return switch (layer) {
            case ENTITY -> false;
            case QUOTATION, NUMERIC -> true;
        };
    }

    /** "Lloyd Austin"; "Lloyd Austin (verb-after)" with the sieve that found the speaker; "54000 USD, more than". */
    static String attributes(ReviewedAnnotation a) {
        return switch (a.layer()) {
            case ENTITY -> "";
            case QUOTATION -> {
                String speaker = a.features().speaker().isEmpty() ? "(no speaker)" : a.features().speaker();
                yield a.features().sieve().isEmpty() ? speaker : speaker + " (" + a.features().sieve() + ")";
            }
            case NUMERIC -> {
                String unit = a.features().unit().isEmpty() ? "" : " " + a.features().unit();
                yield number(a.features().value()) + unit + ", " + qualifier(a.features().qualifier());
            }
        };
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "(no value)";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String qualifier(String qualifier) {
        return qualifier.isEmpty() ? "(no qualifier)" : qualifier.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    // ---- the error list and the legend

    private void errors(StringBuilder out) {
        out.append("<section id=\"errors\">\n<h2>Errors <small>").append(review.errors().size())
                .append("</small></h2>\n");
        if (review.errors().isEmpty()) {
            out.append("<p>No errors: the system output agrees with the gold.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"errors\"><thead><tr><th>error</th><th>layer</th><th>gold</th><th>system</th>"
                + "<th>detail</th><th>context</th></tr></thead><tbody>\n");
        for (DocumentReview.ErrorRow row : review.errors()) {
            ScoringError e = row.error();
            String ids = String.join(" ", java.util.stream.Stream.of(row.goldId(), row.systemId())
                    .filter(java.util.Objects::nonNull).toList());
            String target = row.goldId() != null ? row.goldId() : row.systemId();
            out.append("<tr data-ids=\"").append(ids).append("\"><td><span class=\"badge ")
                    .append(Styles.statusClass(e.kind())).append("\">").append(Styles.badge(e.kind())).append("</span> ");
            if (target != null) {
                out.append("<a href=\"#").append(target).append("\" title=\"show it in the text\">")
                        .append(e.kind().label()).append("</a>");
            } else {
                out.append(e.kind().label());
            }
            out.append("</td><td>").append(Styles.layerName(e.layer())).append("</td><td>").append(mention(e.gold()))
                    .append("</td><td>").append(mention(e.system())).append("</td><td>").append(Html.escape(e.detail()))
                    .append("</td><td class=\"context\">").append(Html.escape(e.context())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private static String mention(ScoringError.Mention m) {
        if (m == null) {
            return "—";
        }
        return Html.escape(m.type()) + " <span class=\"offsets\">" + m.begin() + "–" + m.end() + "</span> “"
                + Html.escape(m.text()) + "”";
    }

    private void legend(StringBuilder out) {
        out.append("<section class=\"legend\">\n<h2>How to read this page</h2>\n<p>Bars under the text are annotations:"
                + " <span class=\"swatch-bar g\"></span> gold (solid), <span class=\"swatch-bar s\"></span> system"
                + " (dashed); from the text down, the lanes are entities, numeric claims and quotations. A bar's colour is"
                + " its type:");
        for (String type : types) {
            out.append(" <span class=\"swatch ").append(typeClass(type)).append("\"></span>").append(Html.escape(type));
        }
        out.append(". The tint of the text and the badge where an annotation starts give the verdict:</p>\n<ul>");
        for (String status : Styles.ERRORS) {
            out.append("<li><span class=\"badge ").append(Styles.statusClass(status)).append("\">")
                    .append(Styles.badge(kindOf(status))).append("</span> <span class=\"tint ")
                    .append(Styles.statusClass(status)).append("\">").append(Html.escape(Styles.describe(status)))
                    .append("</span></li>");
        }
        out.append("</ul>\n<p>Labels after a quotation give its speaker (for the project's extractor, with the"
                + " attribution sieve that found it in brackets), after a numeric claim its value, unit and"
                + " qualifier (<b>G</b> gold, <b>S</b> system). Gold of a layer that is not scored is drawn without"
                + " verdicts. Offsets are in code points, as in the gold files.</p>\n"
                + "</section>\n");
    }

    // ---- data for the script

    private String data() {
        ObjectNode root = JSON.createObjectNode();
        root.put("document", review.id());
        ObjectNode annotations = root.putObject("annotations");
        for (ReviewedAnnotation a : review.annotations()) {
            ObjectNode node = annotations.putObject(a.id());
            node.put("side", a.gold() ? "gold" : "system");
            node.put("layer", a.layer().id());
            node.put("layerName", Styles.layerName(a.layer()));
            node.put("type", a.type());
            node.put("begin", a.cpBegin());
            node.put("end", a.cpEnd());
            node.put("text", a.text());
            node.put("status", a.status());
            node.put("statusText", Styles.describe(a.status()));
            if (a.partner() != null) {
                node.put("partner", a.partner());
            }
            if (!a.detail().isEmpty()) {
                node.put("detail", a.detail());
            }
            switch (a.layer()) {
                case ENTITY -> {
                    // no attributes
                }
                case QUOTATION -> {
                    node.put("speaker", a.features().speaker());
                    if (!a.features().sieve().isEmpty()) {
                        node.put("sieve", a.features().sieve());
                    }
                }
                case NUMERIC -> {
                    node.put("value", number(a.features().value()));
                    node.put("unit", a.features().unit());
                    node.put("qualifier", a.features().qualifier());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
