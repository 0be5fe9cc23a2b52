package org.annocorpus.gold;

import org.annocorpus.scheme.Layer;
import org.annocorpus.scheme.Labels;

import static org.annocorpus.gold.ValidatedDocument.QUOTATION_MARKS;
import static org.annocorpus.gold.ValidatedDocument.isSpace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks of the text-bound (T) lines: known types, spans inside the text and matching it, no white space at
 * their edges, text order, quotation marks outside quotations (Q3), and no overlap within a layer.
 */
final class SpanChecks extends DocumentChecks {

    SpanChecks(ValidatedDocument document) {
        super(document);
    }

    @Override
    void run() {
        checkTextBounds();
        checkOverlaps();
    }

    private void checkTextBounds() {
        int previousBegin = -1;
        boolean orderReported = false;
        for (BratAnnotations.TextBound t : brat.textBounds) {
            if (!Labels.isTextBoundType(t.type())) {
                error(t.line(), "unknown type '" + t.type() + "' (known: " + String.join(", ",
                        new TreeSet<>(Labels.textBoundTypes())) + ")");
            }
            if (t.begin() >= t.end()) {
                error(t.line(), t.begin() == t.end() ? "empty span " + t.begin() + "-" + t.end()
                        : "span begins at " + t.begin() + ", after its end " + t.end());
                continue;
            }
            if (!orderReported && t.begin() < previousBegin) {
                warning(t.line(), "T lines are not in text order from here on (" + t.id() + " begins at "
                        + t.begin() + ", before the line above it); keep them in text order");
                orderReported = true;
            }
            previousBegin = Math.max(previousBegin, t.begin());
            if (text == null) {
                continue;
            }
            if (t.end() > text.length) {
                error(t.line(), "offsets " + t.begin() + "-" + t.end() + " lie outside the text (" + text.length
                        + " code points)");
                continue;
            }
            String covered = new String(text, t.begin(), t.end() - t.begin());
            if (!t.text().equals(brat(covered))) {
                // offsets that are wrong make every further check of this span meaningless
                error(t.line(), "recorded text '" + t.text() + "' is not the text at " + t.begin() + "-" + t.end()
                        + ": '" + show(covered) + "'" + driftHint(t));
            } else if (isSpace(text[t.begin()]) || isSpace(text[t.end() - 1])) {
                error(t.line(), t.type() + " span " + t.begin() + "-" + t.end() + " '" + show(covered) + "' "
                        + (isSpace(text[t.begin()]) ? "starts" : "ends") + " with white space; trim it");
            } else if (covered.indexOf('\n') >= 0) {
                warning(t.line(), t.type() + " span " + t.begin() + "-" + t.end() + " crosses a line break");
            }
            if (Labels.QUOTATION.equals(t.type())) {
                checkQuotationEdges(t);
            }
        }
    }

    /** Q3: the marks are outside a quotation, and so is a comma or full stop inside the closing mark. */
    private void checkQuotationEdges(BratAnnotations.TextBound q) {
        int first = text[q.begin()];
        int last = text[q.end() - 1];
        if (QUOTATION_MARKS.indexOf(first) >= 0) {
            warning(q.line(), "Quotation " + q.id() + " starts with the mark " + new String(Character.toChars(first))
                    + ": the marks are outside the span (Q3), unless it opens a nested quotation");
        }
        if (QUOTATION_MARKS.indexOf(last) >= 0) {
            warning(q.line(), "Quotation " + q.id() + " ends with the mark " + new String(Character.toChars(last))
                    + ": the marks are outside the span (Q3), unless it closes a nested quotation");
        } else if ((last == ',' || last == '.') && q.end() < text.length
                && (QUOTATION_MARKS.indexOf(text[q.end()]) >= 0 || text[q.end()] == '\u2019')) {
            warning(q.line(), "Quotation " + q.id() + " ends with '" + (char) last + "' before the closing mark:"
                    + " a comma or full stop inside the closing mark is outside the span (Q3)");
        }
    }

    /** Where the recorded text does occur near the offsets, the offsets have probably drifted: say by how much. */
    private String driftHint(BratAnnotations.TextBound t) {
        if (t.text().isEmpty()) {
            return "";
        }
        String whole = new String(text, 0, text.length);
        int[] recorded = t.text().codePoints().toArray();
        int best = Integer.MAX_VALUE;
        for (int from = 0; (from = whole.indexOf(t.text(), from)) >= 0; from++) {
            int cp = whole.codePointCount(0, from);
            if (Math.abs(cp - t.begin()) < Math.abs(best)) {
                best = cp - t.begin();
            }
        }
        if (best == Integer.MAX_VALUE || Math.abs(best) > 200) {
            return "";
        }
        int begin = t.begin() + best;
        return " (the recorded text is at " + begin + "-" + (begin + recorded.length) + ")";
    }

    /** The covered text as a brat line holds it: a line break cannot stand in a line, brat writes a space. */
    private static String brat(String covered) {
        return covered.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String show(String covered) {
        return covered.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
    }

    private void checkOverlaps() {
        Map<Layer, List<BratAnnotations.TextBound>> byLayer = new LinkedHashMap<>();
        for (BratAnnotations.TextBound t : textBounds.values()) {
            // Sources are no scored layer: one mention may serve a coordination and one of its members.
            Layer.ofLabel(t.type()).filter(layer -> t.begin() < t.end())
                    .ifPresent(layer -> byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(t));
        }
        for (Map.Entry<Layer, List<BratAnnotations.TextBound>> layer : byLayer.entrySet()) {
            List<BratAnnotations.TextBound> spans = new ArrayList<>(layer.getValue());
            spans.sort(Comparator.comparingInt(BratAnnotations.TextBound::begin)
                    .thenComparingInt(BratAnnotations.TextBound::line));
            BratAnnotations.TextBound reach = null; // the span reaching furthest right so far
            for (BratAnnotations.TextBound t : spans) {
                if (reach != null && t.begin() < reach.end()) {
                    BratAnnotations.TextBound first = reach.line() < t.line() ? reach : t;
                    BratAnnotations.TextBound second = first == reach ? t : reach;
                    error(second.line(), describe(second) + (first.begin() == second.begin() && first.end() == second.end()
                            ? " has the same span as " : " overlaps ") + describe(first) + " (line " + first.line()
                            + "): spans of the " + layer.getKey().id() + " layer never overlap");
                }
                if (reach == null || t.end() > reach.end()) {
                    reach = t;
                }
            }
        }
    }

    private static String describe(BratAnnotations.TextBound t) {
        return t.id() + " " + t.type() + " " + t.begin() + "-" + t.end();
    }
}
