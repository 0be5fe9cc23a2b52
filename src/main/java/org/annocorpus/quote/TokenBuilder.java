package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annocorpus.quote.TextModel.RawToken;
import org.annocorpus.quote.TextModel.Tok;

/**
 * The speaker attribution's tokens from the tagged tokens of a document: a glued possessive noted
 * ("America’s", "voters’"), a name the tagger took for a common word in one place ("Ortega tells") but
 * for a proper noun elsewhere tagged a proper noun, a lower-case word tagged as a preposition that is none a
 * noun, and a verb that makes a speech verb with the particle after it ("shot back") that speech verb.
 */
final class TokenBuilder {

    /** Function words other than prepositions the tagger has been seen to tag ADP, which no noun is. */
    private static final Set<String> FUNCTION_WORDS = Set.of("been", "were", "being", "have", "does", "done",
            "again", "alone", "ought", "whoever", "whomever", "whatever", "whatsoever");

    private TokenBuilder() {
    }

    static List<Tok> build(String text, List<RawToken> tokens) {
        Set<String> properForms = new HashSet<>();
        Set<String> lowerForms = new HashSet<>();
        for (RawToken raw : tokens) {
            String surface = text.substring(raw.begin(), raw.end());
            if (tag(raw).startsWith("PROPN")) {
                properForms.add(surface);
            }
            if (!surface.isEmpty() && Character.isLowerCase(surface.charAt(0))) {
                lowerForms.add(surface);
            }
        }
        List<Tok> list = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            RawToken raw = tokens.get(i);
            String surface = text.substring(raw.begin(), raw.end());
            String tag = tag(raw);
            String lemma = raw.lemma();
            boolean possessive = raw.gluedParticle();
            if (!possessive && surface.length() > 2 && !tag.equals("PART") && !tag.equals("PRON")
                    && (surface.endsWith("'s") || surface.endsWith("\u2019s"))) {
                possessive = true;
            }
            if (!possessive && surface.length() > 2 && (surface.endsWith("s'") || surface.endsWith("s\u2019"))) {
                possessive = true;
            }
            // a name the tagger took for a common word here ("Ortega tells") but for a name elsewhere
            if ((tag.equals("NOUN") || tag.equals("VERB") || tag.equals("ADJ")) && properForms.contains(surface)
                    && !lowerForms.contains(surface.toLowerCase(Locale.ROOT))) {
                tag = "PROPN";
            }
            if (tag.equals("ADP") && missedNoun(surface)) {
                tag = "NOUN";
            }
            // a verb and its particle that make a speech verb ("Trump shot back", "Romney fired back"): one verb,
            // which the tagger may have taken for a noun after a name
            String phrasal = i + 1 < tokens.size() && !surface.isEmpty() && Character.isLowerCase(surface.charAt(0))
                    ? Lexicons.phrasalSpeechLemma(surface, lemma, text.substring(tokens.get(i + 1).begin(),
                            tokens.get(i + 1).end()))
                    : null;
            if (phrasal != null) {
                tag = "VERB";
                lemma = phrasal;
            }
            list.add(new Tok(list.size(), raw.begin(), raw.end(), surface, tag, lemma, possessive));
        }
        return List.copyOf(list);
    }

    /**
     * A lower-case word of four letters or more tagged ADP that is no preposition and no adverb or verb form
     * by its ending: the tagger's guess for an unknown noun that starts like a preposition ("historian",
     * "adviser", "inspector", "frontrunner" before a name), where ADP breaks the noun phrase of a speaker.
     */
    private static boolean missedNoun(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        return surface.length() >= 4 && surface.equals(lower)
                && lower.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !Lexicons.PREPOSITIONS.contains(lower) && !FUNCTION_WORDS.contains(lower)
                && !lower.endsWith("ly") && !lower.endsWith("ed") && !lower.endsWith("ing");
    }

    /** The universal tag; X (other) for an untagged token. */
    private static String tag(RawToken raw) {
        return raw.pos() == null || raw.pos().isEmpty() ? "X" : raw.pos();
    }
}
