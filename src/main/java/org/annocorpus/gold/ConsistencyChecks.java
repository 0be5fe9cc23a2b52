package org.annocorpus.gold;

import org.annocorpus.scheme.EntityType;
import org.annocorpus.scheme.Labels;
import org.annocorpus.scheme.QuotationMarks;

import static org.annocorpus.gold.ValidatedDocument.QUOTATION_MARKS;
import static org.annocorpus.gold.ValidatedDocument.isSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings over the whole document: the same string tagged with different entity types, and quotation
 * marks in the text that open or close no Quotation.
 */
final class ConsistencyChecks extends DocumentChecks {

    private static final String OPENING_ONLY = "\u201C\u201E\u00AB\u2018\u2039";
    private static final String CLOSING_ONLY = "\u201D\u00BB\u203A";

    /** What may stand between a quotation's end and its closing mark, or its opening mark and its start. */
    private static final String BETWEEN_MARK_AND_QUOTE = ",.;:!?\u2026";

    ConsistencyChecks(ValidatedDocument document) {
        super(document);
    }

    @Override
    void run() {
        checkEntityTypeConsistency();
        checkQuotationMarks();
    }

    /** The same string tagged with different entity types in one document is legal but often a slip. */
    private void checkEntityTypeConsistency() {
        Map<String, BratAnnotations.TextBound> firstByString = new HashMap<>();
        Set<String> reported = new TreeSet<>();
        for (BratAnnotations.TextBound t : textBounds.values()) {
            if (!EntityType.isLabel(t.type())) {
                continue;
            }
            BratAnnotations.TextBound first = firstByString.putIfAbsent(t.text(), t);
            if (first != null && !first.type().equals(t.type()) && reported.add(t.text() + "\t" + t.type())) {
                warning(t.line(), "'" + t.text() + "' is " + t.type() + " here but " + first.type() + " on line "
                        + first.line() + "; check that the types differ on purpose");
            }
        }
    }

    /**
     * A quotation mark that opens or closes no Quotation: a missed quotation, or a name or term only
     * being named (Q7), which is fine. Marks inside a quotation (nested quotes) are covered by it.
     */
    private void checkQuotationMarks() {
        if (text == null) {
            return;
        }
        List<BratAnnotations.TextBound> quotations = textBounds.values().stream()
                .filter(t -> Labels.QUOTATION.equals(t.type()) && t.begin() < t.end() && t.end() <= text.length)
                .toList();
        Set<Integer> begins = new TreeSet<>();
        Set<Integer> ends = new TreeSet<>();
        for (BratAnnotations.TextBound q : quotations) {
            begins.add(q.begin());
            ends.add(q.end());
        }
        List<Integer> loose = new ArrayList<>();
        int[] marks = QuotationMarks.withTwoCharacterMarks(text); // ''...'' as double marks (H32)
        for (int i = 0; i < text.length; i++) {
            if (QUOTATION_MARKS.indexOf(marks[i]) >= 0 && !accountedFor(i, quotations, begins, ends)) {
                loose.add(i);
            }
        }
        for (int k = 0; k < loose.size(); k++) {
            int open = loose.get(k);
            int close = k + 1 < loose.size() ? loose.get(k + 1) : -1;
            if (close >= 0 && CLOSING_ONLY.indexOf(marks[open]) < 0 && OPENING_ONLY.indexOf(marks[close]) < 0
                    && !containsLineBreak(open, close)) {
                textWarning(open, "text " + new String(text, open, close - open + 1) + " at " + (open + 1) + "-"
                        + close + " is in quotation marks but no Quotation (fine for a name or term only being"
                        + " named, Q7)");
                k++;
            } else {
                textWarning(open, "quotation mark " + new String(Character.toChars(text[open])) + " at offset " + open
                        + " opens or closes no Quotation (fine if it only marks a name or term, Q7)");
            }
        }
    }

    private boolean containsLineBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '\n' || text[i] == '\r') {
                return true;
            }
        }
        return false;
    }
    private boolean accountedFor(int mark, List<BratAnnotations.TextBound> quotations, Set<Integer> begins,
            Set<Integer> ends) {
        for (BratAnnotations.TextBound q : quotations) {
            if (q.begin() <= mark && mark < q.end()) {
                return true;
            }
        }
        int after = mark + 1;
        while (after < text.length && isSpace(text[after])) {
            after++;
        }
        if (begins.contains(after)) {
            return true;
        }
        int before = mark;
        while (before > 0 && (isSpace(text[before - 1]) || BETWEEN_MARK_AND_QUOTE.indexOf(text[before - 1]) >= 0)) {
            if (ends.contains(before)) {
                return true;
            }
            before--;
        }
        return ends.contains(before);
    }
}
