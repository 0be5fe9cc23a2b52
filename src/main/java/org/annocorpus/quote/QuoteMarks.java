package org.annocorpus.quote;

import java.util.regex.Pattern;

/**
 * Classifies quotation marks by glyph and by context. Typeset text gets the glyph wrong often enough
 * (a closing ” used to open a paragraph, straight marks everywhere) that the characters around a mark
 * decide its direction; the glyph only breaks ties.
 */
final class QuoteMarks {

    /** Direction of a mark. */
    enum Direction { OPEN, CLOSE, AMBIGUOUS }

    /** Words written with a leading apostrophe: ’90s, ’em, ’til, rock ’n’ roll. */
    private static final Pattern ELISION = Pattern.compile(
            "(?i)(\\d\\d(s|\\b)|em\\b|til\\b|tis\\b|twas\\b|cause\\b|cos\\b|cuz\\b|n\\b|bout\\b|round\\b|nuff\\b|s\\b)");

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    static boolean isMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** The direction the glyph alone says: straight marks say nothing. */
    static Direction glyph(char c) {
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB', '\u2018', '\u201A', '\u201B':
                return Direction.OPEN;
            case '\u201D', '\u00BB', '\u2019':
                return Direction.CLOSE;
            default:
                return Direction.AMBIGUOUS;
        }
    }

    /** The direction the neighbours of the mark at {@code i} say. */
    static Direction context(CharSequence text, int i) {
        boolean leftOpen = i == 0 || opensAfter(text.charAt(i - 1));
        boolean rightClose = i + 1 >= text.length() || closesBefore(text.charAt(i + 1));
        if (leftOpen && !rightClose) {
            return Direction.OPEN;
        }
        if (!leftOpen && rightClose) {
            return Direction.CLOSE;
        }
        return Direction.AMBIGUOUS;
    }

    /** Context first, glyph to break a tie. */
    static Direction direction(CharSequence text, int i) {
        Direction byContext = context(text, i);
        return byContext != Direction.AMBIGUOUS ? byContext : glyph(text.charAt(i));
    }

    /** Whether the single mark at {@code i} may open a quotation (and is no apostrophe of an elision). */
    static boolean mayOpenSingle(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '\u2018' && c != '\u201A' && c != '\u201B') {
            return false;
        }
        if (context(text, i) != Direction.OPEN) {
            return false;
        }
        int end = Math.min(text.length(), i + 6);
        return !ELISION.matcher(text.subSequence(i + 1, end)).lookingAt();
    }

    /** Whether the single mark at {@code i} may close a quotation: a mark after a word, before a break. */
    static boolean mayCloseSingle(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && context(text, i) == Direction.CLOSE;
    }

    /**
     * A closing single mark that could as well be the apostrophe of a plural possessive ("the
     * countries’ leaders"): after an s, before a space and a word.
     */
    static boolean weakSingleClose(CharSequence text, int i) {
        char left = i > 0 ? text.charAt(i - 1) : ' ';
        if (left != 's' && left != 'S') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j > i + 1 && j < text.length() && Character.isLetterOrDigit(text.charAt(j));
    }

    private static boolean opensAfter(char left) {
        return Character.isWhitespace(left) || Character.isSpaceChar(left) || "([{<\u2014\u2013-/:".indexOf(left) >= 0
                || left == '\u201C' || left == '\u2018' || left == '\u00AB' || left == '\u201E';
    }

    private static boolean closesBefore(char right) {
        return Character.isWhitespace(right) || Character.isSpaceChar(right)
                || ".,;:!?)]}>\u2026\u2014\u2013-/".indexOf(right) >= 0 || isMark(right);
    }
}
