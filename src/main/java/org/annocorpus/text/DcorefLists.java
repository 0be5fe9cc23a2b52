package org.annocorpus.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annocorpus.util.TsvResource;

/**
 * What the word lists of Stanford's deterministic coreference system tell about persons
 * ({@code edu/stanford/nlp/models/dcoref/} in the CoreNLP models jar the project already depends on,
 * GPL-3.0-or-later): which common nouns are inanimate (Ji and Lin 2009), and the gender of first names.
 * A pronoun such as "she" never stands for "the woman's enthusiasm" (an inanimate head) nor for a person
 * the document calls "Donald Trump" (a masculine first name).
 */
public final class DcorefLists {

    private static final String LISTS = "/edu/stanford/nlp/models/dcoref/";

    private DcorefLists() {
    }

    /** True when the lists know {@code noun} (any case) as inanimate and not also as animate. */
    public static boolean inanimate(String noun) {
        return Animacy.INANIMATE.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** True when the lists know {@code noun} (any case) as animate and not also as inanimate. */
    public static boolean animate(String noun) {
        return Animacy.ANIMATE.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** +1 for a masculine first name, -1 for a feminine one, 0 for one the list gives both or does not know. */
    public static int firstNameGender(String firstName) {
        return FirstNames.GENDER.getOrDefault(firstName.toLowerCase(Locale.ROOT), 0);
    }

    /** Whether the list knows the word as a first name, of either gender or both. */
    public static boolean isFirstName(String word) {
        return FirstNames.GENDER.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use: the lists hold some 115,000 words; a word on both is on neither. */
    private static final class Animacy {
        static final Set<String> INANIMATE;
        static final Set<String> ANIMATE;

        static {
            Set<String> animate = column("animate.unigrams.txt");
            Set<String> inanimate = column("inanimate.unigrams.txt");
            Set<String> both = new HashSet<>(animate);
            both.retainAll(inanimate);
            animate.removeAll(both);
            inanimate.removeAll(both);
            ANIMATE = Set.copyOf(animate);
            INANIMATE = Set.copyOf(inanimate);
        }

        private static Set<String> column(String file) {
            Set<String> out = new HashSet<>();
            for (String line : TsvResource.lines(LISTS + file)) {
                out.add(line.strip().toLowerCase(Locale.ROOT));
            }
            return out;
        }
    }

    private static final class FirstNames {
        static final Map<String, Integer> GENDER = genders();

        /**
         * namegender.combine.txt: "name TAB MALE|FEMALE", a name on two lines when it is given to both; the
         * few rows of another shape ("c TAB > TAB MALE") are skipped.
         */
        private static Map<String, Integer> genders() {
            Map<String, Integer> out = new HashMap<>();
            for (String line : TsvResource.lines(LISTS + "namegender.combine.txt")) {
                String[] f = line.split("\t");
                if (f.length != 2 || !f[0].strip().matches("\\p{L}[\\p{L}'-]*")) {
                    continue;
                }
                int g = f[1].strip().equals("MALE") ? 1 : f[1].strip().equals("FEMALE") ? -1 : 0;
                out.merge(f[0].strip().toLowerCase(Locale.ROOT), g, (a, b) -> a.equals(b) ? a : 0);
            }
            return Map.copyOf(out);
        }
    }
}
