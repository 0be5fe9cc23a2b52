package org.annocorpus.quote;

import java.util.Set;
import java.util.regex.Pattern;

import org.annocorpus.quote.TextModel.Tok;

/**
 * The whole noun phrase around a source's mention, as PolNeAR marks a Source: the titles and premodifiers
 * before the name ("White House press secretary Josh Earnest", "Mr. Obama", "the Rev. Peter Wherry"), and after
 * it a parenthesis ("Sen. Claire McCaskill (D-Mo.)"), an "of" phrase naming a place or body ("Representative
 * Charles B. Rangel of New York") and an apposition ("Kenneth Baer, a former Obama administration official who
 * runs Crosscut Strategies"; before the verb with its closing comma: "Brian Fallon, the campaign’s press
 * secretary, noted"). The scheme's mention is the name alone (GUIDELINES N2); this phrase is for
 * {@link QuotationAnnotator#SPEAKER_MENTION_SOURCE}. Pronouns stay as they are. The phrase holds only narrative
 * tokens of the mention's sentence.
 */
final class SourcePhrase {

    /** Words that may open an apposition after a comma besides determiners, adjectives, nouns and numbers. */
    private static final Set<String> APPOSITION_OPENERS = Set.of("who", "whose", "which", "of", "his", "her", "its",
            "their");

    /** Punctuation that ends an apposition after the cue ("said X, a lawyer."). */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ":", ";");

    /** A year, which is no premodifier of a name ("In 2016 Tom Reyes said"). */
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    /** Words looked at after a preposition for an occasion of speaking ("in a televised interview"). */
    private static final int OCCASION_WORDS = 4;

    /** Longest parenthesis taken into the phrase ("(R-Wis.)", "(D)"), in tokens between the brackets. */
    private static final int MAX_PARENTHESIS = 6;

    private final TextModel m;

    SourcePhrase(TextModel m) {
        this.m = m;
    }

    /** The phrase around {@code mention}: the mention itself for a pronoun. */
    Mention of(Mention mention) {
        if (mention.isPronoun()) {
            return mention;
        }
        int first = start(mention.first());
        int last = end(mention.last(), afterCue(first));
        return new Mention(m.tok(first).begin(), m.tok(last).end(), first, last, null, mention.referent(),
                mention.count());
    }

    /**
     * The first token of the premodifiers before token {@code first}: none when the mention opens with its own
     * determiner ("In Washington the president said").
     */
    private int start(int first) {
        if (m.tok(first).is("DET")) {
            return first;
        }
        int k = first;
        while (k > 0 && inPhrase(k - 1, first)) {
            Tok t = m.tok(k - 1);
            k--;
            if (t.is("DET")) {
                break; // a determiner opens the phrase
            }
        }
        return k;
    }

    /** Whether token {@code k} is a title or honorific ("Mr.", "Sen.", "President"). */
    private boolean title(int k) {
        Tok t = m.tok(k);
        return Lexicons.isTitleAbbreviation(t.text()) || Lexicons.isTitle(t.lower());
    }

    /** Whether the phrase starting at token {@code first} follows its cue: a verb ("said X") or "according to". */
    private boolean afterCue(int first) {
        if (first == 0 || !sameSentence(first - 1, first)) {
            return false;
        }
        return isVerb(first - 1) || (m.tok(first - 1).lower().equals("to") && first > 1
                && m.tok(first - 2).lower().equals("according"));
    }

    /** Whether token {@code k} is a premodifier of the phrase that goes on at {@code k + 1}. */
    private boolean inPhrase(int k, int first) {
        if (!m.narrative(k) || !sameSentence(k, first)) {
            return false;
        }
        Tok t = m.tok(k);
        String lower = t.lower();
        if (Lexicons.TIME_NOUNS.contains(lower) || Lexicons.OCCASION_NOUNS.contains(lower) || YEAR.matcher(lower).matches()) {
            return false; // "On Tuesday Trump said", "In a Bloomberg interview Trump declared", "In 2016 Reyes said"
        }
        if (title(k)) {
            return true;
        }
        if (t.is("DET")) {
            return lower.equals("the") || lower.equals("a") || lower.equals("an");
        }
        if (lower.equals("of")) { // "Secretary of State John F. Kerry"
            return k > 0 && m.narrative(k - 1) && sameSentence(k - 1, k) && m.tok(k - 1).capitalised()
                    && m.tok(k + 1).capitalised();
        }
        return t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM") || t.possessive();
    }

    /**
     * The last token of the phrase whose name ends at token {@code last}; {@code afterCue}: the phrase follows its
     * verb or "according to" ("said X, a lawyer", "according to X, a lawyer").
     */
    private int end(int last, boolean afterCue) {
        int k = last;
        while (true) {
            int next = parenthesis(k);
            if (next == k) {
                next = ofPlace(k);
            }
            if (next == k) {
                break;
            }
            k = next;
        }
        return apposition(k, afterCue);
    }

    /** The closing bracket of a short parenthesis right after token {@code k}, or {@code k}. */
    private int parenthesis(int k) {
        if (!narrativeAfter(k) || !sameSentence(k + 1, k) || !m.tok(k + 1).text().equals("(")) {
            return k;
        }
        for (int j = k + 2; j <= k + 2 + MAX_PARENTHESIS && narrativeAfter(j - 1) && sameSentence(j, k); j++) {
            if (m.tok(j).text().equals(")")) {
                return j;
            }
        }
        return k;
    }

    /** The last word of an "of" phrase naming a place or body right after token {@code k} ("of the Sierra Club"), or {@code k}. */
    private int ofPlace(int k) {
        if (!narrativeAfter(k) || !sameSentence(k + 1, k) || !m.tok(k + 1).lower().equals("of")) {
            return k;
        }
        int j = k + 2;
        if (narrativeAfter(j - 1) && sameSentence(j, k) && m.tok(j).lower().equals("the")) {
            j++;
        }
        int end = j - 1;
        while (narrativeAfter(end) && sameSentence(end + 1, k) && m.tok(end + 1).is("PROPN")) {
            end++;
        }
        return end >= j ? end : k;
    }

    /**
     * The last token of an apposition after a comma right after token {@code k}, or {@code k}. Before the verb
     * the apposition must end in a comma and the verb; after the cue it runs to the end of the sentence, a
     * quotation, a colon, or a comma that opens a clause ("..., adding", "..., he said").
     */
    private int apposition(int k, boolean afterCue) {
        if (!narrativeAfter(k + 1) || !sameSentence(k + 2, k) || !Phrases.isComma(m.tok(k + 1))
                || !opensApposition(k + 2)) {
            return k;
        }
        for (int j = k + 2; ; j++) {
            boolean ends = !narrativeAfter(j) || !sameSentence(j + 1, k) || CLAUSE_ENDS.contains(m.tok(j + 1).text())
                    || (Phrases.isComma(m.tok(j + 1)) && !narrativeAfter(j + 1)); // ", “...": the quotation goes on
            if (ends) {
                return afterCue ? j : k; // before the verb, an apposition that never closes is none
            }
            if (Phrases.isComma(m.tok(j + 1))) {
                if (verbFollows(j + 2)) {
                    return afterCue ? j : j + 1;
                }
                if (afterCue && (opensClause(j + 2) || occasion(j + 2))) {
                    return j; // "..., he said", "..., in a statement": the phrase has ended
                }
            }
        }
    }

    /**
     * Whether a prepositional phrase of the occasion or time of speaking starts at token {@code k} ("in a statement",
     * "on Tuesday"): the verb's, not the source's.
     */
    private boolean occasion(int k) {
        if (!m.tok(k).is("ADP")) {
            return false;
        }
        for (int j = k + 1; j <= k + OCCASION_WORDS && m.narrative(j) && sameSentence(j, k); j++) {
            String w = m.tok(j).lower();
            if (Lexicons.OCCASION_NOUNS.contains(w) || Lexicons.TIME_NOUNS.contains(w)) {
                return true;
            }
            if (!(m.tok(j).is("DET") || m.tok(j).is("ADJ") || m.tok(j).is("NOUN") || m.tok(j).is("PROPN")
                    || m.tok(j).is("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a clause of its own starts at token {@code k}: a subject pronoun or a subordinator. */
    private boolean opensClause(int k) {
        Tok t = m.tok(k);
        return (t.is("PRON") && !APPOSITION_OPENERS.contains(t.lower())) || t.is("SCONJ");
    }

    /** Whether token {@code k} may open an apposition: "a lawyer", "the chief", "82", "who runs", "its lawyer", "R-Ky.". */
    private boolean opensApposition(int k) {
        Tok t = m.tok(k);
        return t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.is("NUM") || t.is("PROPN")
                || APPOSITION_OPENERS.contains(t.lower()) || Lexicons.isTitle(t.lower());
    }

    /** Whether a verb comes at token {@code k}, perhaps after one adverb ("then appeared"). */
    private boolean verbFollows(int k) {
        if (m.narrative(k) && m.tok(k).is("ADV")) {
            k++;
        }
        return m.narrative(k) && isVerb(k);
    }

    private boolean isVerb(int k) {
        return m.tok(k).is("VERB") || m.tok(k).is("AUX");
    }

    /** Whether the token after {@code k} exists and is narrative. */
    private boolean narrativeAfter(int k) {
        return m.narrative(k + 1);
    }

    private boolean sameSentence(int a, int b) {
        return m.sameSentence(a, b);
    }
}
