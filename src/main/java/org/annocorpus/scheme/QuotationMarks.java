package org.annocorpus.scheme;

/**
 * Quotation marks written as two characters (annotation scheme, Q1; GUIDELINES H32): the NYT archive's
 * {@code ''...''} and the Penn Treebank's {@code ``...''} are double marks. Extractors, importers and the
 * gold validator read them through {@link #withTwoCharacterMarks}, so that one rule decides them.
 */
public final class QuotationMarks {

    private QuotationMarks() {
    }

    /**
     * The text with each two-character mark rewritten as one double mark and a space, offsets kept: an
     * opening pair (a backquote pair, or two apostrophes after a space, a line start or an opening bracket
     * or dash, before a non-space) becomes {@code " \""}, with the mark next to the quoted words; a closing
     * pair becomes {@code "\" "}; of three closing apostrophes the last two are the pair, the first closes a
     * nested single mark. Marks found in the result stand where the text's pairs stand.
     */
    public static String withTwoCharacterMarks(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i + 1 < out.length; i++) {
            char c = text.charAt(i);
            if ((c != '\'' && c != '`') || text.charAt(i + 1) != c) {
                continue;
            }
            boolean opens = c == '`' || ((i == 0 || opensAfter(text.charAt(i - 1)))
                    && i + 2 < text.length() && !Character.isWhitespace(text.charAt(i + 2)));
            if (!opens && c == '\'' && i + 2 < text.length() && text.charAt(i + 2) == '\'') {
                continue; // three closing apostrophes: a nested single mark, then the pair ("'old-school,'''")
            }
            out[i] = opens ? ' ' : '"';
            out[i + 1] = opens ? '"' : ' ';
            i++;
        }
        return new String(out);
    }

    /** The same for a text as code points (the characters rewritten are all ASCII). */
    public static int[] withTwoCharacterMarks(int[] codePoints) {
        String s = new String(codePoints, 0, codePoints.length);
        String rewritten = withTwoCharacterMarks(s);
        return rewritten == s ? codePoints : rewritten.codePoints().toArray();
    }

    private static boolean opensAfter(char left) {
        return Character.isWhitespace(left) || Character.isSpaceChar(left) || "([{<\u2014\u2013-/:".indexOf(left) >= 0
                || left == '\u201C' || left == '\u2018' || left == '\u00AB' || left == '\u201E';
    }
}
