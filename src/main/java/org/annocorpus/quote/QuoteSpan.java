package org.annocorpus.quote;

/**
 * One quotation found in the text: where its marks are and what its content is.
 *
 * @param open offset of the opening mark
 * @param contentBegin first character of the content (marks excluded, trimmed)
 * @param contentEnd end of the content (exclusive; closing mark and a comma or full stop before it excluded)
 * @param close offset of the closing mark, or -1 when the quotation has none
 * @param ending how the quotation ends
 * @param single whether it is delimited by single marks (‘ ’)
 */
public record QuoteSpan(int open, int contentBegin, int contentEnd, int close, Ending ending, boolean single) {

    /** How a quotation ends. */
    public enum Ending {
        /** At its closing mark. */
        CLOSED,
        /** At the end of its paragraph: the next paragraph opens with a mark and continues it. */
        CONTINUED,
        /** No closing mark: at the end of the sentence in which it opens. */
        UNCLOSED
    }

    /** End of the region the marks enclose: after the closing mark, or the content end when there is none. */
    public int regionEnd() {
        return close >= 0 ? close + 1 : contentEnd;
    }
}
