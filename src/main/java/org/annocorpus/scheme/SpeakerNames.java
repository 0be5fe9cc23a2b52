package org.annocorpus.scheme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares quotation speakers as the scheme asks: normalised (lower case, titles and punctuation removed)
 * and leniently (the last names agree). Coordinated speakers ("A & B") are compared part by part.
 */
public final class SpeakerNames {

    /**
     * Honorifics, ranks and offices that may precede a name ("Mr.", "President", "Prime Minister", "Gen.").
     * Words that could begin an organisation's name ("State", "Defense") are deliberately absent.
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "president", "vice", "prime", "deputy", "secretary", "minister", "premier",
            "chancellor", "governor", "gov", "senator", "sen", "representative", "rep", "congressman",
            "congresswoman", "mayor", "ambassador", "general", "gen", "lieutenant", "lt", "colonel", "col", "major",
            "maj", "captain", "capt", "admiral", "adm", "commander", "sergeant", "sgt", "king", "queen", "prince",
            "princess", "pope", "reverend", "rev", "rabbi", "imam", "sheikh", "judge", "justice", "chairman",
            "chairwoman", "the", "a", "an");
    /** Generational suffixes, not last names ("Lloyd J. Austin III"). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private SpeakerNames() {
    }

    /** Equal after normalisation; two empty speakers agree. */
    public static boolean agree(String gold, String system) {
        return normalise(gold).equals(normalise(system));
    }

    /** The last names agree, part by part, in any order of the parts. */
    public static boolean agreeLeniently(String gold, String system) {
        return lastNames(gold).equals(lastNames(system));
    }

    /** Lower case, punctuation removed, leading titles removed, parts joined by " & ". */
    public static String normalise(String speaker) {
        return String.join(" & ", parts(speaker).stream().map(part -> String.join(" ", part)).toList());
    }

    static List<String> lastNames(String speaker) {
        List<String> names = new ArrayList<>();
        for (List<String> part : parts(speaker)) {
            int last = part.size() - 1;
            while (last > 0 && SUFFIXES.contains(part.get(last))) {
                last--;
            }
            names.add(part.get(last));
        }
        names.sort(null);
        return names;
    }

    /** The words of each coordinated part, titles removed; never an empty part. */
    private static List<List<String>> parts(String speaker) {
        String text = Normalizer.normalize(speaker == null ? "" : speaker, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<List<String>> parts = new ArrayList<>();
        for (String part : text.split("&")) {
            String words = part.replaceAll("\\p{P}", "").strip();
            if (words.isEmpty()) {
                continue;
            }
            List<String> tokens = new ArrayList<>(Arrays.asList(words.split("\\s+")));
            while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
                tokens.remove(0);
            }
            parts.add(tokens);
        }
        return parts;
    }
}
