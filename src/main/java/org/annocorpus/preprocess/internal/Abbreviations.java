package org.annocorpus.preprocess.internal;

import java.util.Set;

/**
 * English abbreviations whose full stop ends no sentence when a capital or a number follows: titles and
 * honorifics before a name ("Sen. Ted Cruz", "Mrs. Clinton"), middle initials ("George W. Bush"), months
 * and "No." before a number ("Aug. 15", "No. 2"), and dotted abbreviations before a lower-case word
 * ("the E.U. is"). OpenNLP's English UD sentence model ends a sentence after "Mrs.", "Sen.", "Rep." and
 * "Gen." and then tokenizes the full stop apart; these are the cases to undo.
 */
public final class Abbreviations {

    private Abbreviations() {
    }

    /**
     * Titles and honorifics written with a full stop before a name. "Jr." and "St." are not here: "Martin
     * Luther King Jr." and "Main St." end sentences.
     */
    static final Set<String> BEFORE_NAMES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Sens",
            "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Gens", "Col", "Capt", "Maj", "Sgt", "Cpl", "Pvt", "Adm",
            "Cmdr", "Rev", "Fr", "Hon", "Del", "Amb", "Supt", "Det", "Insp", "Atty", "Pres");

    /** Words written with a full stop before a number ("Aug. 15", "No. 2"). */
    static final Set<String> BEFORE_NUMBERS = Set.of("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec", "No", "Nos");

    /**
     * Whether a sentence break after {@code before} (the text up to and including the previous sentence's
     * last character) and before {@code after} (the next sentence's first characters) is a slip of the
     * splitter: the previous sentence ends in an abbreviation's full stop and what follows continues it.
     */
    public static boolean continuesAfter(CharSequence before, CharSequence after) {
        String word = lastWordBeforeStop(before);
        if (word == null || after.length() == 0) {
            return false;
        }
        char next = after.charAt(0);
        if (Character.isUpperCase(next)) {
            return BEFORE_NAMES.contains(word) || initial(before, word);
        }
        if (Character.isDigit(next)) {
            return BEFORE_NUMBERS.contains(word) || dotted(word);
        }
        return Character.isLowerCase(next) && (dotted(word) || BEFORE_NAMES.contains(word)
                || BEFORE_NUMBERS.contains(word) || word.length() == 1);
    }

    /**
     * The word before a final full stop ("Mrs" of "... Mrs."; "E.U" of "the E.U."), or null when the text
     * does not end in a full stop right after a word.
     */
    static String lastWordBeforeStop(CharSequence text) {
        int end = text.length() - 1;
        if (end < 1 || text.charAt(end) != '.') {
            return null;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1))
                || text.charAt(start - 1) == '.' && start - 1 > 0 && Character.isLetter(text.charAt(start - 2)))) {
            start--;
        }
        if (start == end || start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && "(\"'“‘[".indexOf(text.charAt(start - 1)) < 0) {
            return null;
        }
        return text.subSequence(start, end).toString();
    }

    /** "E.U", "a.m", "N.Y": letters with full stops between them. */
    private static boolean dotted(String word) {
        return word.indexOf('.') > 0;
    }

    /**
     * A middle initial: one capital letter, or several joined by full stops, after a capitalised word or another
     * initial ("George W.", "George H. W.", "George H.W."), so that "a plan B." still ends its sentence.
     */
    private static boolean initial(CharSequence before, String word) {
        if (!word.matches("\\p{Lu}(\\.\\p{Lu})*")) {
            return false;
        }
        int k = before.length() - word.length() - 2; // before " X." or " H.W."
        if (k < 0 || !Character.isWhitespace(before.charAt(k))) {
            return false;
        }
        while (k >= 0 && Character.isWhitespace(before.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && !Character.isWhitespace(before.charAt(k))) {
            k--;
        }
        String previous = before.subSequence(k + 1, end).toString();
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                && Character.isLetter(previous.charAt(previous.length() - 1) == '.' && previous.length() > 1
                        ? previous.charAt(previous.length() - 2) : previous.charAt(previous.length() - 1));
    }
}
