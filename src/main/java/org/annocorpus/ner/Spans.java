package org.annocorpus.ner;

import java.util.Set;

/** Character-level tidying of entity spans. */
final class Spans {

    /** Abbreviations whose full stop belongs to the name ("Lloyd Austin Jr.", "Acme Inc."). */
    private static final Set<String> ABBREVIATIONS = Set.of("Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "St", "Mt", "Bros",
            "Dept", "Gen", "Adm", "Col", "Ave");

    private Spans() {
    }

    /**
     * {@code begin..end} without white space and punctuation at either end; a final full stop stays
     * after an abbreviation ("U.S.", "J.", "Inc."). Null when no letter or digit is left.
     */
    static int[] trim(String text, int begin, int end) {
        while (begin < end && !Character.isLetterOrDigit(text.codePointAt(begin))) {
            begin += Character.charCount(text.codePointAt(begin));
        }
        while (end > begin) {
            int cp = text.codePointBefore(end);
            if (Character.isLetterOrDigit(cp) || cp == '.' && isAbbreviationEnd(text, begin, end)
                    || cp == ')' && text.substring(begin, end).contains("(") || cp == '+') {
                break;
            }
            end -= Character.charCount(cp);
        }
        return begin < end ? new int[] {begin, end} : null;
    }

    /** True when the full stop at {@code end-1} ends an abbreviation. */
    private static boolean isAbbreviationEnd(String text, int begin, int end) {
        int wordStart = end - 1;
        while (wordStart > begin && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '-') {
            wordStart--;
        }
        String word = text.substring(wordStart, end - 1);
        if (word.isEmpty()) {
            return false;
        }
        // "U.S.", "U.K.", "J." or a known abbreviation
        return word.indexOf('.') >= 0 || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word);
    }
}
