package org.annocorpus.eval;

/**
 * A short excerpt around an error, on one line: up to {@code width} characters either side, the erroneous
 * stretch between « and », runs of white space (line breaks and no-break spaces too) shown as one space.
 */
final class ContextWindow {

    private ContextWindow() {
    }

    /** @param begin start of the stretch, UTF-16; @param end its end, UTF-16 */
    static String around(String text, int begin, int end, int width) {
        int from = back(text, begin, width);
        int to = forward(text, end, width);
        return (from > 0 ? "…" : "") + oneLine(text.substring(from, begin)) + "«" + oneLine(text.substring(begin, end))
                + "»" + oneLine(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static int back(String text, int offset, int codePoints) {
        int available = text.codePointCount(0, offset);
        return text.offsetByCodePoints(offset, -Math.min(codePoints, available));
    }

    private static int forward(String text, int offset, int codePoints) {
        int available = text.codePointCount(offset, text.length());
        return text.offsetByCodePoints(offset, Math.min(codePoints, available));
    }

    private static String oneLine(String s) {
        return s.replaceAll("(?U)\\s+", " ");
    }
}
