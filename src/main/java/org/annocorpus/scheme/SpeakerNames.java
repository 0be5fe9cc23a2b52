package org.annocorpus.scheme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scheme's rules for speaker strings, the one normaliser the extractor and the scorer share: a
 * speaker is compared normalised (lower case, leading titles, punctuation and invisible format
 * characters removed) or leniently (the last names agree); generational suffixes ("Jr.", "III") are no last name; coordinated speakers
 * ("A &amp; B") are compared part by part. The quotation extractor builds its canonical names with
 * {@link #surname} and {@link #isGenerational}; the scorer compares with {@link #agree} and
 * {@link #agreeLeniently}.
 */
public final class SpeakerNames {

    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");

    /** What joins the parts of a coordinated speaker. */
    public static final String PART_SEPARATOR = " & ";

    /**
     * Honorifics, ranks and offices that may precede a name ("Mr.", "President", "Prime Minister", "Gen.").
     * Words that could begin an organisation's name ("State", "Defense") are deliberately absent. Narrower than
     * the extractors' {@link Titles}: comparing two speakers must not drop a description's "former" or "senior"
     * (GUIDELINES H49), nor make "Justice Department" and "Defense Department" one speaker.
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "president", "vice", "prime", "deputy", "secretary", "minister", "premier",
            "chancellor", "governor", "gov", "senator", "sen", "representative", "rep", "congressman",
            "congresswoman", "mayor", "ambassador", "general", "gen", "lieutenant", "lt", "colonel", "col", "major",
            "maj", "captain", "capt", "admiral", "adm", "commander", "sergeant", "sgt", "king", "queen", "prince",
            "princess", "pope", "reverend", "rev", "rabbi", "imam", "sheikh", "judge", "justice", "chairman",
            "chairwoman", "the", "a", "an");
    /** Lower-case particles inside a person's name ("Ludwig van Beethoven", "Bill de Blasio", "Zine al-Abidine Ben Ali"). */
    public static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "da", "di", "du", "del", "della",
            "der", "den", "ter", "ten", "le", "la", "dos", "das", "al", "el", "bin", "ibn", "wa", "y");
    /** Generational suffixes, not last names ("Lloyd J. Austin III"); without their point. */
    private static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv");

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
        return String.join(PART_SEPARATOR, parts(speaker).stream().map(part -> String.join(" ", part)).toList());
    }

    /** A generational suffix ("Jr.", "jr", "III"), in any case, with or without its point. */
    public static boolean isGenerational(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return GENERATIONAL.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** The last name of a name's words: the last word that is no generational suffix (the first word at least). */
    public static String surname(List<String> words) {
        int k = words.size() - 1;
        while (k > 0 && isGenerational(words.get(k))) {
            k--;
        }
        return words.get(k);
    }

    static List<String> lastNames(String speaker) {
        List<String> names = new ArrayList<>();
        for (List<String> part : parts(speaker)) {
            names.add(surname(part));
        }
        names.sort(null);
        return names;
    }

    /** The words of each coordinated part, titles removed; never an empty part. */
    private static List<List<String>> parts(String speaker) {
        // invisible format characters (a soft hyphen, a zero-width space) are no part of a name
        String text = FORMAT_CHARACTERS.matcher(
                Normalizer.normalize(speaker == null ? "" : speaker, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
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
