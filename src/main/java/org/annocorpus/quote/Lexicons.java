package org.annocorpus.quote;

import static org.annocorpus.util.Sets.union;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annocorpus.scheme.Titles;
import org.annocorpus.text.DcorefLists;
import org.annocorpus.util.TsvResource;

/**
 * The word lists the quotation extractor ships with (under {@code org/annocorpus/quote/} on the class
 * path; each file states its source and licence) and the word classes it uses from them.
 */
final class Lexicons {

    static final Set<String> SPEECH_VERBS = lowerCase(read("speech-verbs.txt"));
    /** The scheme's honorifics, titles and title parts ({@link Titles}), lower case. */
    static final Set<String> TITLES = Titles.lowerCaseForms(Titles.Kind.HONORIFIC, Titles.Kind.TITLE, Titles.Kind.PART);
    static final Set<String> DOCUMENT_NOUNS = lowerCase(read("document-nouns.txt"));
    static final Set<String> ORGANISATION_NOUNS = lowerCase(read("organisation-nouns.txt"));
    static final Set<String> RELATIONAL_NOUNS = lowerCase(read("relational-nouns.txt"));
    static final Set<String> PREPOSITIONS = lowerCase(read("prepositions.txt"));
    static final Set<String> PERSON_NOUNS = lowerCase(read("person-nouns.txt"));
    static final List<List<String>> NAME_VARIANTS = variants(read("name-variants.txt"));
    /** Abbreviated title (lower case, no full stop) → the nouns a description of its bearer uses. */
    private static final Map<String, Set<String>> TITLE_NOUNS = titleNouns();

    /** Irregular past forms of reporting verbs, alone or with a particle ("shot back"), for a lemma-less token. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("said", "say"),
            Map.entry("told", "tell"), Map.entry("wrote", "write"), Map.entry("written", "write"),
            Map.entry("thought", "think"), Map.entry("felt", "feel"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("cried", "cry"), Map.entry("replied", "reply"),
            Map.entry("denied", "deny"), Map.entry("testified", "testify"), Map.entry("implied", "imply"),
            Map.entry("shot", "shoot"), Map.entry("struck", "strike"));

    /** A past form of a verb ("said", "wrote", "indicated"; "read", which is also its present). */
    static boolean pastForm(String lower) {
        return IRREGULAR.containsKey(lower) || lower.endsWith("ed") || lower.equals("read");
    }

    /** Personal pronouns that can stand for a source, by grammatical number. */
    static final Set<String> SINGULAR_PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    /** Honorifics that tell a gender, lower case without their full stop. */
    private static final Set<String> MASCULINE_HONORIFICS = Set.of("mr");
    private static final Set<String> FEMININE_HONORIFICS = Set.of("mrs", "ms", "miss");
    /** Pronouns and honorifics that tell a person's gender (honorifics without their point). */
    static final Set<String> MASCULINE = union(Set.of("he", "him", "his", "himself"), MASCULINE_HONORIFICS);
    static final Set<String> FEMININE = union(Set.of("she", "her", "hers", "herself"), FEMININE_HONORIFICS);
    /** Nouns of persons whose gender English marks in the word itself (kin, nobility, partners), singular. */
    private static final Set<String> MASCULINE_NOUNS = Set.of("husband", "father", "son", "brother", "widower",
            "boyfriend", "uncle", "grandfather", "grandson", "nephew", "groom", "king", "prince", "dad", "boy",
            "stepfather", "stepson", "gentleman");
    private static final Set<String> FEMININE_NOUNS = Set.of("wife", "mother", "daughter", "sister", "widow",
            "girlfriend", "aunt", "grandmother", "granddaughter", "niece", "bride", "queen", "princess", "mom",
            "girl", "stepmother", "stepdaughter", "actress");

    /** +1 for a masculine noun of persons ("spokesman", "husband"), -1 for a feminine one ("wife"), else 0. */
    static int nounGender(String noun) {
        if (noun.endsWith("woman") || noun.equals("lady") || FEMININE_NOUNS.contains(noun)) {
            return -1;
        }
        return noun.endsWith("man") || MASCULINE_NOUNS.contains(noun) ? 1 : 0;
    }

    /** +1 for "Mr." ("Mr"), -1 for "Mrs.", "Ms." or "Miss", else 0. */
    static int honorificGender(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return MASCULINE_HONORIFICS.contains(w) ? 1 : FEMININE_HONORIFICS.contains(w) ? -1 : 0;
    }

    /** Words that name a day by itself ("Wednesday", "today"). */
    static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Nouns that name a time ("this week", "early Monday"): the days, and the words of other spans of time. */
    static final Set<String> TIME_NOUNS = union(DAY_WORDS, Set.of("day", "days", "week", "weeks", "weekend", "month",
            "months", "year", "years", "morning", "afternoon", "evening", "night", "spring", "summer", "autumn",
            "winter"));

    /**
     * Heads of a preposition's object that make the phrase the verb's rather than the noun's: times and the
     * occasions of speaking ("said a spokesman on Tuesday", "said an aide in a statement").
     */
    static final Set<String> OCCASION_NOUNS = Set.of("statement", "statements",
            "interview", "interviews", "email", "emails", "e-mail", "conference", "briefing", "speech", "call",
            "remarks", "tweet", "tweets", "post", "appearance", "rally", "hearing", "release", "letter", "video",
            "broadcast", "podcast", "debate", "session", "meeting", "event", "message", "note", "testimony",
            "filing", "op-ed", "column", "blog", "twitter", "facebook", "radio", "television", "tv", "show", "air",
            "camera", "record", "response", "reply", "part", "addition", "fact", "turn", "contrast", "return");

    /** Words that place a time noun relative to now ("last year", "this week"). */
    static final Set<String> RELATIVE_TIME_WORDS = Set.of("last", "this", "next", "past");

    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs");
    static final Set<String> NEUTER_PRONOUNS = Set.of("it", "its");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    /** Pronouns that may stand as a preposition's object ("a source close to him"). */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it", "us", "me", "you");
    /** Of those, the ones that stand only as objects (not "her" or "it"), with "you", which a verb before makes one. */
    static final Set<String> ONLY_OBJECT_PRONOUNS = Set.of("me", "him", "us", "them", "you");
    /**
     * Adjectives that follow a source's noun with their complement ("a person familiar with the talks",
     * "officials close to the president"), whatever the tagger made of them.
     */
    static final Set<String> COMPLEMENT_ADJECTIVES = Set.of("familiar", "close", "knowledgeable", "privy", "involved",
            "briefed", "loyal", "opposed", "sympathetic");
    /** First-person pronouns: words in the first person are speech, which fragments and scare quotes seldom are. */
    static final Set<String> FIRST_PERSON_PRONOUNS = Set.of("i", "me", "my", "we", "us", "our");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom", "whose");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "some", "any", "another", "each", "every");
    /** Words that open a phrase joining further members to a subject ("X, along with Y, said"). */
    static final List<List<String>> COMITATIVES = List.of(List.of("along", "with"), List.of("together", "with"),
            List.of("as", "well", "as"), List.of("alongside"), List.of("accompanied", "by"), List.of("joined", "by"));
    /** Nouns a "both X" or "the two X" phrase uses for a pair of places or governments. */
    static final Set<String> PLACE_NOUNS = Set.of("country", "countries", "nation", "nations", "state", "states",
            "government", "governments", "ally", "allies", "side", "sides", "capital", "capitals", "neighbour",
            "neighbours", "neighbor", "neighbors", "power", "powers");

    private Lexicons() {
    }

    /** The lemma of a reporting verb this token stands for, or null. */
    static String speechLemma(String form, String lemma) {
        return speechVerb(form, lemma, "");
    }

    /**
     * The speech verb a verb makes with the particle {@code particle} after it ("shot" + "back" is "shoot back",
     * a reply), as the list writes multi-word verbs; null when the two make none.
     */
    static String phrasalSpeechLemma(String form, String lemma, String particle) {
        return speechVerb(form, lemma, " " + particle.toLowerCase(Locale.ROOT));
    }

    /**
     * The entry of the speech verbs that the token's lemma, irregular past or de-inflected form makes with
     * {@code rest} after it ("" for a verb of one word), or null.
     */
    private static String speechVerb(String form, String lemma, String rest) {
        String l = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
        if (SPEECH_VERBS.contains(l + rest)) {
            return l + rest;
        }
        String f = form.toLowerCase(Locale.ROOT);
        List<String> stems = new ArrayList<>();
        if (IRREGULAR.containsKey(f)) {
            stems.add(IRREGULAR.get(f));
        }
        stems.addAll(deinflect(f));
        for (String stem : stems) {
            if (SPEECH_VERBS.contains(stem + rest)) {
                return stem + rest;
            }
        }
        return null;
    }

    private static List<String> deinflect(String f) {
        List<String> out = new ArrayList<>();
        out.add(f);
        for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
            if (f.endsWith(suffix) && f.length() > suffix.length() + 2) {
                String stem = f.substring(0, f.length() - suffix.length());
                out.add(stem);
                out.add(stem + "e");
                if (stem.endsWith("i")) {
                    out.add(stem.substring(0, stem.length() - 1) + "y");
                }
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    out.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return out;
    }

    /**
     * Whether a title written before a name ("Gov.", "Governor", "Rep") is the noun {@code noun} of a later
     * description ("the governor", "the congressman").
     */
    static boolean titleIsNoun(String title, String noun) {
        String t = title.toLowerCase(Locale.ROOT);
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        return t.equals(noun) || TITLE_NOUNS.getOrDefault(t, Set.of()).contains(noun);
    }

    private static Map<String, Set<String>> titleNouns() {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (TsvResource.Row row : TsvResource.rows("/org/annocorpus/quote/title-abbreviations.tsv", 2)) {
            out.computeIfAbsent(row.fields()[0].strip(), k -> new TreeSet<>()).add(row.fields()[1].strip());
        }
        return Map.copyOf(out);
    }

    /** Whether a token is an abbreviated title, with or without its full stop ("Rep.", "Gov", "Sen."). */
    static boolean isTitleAbbreviation(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return TITLE_NOUNS.containsKey(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun the animacy lists know as a person's, or one of the project's nouns of persons they miss. */
    static boolean animate(String noun) {
        return DcorefLists.animate(noun) || PERSON_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** A noun the animacy lists know as a thing's and that is none of the project's nouns of persons. */
    static boolean inanimate(String noun) {
        return DcorefLists.inanimate(noun) && !PERSON_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** A noun (by its word or its lemma) for a person who acts or speaks for another: a title or a relational noun. */
    static boolean speaksFor(TextModel.Tok noun) {
        String word = noun.lower();
        String lemma = noun.lemma() == null ? word : noun.lemma().toLowerCase(Locale.ROOT);
        return TITLES.contains(word) || TITLES.contains(lemma) || RELATIONAL_NOUNS.contains(word)
                || RELATIONAL_NOUNS.contains(lemma);
    }

    private static Set<String> lowerCase(List<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<List<String>> variants(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            List<String> group = new ArrayList<>();
            for (String v : line.split("\\|")) {
                group.add(v.strip());
            }
            out.add(List.copyOf(group));
        }
        return List.copyOf(out);
    }

    /** The entries of a word list: one a line, blank lines and {@code #} comments skipped. */
    private static List<String> read(String name) {
        return TsvResource.rows("/org/annocorpus/quote/" + name, 1).stream().map(row -> row.fields()[0].strip())
                .toList();
    }
}
