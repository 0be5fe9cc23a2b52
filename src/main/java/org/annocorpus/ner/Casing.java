package org.annocorpus.ner;

import java.util.List;
import java.util.Set;

/** How a sentence is capitalised, which decides how much a capital letter says about a name. */
final class Casing {

    private Casing() {
    }

    /** True when the sentence has letters and (nearly) all of them are capitals: a headline in capitals. */
    public static boolean isAllCaps(List<NerToken> tokens) {
        int upper = 0;
        int lower = 0;
        for (NerToken token : tokens) {
            for (int i = 0; i < token.text().length(); i++) {
                char c = token.text().charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return upper >= 4 && lower * 10 < upper;
    }

    /** Function words a title-case headline capitalises ("Strategic Alignment Against China"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("about", "above", "across", "after", "against", "along",
            "amid", "among", "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "despite",
            "down", "during", "from", "inside", "into", "like", "near", "over", "past", "since", "than", "that",
            "their", "them", "these", "they", "this", "those", "through", "toward", "towards", "under", "until",
            "upon", "what", "when", "where", "which", "while", "with", "within", "without", "will", "would", "could",
            "should", "must", "says", "said", "have", "been", "were", "more", "most", "also", "just", "only", "still",
            "very", "your", "back", "ahead", "vows", "urges", "calls", "seeks", "sees", "gets", "take",
            "takes", "make", "makes");

    /**
     * True when the sentence is a headline in title case: at least four words of four or more letters, all
     * capitalised, and at least two of them (after the first word) words that the document writes in lower
     * case elsewhere or function words. A list of names ("Mark Smith, John Jones, ...") is all capitals too,
     * but its words are names, which the document never writes in lower case.
     *
     * @param lowerCaseWords the words written in lower case in the document
     */
    public static boolean isHeadline(List<NerToken> tokens, Set<String> lowerCaseWords) {
        int words = 0;
        int capitalised = 0;
        int common = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.length() < 4 || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(t.charAt(0))) {
                capitalised++;
                String lower = t.toLowerCase(java.util.Locale.ROOT);
                if (i > 0 && (lowerCaseWords.contains(lower) || FUNCTION_WORDS.contains(lower))) {
                    common++;
                }
            }
        }
        return words >= 4 && capitalised == words && common >= 2 && !isAllCaps(tokens);
    }

    /** The words of a document written in lower case (letters only), for {@link #isHeadline}. */
    public static Set<String> lowerCaseWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        java.util.regex.Matcher m = LOWER_CASE_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}-])\\p{Ll}{4,}(?![\\p{L}])");
}
