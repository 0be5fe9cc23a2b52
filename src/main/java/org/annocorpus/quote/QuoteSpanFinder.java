package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annocorpus.quote.QuoteMarks.Direction;
import org.annocorpus.quote.QuoteSpan.Ending;
import org.annocorpus.scheme.TranscriptLabels;

/**
 * Finds the quotations of a text by the rules of the annotation scheme, from its marks alone.
 *
 * <ul>
 * <li>Double marks (" “ ” „) are paired within a paragraph; the direction of each mark comes from its
 * neighbours (see {@link QuoteMarks}).</li>
 * <li>A quotation left open at the end of a paragraph whose next paragraph opens with a mark continues
 * there: one quotation per paragraph, each to the end of its paragraph.</li>
 * <li>Any other quotation left open ends at the end of the sentence in which it opens; so does one
 * whose mark is followed, in a later sentence, by a new opening mark. An unbalanced mark therefore never
 * runs past its sentence, and never past its paragraph.</li>
 * <li>Single marks (‘ ’ and ') quote only outside double-quoted text (headlines, British style) and
 * only with a closing mark in the same paragraph: an unmatched single mark is an apostrophe. Inside
 * a double-quoted quotation they are a nested quotation, which stays part of the outer one (spans of
 * one layer never overlap).</li>
 * <li>Content: marks excluded, whitespace trimmed, and a comma or full stop right before the closing
 * mark (or, for an unclosed quotation, at the end of its sentence) excluded.</li>
 * </ul>
 * Attribute values of markup left in a text ({@code author="..."}) are no quotations. Names being named
 * ("known as the ...") are told apart later, by {@link NamingContext}.
 */
public final class QuoteSpanFinder {

    /** A stretch of text: a paragraph or a sentence. */
    public record Range(int begin, int end) {
    }

    private QuoteSpanFinder() {
    }

    /**
     * The quotations of {@code text}, in text order.
     *
     * @param paragraphs the paragraphs, in order; line breaks when empty
     * @param sentences the sentences, in order; a simple split at . ! ? when empty
     */
    public static List<QuoteSpan> find(String text, List<Range> paragraphs, List<Range> sentences) {
        List<Range> paras = paragraphs.isEmpty() ? lines(text) : paragraphs;
        List<Range> sents = sentences.isEmpty() ? simpleSentences(text, paras) : sentences;
        List<QuoteSpan> result = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            Range para = paras.get(p);
            boolean nextOpens = p + 1 < paras.size() && opensWithMark(text, paras.get(p + 1));
            List<QuoteSpan> doubles = new ArrayList<>();
            scanDoubles(text, para, sents, nextOpens, doubles);
            List<QuoteSpan> singles = scanSingles(text, para, doubles);
            // a single-quoted quotation around double marks (British style) is the outer one
            doubles.removeIf(d -> insideSingle(d, singles));
            result.addAll(doubles);
            result.addAll(singles);
        }
        result.removeIf(q -> !hasWord(text, q.contentBegin(), q.contentEnd()) || markup(text, q.open()));
        result.sort(Comparator.comparingInt(QuoteSpan::open));
        return result;
    }

    private static void scanDoubles(String text, Range para, List<Range> sents, boolean nextOpens, List<QuoteSpan> out) {
        int open = -1;
        int depth = 0;
        int lastStraight = -1;
        int lastCurlyClose = -1;
        for (int i = para.begin(); i < para.end(); i++) {
            char c = text.charAt(i);
            lastStraight = c == '"' ? i : lastStraight;
            lastCurlyClose = c == '\u201D' ? i : lastCurlyClose;
        }
        for (int i = para.begin(); i < para.end(); i++) {
            char c = text.charAt(i);
            if (!QuoteMarks.isDouble(c)) {
                continue;
            }
            Direction dir = QuoteMarks.direction(text, i);
            if (open < 0) {
                if (dir != Direction.CLOSE) {
                    open = i;
                    depth = 1;
                }
                // a closing mark with nothing open is stray: ignored
                continue;
            }
            if (dir == Direction.AMBIGUOUS) {
                dir = Direction.CLOSE; // a straight mark inside a quotation closes it
            }
            if (dir == Direction.CLOSE) {
                if (--depth == 0) {
                    out.add(content(text, open, open + 1, i, i, Ending.CLOSED, false));
                    open = -1;
                }
            } else if (i >= sentenceEnd(sents, open, para) && !nestedInOtherTypeface(text.charAt(open), c,
                    text.charAt(open) == '"' ? lastStraight : lastCurlyClose, i,
                    nextOpens && open == firstNonSpace(text, para))) {
                // a new quotation in a later sentence: the open one was never closed
                out.add(unclosed(text, open, sents, para));
                open = i;
                depth = 1;
            } else {
                depth++; // a quotation nested with the same marks
            }
        }
        if (open >= 0) {
            out.add(nextOpens ? content(text, open, open + 1, para.end(), -1, Ending.CONTINUED, false)
                    : unclosed(text, open, sents, para));
        }
    }

    /**
     * An opening mark in a later sentence than the open quotation's, of the other typeface ("...passionate.
     * It comes across as “too loud” or “too shrill.”"), where a mark of the open one's typeface still closes it
     * later in the paragraph, or the open one opens a paragraph that the next continues (Q5, a quoted excerpt):
     * a quotation nested inside the open one, not a new one after an unclosed one.
     */
    private static boolean nestedInOtherTypeface(char opener, char mark, int lastCloserOfOpenersKind, int at,
            boolean continuedParagraph) {
        boolean otherTypeface = (opener == '"') != (mark == '"');
        return otherTypeface && (lastCloserOfOpenersKind > at || continuedParagraph);
    }

    /** The first offset of a paragraph that is no white space (its end when there is none). */
    private static int firstNonSpace(String text, Range para) {
        int i = para.begin();
        while (i < para.end() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Single-quoted quotations of a paragraph outside its double-quoted ones. Linear in the paragraph:
     * the candidate closing marks after each offset are precomputed, right to left.
     */
    private static List<QuoteSpan> scanSingles(String text, Range para, List<QuoteSpan> doubles) {
        int base = para.begin();
        int n = para.end() - base;
        boolean[] inside = new boolean[n];
        for (QuoteSpan d : doubles) { // disjoint regions: linear in total
            for (int k = Math.max(d.open(), base); k < Math.min(d.regionEnd(), para.end()); k++) {
                inside[k - base] = true;
            }
        }
        // the first closing mark at or after each offset: strong, and weak (possibly a plural possessive)
        int[] nextStrong = new int[n + 1];
        int[] nextWeak = new int[n + 1];
        nextStrong[n] = -1;
        nextWeak[n] = -1;
        for (int k = n - 1; k >= 0; k--) {
            nextStrong[k] = nextStrong[k + 1];
            nextWeak[k] = nextWeak[k + 1];
            int j = base + k;
            if (!inside[k] && QuoteMarks.mayCloseSingle(text, j)) {
                if (QuoteMarks.weakSingleClose(text, j)) {
                    nextWeak[k] = j;
                } else {
                    nextStrong[k] = j;
                }
            }
        }
        List<QuoteSpan> out = new ArrayList<>();
        int i = base;
        while (i < para.end()) {
            if (inside[i - base] || !QuoteMarks.mayOpenSingle(text, i)) {
                i++;
                continue;
            }
            int strong = nextStrong[i + 1 - base];
            int close = strong >= 0 ? strong : nextWeak[i + 1 - base];
            if (close < 0) {
                i++; // unmatched: an apostrophe, not a quotation
                continue;
            }
            out.add(content(text, i, i + 1, close, close, Ending.CLOSED, true));
            i = close + 1;
        }
        return out;
    }

    /** Whether a double-quoted quotation lies inside one of the (disjoint, ordered) single-quoted ones. */
    private static boolean insideSingle(QuoteSpan d, List<QuoteSpan> singles) {
        int lo = 0;
        int hi = singles.size() - 1;
        int found = -1;
        while (lo <= hi) { // the last single opening before d
            int mid = (lo + hi) >>> 1;
            if (singles.get(mid).open() < d.open()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && d.regionEnd() <= singles.get(found).regionEnd();
    }

    private static QuoteSpan unclosed(String text, int open, List<Range> sents, Range para) {
        return content(text, open, open + 1, sentenceEnd(sents, open, para), -1, Ending.UNCLOSED, false);
    }

    private static QuoteSpan content(String text, int open, int begin, int end, int close, Ending ending, boolean single) {
        int[] t = trimContent(text, begin, end);
        // a transcript label ("PENCE: ...") names the source and is outside the quotation (H28)
        t[0] += TranscriptLabels.length(text.subSequence(t[0], t[1]));
        return new QuoteSpan(open, t[0], t[1], close, ending, single);
    }

    /**
     * The content of a quotation between {@code begin} and {@code end} (marks already excluded) trimmed by
     * the scheme: no outer white space, no comma or full stop at the end. Returns {begin, end}.
     */
    public static int[] trimContent(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b && droppableFinalPunctuation(text, b, e)) {
            e--;
            while (e > b && isSpace(text.charAt(e - 1))) {
                e--;
            }
        }
        return new int[] {b, e};
    }

    /** A comma or a full stop that ends the quoted words; not the dots of an ellipsis or of "U.S.". */
    private static boolean droppableFinalPunctuation(String text, int b, int e) {
        char last = text.charAt(e - 1);
        if (last == ',') {
            return true;
        }
        if (last != '.') {
            return false;
        }
        if (e - 2 >= b && text.charAt(e - 2) == '.') {
            return false;
        }
        // an initialism such as U.S. keeps its point
        return !(e - 4 >= b && text.charAt(e - 3) == '.' && Character.isUpperCase(text.charAt(e - 2))
                && Character.isUpperCase(text.charAt(e - 4)));
    }

    /** End of the sentence holding {@code offset}, never past the paragraph (sentences in order: binary search). */
    private static int sentenceEnd(List<Range> sents, int offset, Range para) {
        int lo = 0;
        int hi = sents.size() - 1;
        int found = -1;
        while (lo <= hi) { // the last sentence beginning at or before offset
            int mid = (lo + hi) >>> 1;
            if (sents.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found >= 0 && offset < sents.get(found).end()) {
            return Math.min(sents.get(found).end(), para.end());
        }
        return para.end();
    }

    private static boolean opensWithMark(String text, Range para) {
        int i = firstNonSpace(text, para);
        return i < para.end() && QuoteMarks.isDouble(text.charAt(i)) && QuoteMarks.direction(text, i) != Direction.CLOSE;
    }

    /** An attribute value in markup that made it into the text: {@code author="..."}. */
    private static boolean markup(String text, int open) {
        return open > 0 && text.charAt(open - 1) == '=';
    }

    private static boolean hasWord(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Paragraphs at line breaks, for callers without Paragraph annotations. */
    static List<Range> lines(String text) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (text.substring(start, i).strip().length() > 0) {
                    out.add(new Range(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A sentence ends after . ! or ? (and any closing marks) before whitespace, or at a paragraph end. */
    static List<Range> simpleSentences(String text, List<Range> paras) {
        List<Range> out = new ArrayList<>();
        for (Range p : paras) {
            int start = p.begin();
            for (int i = p.begin(); i < p.end(); i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && (i + 1 == p.end() || isSpace(text.charAt(i + 1)))) {
                    out.add(new Range(start, i + 1));
                    start = i + 1;
                }
            }
            if (text.substring(start, p.end()).strip().length() > 0) {
                out.add(new Range(start, p.end()));
            }
        }
        return out;
    }
}
