package org.annocorpus.preprocess;

/**
 * English clitics written at the end of a word: the possessive 's, the plural possessive ' and the
 * negation n't, with a straight or a typographic apostrophe. The UD tokenizer splits them off after a
 * straight apostrophe but leaves them attached after a typographic one ("China’s").
 */
public final class Clitics {

    private Clitics() {
    }

    /** Where a trailing clitic of {@code text[begin, end)} starts ('s, ’s, n't, n’t, s' and s’), or -1. */
    public static int start(String text, int begin, int end) {
        int length = end - begin;
        if (length >= 3 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && Character.isLetterOrDigit(text.charAt(end - 3))) {
            return end - 2;
        }
        if (length >= 4 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 't' || text.charAt(end - 1) == 'T')
                && (text.charAt(end - 3) == 'n' || text.charAt(end - 3) == 'N')) {
            return end - 3;
        }
        if (length >= 3 && isApostrophe(text.charAt(end - 1)) && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')) {
            // plural possessive "countries’"
            return end - 1;
        }
        return -1;
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
