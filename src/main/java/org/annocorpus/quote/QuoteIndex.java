package org.annocorpus.quote;

import java.util.Arrays;
import java.util.List;

import org.annocorpus.quote.TextModel.Tok;

/**
 * Which tokens lie inside which of a set of quotations (marks included), and each quotation's first and
 * last token. Linear: each quotation's first token is found by binary search, and only the tokens it
 * covers are visited.
 */
final class QuoteIndex {

    private final List<QuoteSpan> quotes;
    private final int[] quoteOf;
    private final int[] first;
    private final int[] last;

    QuoteIndex(List<Tok> toks, List<QuoteSpan> quotes) {
        this.quotes = List.copyOf(quotes);
        this.quoteOf = new int[toks.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < this.quotes.size(); q++) {
            QuoteSpan span = this.quotes.get(q);
            int k = tokenEndingAfter(toks, span.open());
            if (k > 0 && toks.get(k - 1).end() == span.open() && isMarkHalf(toks.get(k - 1).text())) {
                k--; // the first half of a two-character opening mark (''...'', ``...''), a token of its own
            }
            for (; k < toks.size() && toks.get(k).begin() < span.regionEnd(); k++) {
                quoteOf[k] = q;
            }
        }
        this.first = new int[this.quotes.size()];
        this.last = new int[this.quotes.size()];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
        for (int i = 0; i < toks.size(); i++) {
            int q = quoteOf[i];
            if (q >= 0) {
                if (first[q] < 0) {
                    first[q] = i;
                }
                last[q] = i;
            }
        }
    }

    /** A token that is one character of a two-character quotation mark ({@code QuotationMarks}). */
    private static boolean isMarkHalf(String text) {
        return text.equals("'") || text.equals("`");
    }

    /** First token whose end lies after {@code offset} (tokens are ordered and do not overlap). */
    private static int tokenEndingAfter(List<Tok> toks, int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Index of the quotation a token lies in, or -1 for narrative text. */
    int quoteOf(int token) {
        return quoteOf[token];
    }

    /** First token of quotation {@code q}, or -1 when it holds none. */
    int first(int q) {
        return first[q];
    }

    /** Last token of quotation {@code q}, or -1 when it holds none. */
    int last(int q) {
        return last[q];
    }
}
