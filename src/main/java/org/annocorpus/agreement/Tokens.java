package org.annocorpus.agreement;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens that token-level agreement counts: the word-boundary segments of Unicode text segmentation
 * (UAX #29, as {@link BreakIterator#getWordInstance} implements it) that are not white space. Words,
 * numbers ("54,000" is one token) and each punctuation mark are tokens. Both annotators' texts are the
 * same, so both are cut the same way.
 */
public final class Tokens {

    /** A token's UTF-16 offsets, end exclusive. */
    public record Token(int begin, int end) {
    }

    private Tokens() {
    }

    public static List<Token> of(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        List<Token> tokens = new ArrayList<>();
        int begin = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; begin = end, end = words.next()) {
            if (!blank(text, begin, end)) {
                tokens.add(new Token(begin, end));
            }
        }
        return tokens;
    }

    /** White space in the Unicode sense, no-break spaces included (which Character.isWhitespace excludes). */
    private static boolean blank(String text, int begin, int end) {
        for (int i = begin; i < end;) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
