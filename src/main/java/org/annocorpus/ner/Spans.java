package org.annocorpus.ner;

import java.util.Set;

/** Character-level tidying of entity spans. */
final class Spans {

    /** Abbreviations whose full stop belongs to the name ("Lloyd Austin Jr.", "Acme Inc."). */
    private static final Set<String> ABBREVIATIONS = Set.of("Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "St", "Mt", "Bros",
            "Dept", "Gen", "Adm", "Col", "Ave",
            // US states as news writing abbreviates them (AP style) after a city or in a party tag: "Flint, Mich."
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
            "Wash", "Wis", "Wyo");

    /** True when {@code word} (without its full stop) is an abbreviation that keeps the full stop after it. */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }

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
