package org.annocorpus.ner;

import java.util.List;

/** How a sentence is capitalised, which decides how much a capital letter says about a name. */
public final class Casing {

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

    /**
     * True when the sentence is written in title case, as headlines are: at least four words of four or
     * more letters, and all of them capitalised (in running text, verbs and common nouns are not).
     */
    public static boolean isTitleCase(List<NerToken> tokens) {
        int words = 0;
        int capitalised = 0;
        for (NerToken token : tokens) {
            String t = token.text();
            if (t.length() < 4 || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(t.charAt(0))) {
                capitalised++;
            }
        }
        return words >= 4 && capitalised == words && !isAllCaps(tokens);
    }
}
