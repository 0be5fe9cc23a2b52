package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annocorpus.quote.TextModel.Name;
import org.annocorpus.quote.TextModel.Tok;

/**
 * Noun phrases from part-of-speech tags: finding the phrase that ends before (or starts after) a word,
 * and telling what it mentions: a pronoun, a name, coordinated names, or a common-noun phrase whose
 * determiners belong to the mention but not to the speaker's name. Only narrative tokens (outside
 * quotations) take part.
 */
final class Phrases {

    /** A noun phrase: tokens {@code first..last}. */
    record Np(int first, int last) {
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "2", 2, "3", 3, "4", 4, "5", 5);

    /**
     * Nouns of quantity and collection: in "small groups of protesters", "52 percent of registered voters" or
     * "a majority of economists" the source is what follows "of" (GUIDELINES H30).
     */
    private static final java.util.Set<String> QUANTITY_NOUNS = java.util.Set.of("group", "groups", "dozen",
            "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "percent", "majority",
            "minority", "number", "handful", "lot", "lots", "couple", "share", "portion", "proportion", "half",
            "third", "thirds", "quarter", "fraction", "plurality", "some", "many", "most", "all", "few", "several",
            "none", "each", "one", "two", "three", "both");

    /** Words of vague quantity before a source's noun, no part of the speaker (GUIDELINES H48). */
    private static final java.util.Set<String> VAGUE_QUANTITIES = java.util.Set.of("many", "several", "numerous",
            "various", "countless");

    /** Nouns that stand for their possessor's speech: "the mouth of X", "the words of X" are X's (GUIDELINES H30). */
    private static final java.util.Set<String> VOICE_NOUNS = java.util.Set.of("mouth", "lips", "words", "voice",
            "pen");

    /** Capitalised nouns of a party's members, which "the" makes a description of a person ("the Democrat said"). */
    private static final java.util.Set<String> PARTY_MEMBERS = java.util.Set.of("republican", "democrat",
            "conservative", "liberal", "socialist", "libertarian", "tory", "progressive");

    private final TextModel m;

    Phrases(TextModel model) {
        this.m = model;
    }

    boolean nounish(int i) {
        Tok t = m.tok(i);
        return t.is("NOUN") || t.is("PROPN") || t.is("NUM") || m.nameOf[i] >= 0 || speakingAdjective(i);
    }

    /**
     * "“...,” the editorial said", "The cable indicated": a word tagged as an adjective between a determiner
     * and the past form of a speech verb that no other verb follows is the noun the tagger missed (a present
     * form is too often a plural noun: "the key states").
     */
    boolean speakingAdjective(int i) {
        Tok t = m.tok(i);
        if (!t.is("ADJ") || i == 0 || i + 1 >= m.size() || !m.narrative(i) || !determinedModifiers(i - 1)) {
            return false;
        }
        Tok next = m.tok(i + 1);
        if (!next.lower().equals(next.text()) || !Lexicons.pastForm(next.lower())
                || Lexicons.speechLemma(next.text(), next.lemma()) == null) {
            return false;
        }
        return i + 2 >= m.size() || !(m.tok(i + 2).is("VERB") || m.tok(i + 2).is("AUX"));
    }

    /**
     * Whether token {@code k} is a determiner, or ends modifiers after one: "A State Department", "a senior
     * administration" (the tagger makes "official" an adjective after them as after "a" alone).
     */
    private boolean determinedModifiers(int k) {
        for (int j = k; j >= 0 && j > k - MAX_MODIFIERS && m.narrative(j); j--) {
            if (determiner(j)) {
                return true;
            }
            Tok t = m.tok(j);
            if (!(t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || isName(j))) {
                return false;
            }
        }
        return false;
    }

    /** The most words between a determiner and the adjective {@link #speakingAdjective} reads as a noun. */
    private static final int MAX_MODIFIERS = 6;

    boolean isName(int i) {
        return m.nameOf[i] >= 0;
    }

    /**
     * A lower-case word right after a name that the tagger took for a noun but is the name's verb or an
     * adverb: "Blige sings to Clinton", "Gingrich cynically dismissed"; or a speech verb after a common
     * noun ("the editorial board writes"); it ends a noun phrase.
     */
    boolean verbAfterNoun(int i) {
        Tok t = m.tok(i);
        String l = t.lower();
        if (i == 0 || isName(i) || !l.equals(t.text()) || l.length() < 4) {
            return false;
        }
        boolean speech = Lexicons.speechLemma(t.text(), t.lemma()) != null;
        boolean speechVerb = l.endsWith("s") && speech;
        if (isName(i - 1)) {
            return l.endsWith("ly") || speechVerb;
        }
        // after a common noun too ("the editorial board writes", "the suit claims"), unless a verb follows,
        // which makes the word the noun it looks like ("news reports say"); any form of a speech verb that
        // ends its clause ("the email read.") is the verb
        if (!(m.tok(i - 1).is("NOUN") || speakingAdjective(i - 1)) || !m.narrative(i - 1)) {
            return false;
        }
        boolean last = i + 1 >= m.size() || m.sentenceOf[i + 1] != m.sentenceOf[i]
                || isClausePunctuation(m.tok(i + 1).text());
        return (speechVerb && (last || !(m.tok(i + 1).is("VERB") || m.tok(i + 1).is("AUX")))) || (speech && last);
    }

    private static boolean isClausePunctuation(String token) {
        return token.length() == 1 && ".,:;!?".indexOf(token.charAt(0)) >= 0;
    }

    boolean determiner(int i) {
        Tok t = m.tok(i);
        String l = t.lower();
        if (l.equals("both")) {
            return true;
        }
        if (t.is("DET")) {
            return Lexicons.DETERMINERS.contains(l) || l.equals("both") || l.equals("all");
        }
        return t.is("PRON") && Lexicons.DETERMINERS.contains(l);
    }

    static boolean isAnd(Tok t) {
        return t.lower().equals("and") || t.text().equals("&");
    }

    /**
     * The first token after a dateline that opens a paragraph at token {@code k} ("WASHINGTON (Reuters) -",
     * "Washington (AFP) –", "LONDON, Dec. 8 (UPI) —", "WASHINGTON —"): a place in capitals, a date after a
     * comma, an agency in parentheses, then a dash; the place is no subject of the sentence. {@code k} when
     * no dateline opens there; a place in title case counts only with the agency.
     */
    int afterDateline(int k, int end) {
        if (k > 0 && m.paragraphOf[k - 1] == m.paragraphOf[k]) {
            return k;
        }
        int j = k;
        while (j <= end && j < k + 4 && m.tok(j).capitalised() && m.narrative(j)) {
            j++;
        }
        if (j == k) {
            return k;
        }
        String place = m.tok(k).text();
        boolean capitals = place.length() > 1 && place.equals(place.toUpperCase(Locale.ROOT));
        if (j <= end && isComma(m.tok(j))) {
            int date = j + 1;
            while (date <= end && date < j + 5 && (m.tok(date).capitalised() || m.tok(date).is("NUM")
                    || m.tok(date).text().equals("."))) {
                date++;
            }
            j = date;
        }
        boolean agency = false;
        if (j + 2 <= end && m.tok(j).text().equals("(")) {
            int close = j + 1;
            while (close <= end && close < j + 4 && !m.tok(close).text().equals(")")) {
                close++;
            }
            if (close <= end && m.tok(close).text().equals(")")) {
                agency = true;
                j = close + 1;
            }
        }
        return j < end && (agency || capitals) && SpeakerAttributor.DASHES.contains(m.tok(j).text()) ? j + 1 : k;
    }

    static boolean isComma(Tok t) {
        return t.text().equals(",");
    }

    /** Whether token {@code k} is part of a person's name. */
    private boolean personName(int k) {
        return isName(k) && person(m.name(k));
    }

    /**
     * The last token of a list of persons' names that goes on at the comma {@code comma} after a person's name and
     * ends in "and" (or "&") and a last name, not right of {@code hi}: ", Tom Ortega and Li Wei", ", Tom Ortega,
     * and Li Wei". -1 where the comma opens anything else (an apposition: ", a spokesman", ", 45,").
     */
    private int personNameListEnd(int comma, int hi) {
        int k = comma;
        while (k + 1 <= hi && isComma(m.tok(k))) {
            int next = k + 1;
            boolean and = isAnd(m.tok(next));
            if (and) {
                next++;
            }
            if (next > hi || !personName(next) || m.name(next).first() != next || m.name(next).last() > hi) {
                return -1;
            }
            int nameEnd = m.name(next).last();
            if (and) {
                return nameEnd; // ", and Li Wei"
            }
            if (nameEnd + 2 <= hi && isAnd(m.tok(nameEnd + 1)) && personName(nameEnd + 2)
                    && m.name(nameEnd + 2).first() == nameEnd + 2 && m.name(nameEnd + 2).last() <= hi) {
                return m.name(nameEnd + 2).last(); // "Tom Ortega and Li Wei"
            }
            k = nameEnd + 1;
        }
        return -1;
    }

    private boolean joiner(int i) {
        Tok t = m.tok(i);
        if (!(t.text().equals("-") || t.text().equals("&") || t.text().equals("."))) {
            return false;
        }
        return i > 0 && i + 1 < m.size() && m.tok(i - 1).end() == t.begin() && t.end() == m.tok(i + 1).begin();
    }

    /** A possessive "'s" or "’" of its own. */
    boolean possessiveMarker(int i) {
        return possessiveMarker(m.tok(i).text());
    }

    /** Whether a token's text is a possessive marker on its own ("'s", "’"). */
    static boolean possessiveMarker(String s) {
        return s.equals("'s") || s.equals("\u2019s") || s.equals("'") || s.equals("\u2019");
    }

    /**
     * Whether the word ending at {@code last} is a possessor: with a glued 's, or followed by a marker of its own
     * that lies no further than {@code limit}.
     */
    boolean possessor(int last, int limit) {
        if (Lexicons.SUBJECT_PRONOUNS.contains(m.tok(last).lower())) {
            return false; // "She's a Sanders supporter": the 's of a subject pronoun is "is" or "has"
        }
        if (m.tok(last).possessive()) {
            return !contractedVerb(last + 1);
        }
        return last + 1 <= limit && possessiveMarker(last + 1) && !contractedVerb(last + 2);
    }

    /** "Christie's been making the case", "Trump's not ready": after these words the 's is "has" or "is". */
    private boolean contractedVerb(int next) {
        return next < m.size() && m.narrative(next) && CONTRACTED_VERB_FOLLOWERS.contains(m.tok(next).lower());
    }

    private static final java.util.Set<String> CONTRACTED_VERB_FOLLOWERS = java.util.Set.of("been", "not", "n't");

    private boolean modifier(int i) {
        return nounish(i) || m.tok(i).is("ADJ") || joiner(i) || possessiveMarker(i) || compoundPart(i)
                || numberPrefix(i) || hyphenPrefix(i);
    }

    /**
     * Whether the comma at {@code comma} joins two adjectives of one noun phrase: an adjective (or a participle)
     * after a determiner before it, an adjective or a number after it.
     */
    private boolean coordinateAdjectives(int comma, int lo) {
        Tok next = m.tok(comma + 1);
        Tok before = m.tok(comma - 1);
        boolean adjectiveAfter = next.is("ADJ") || next.is("NUM") || Character.isDigit(next.text().charAt(0));
        boolean adjectiveBefore = before.is("ADJ") || (before.is("VERB") && before.lower().endsWith("ed"));
        return adjectiveAfter && adjectiveBefore && comma - 2 >= lo && m.narrative(comma - 2) && determiner(comma - 2);
    }

    /** A number the tokenizer kept with its hyphen, glued to the word after it: "71-" in "71-year-old". */
    private boolean numberPrefix(int i) {
        String text = m.tok(i).text();
        return text.length() > 1 && text.endsWith("-") && Character.isDigit(text.charAt(0)) && i + 1 < m.size()
                && m.tok(i).end() == m.tok(i + 1).begin();
    }

    /** A verb in -ing or -ed: a participle or gerund ("Walking", "Asked"), or a past tense of the same form. */
    static boolean participle(Tok t) {
        return t.is("VERB") && (t.lower().endsWith("ing") || t.lower().endsWith("ed"));
    }

    /**
     * "a fundraising email", "of registered voters": a participle the tagger took for a verb, right before the
     * phrase's nouns and after a determiner, preposition, adjective, number or possessor, modifies the noun
     * (a verb would have a subject there).
     */
    private boolean participleModifier(int p, int lo) {
        Tok t = m.tok(p);
        if (!participle(t) || p - 1 < lo || !m.narrative(p - 1)) {
            return false;
        }
        Tok before = m.tok(p - 1);
        return determiner(p - 1) || before.is("ADP") || before.is("ADJ") || before.is("NUM") || possessor(p - 1, p - 1);
    }

    /**
     * "said Virginia delegate Tom Baker": a lower-case word in its base form that the tagger took for a verb,
     * between a name that is no person's (a place, party or organisation) and a person's name, is the person's
     * role, a noun ("Tom Reyes met Ana Lopez" is a clause).
     */
    private boolean roleTaggedVerb(int k, int last, int hi) {
        Tok t = m.tok(k);
        return t.is("VERB") && last >= 0 && last == k - 1 && isName(last) && !person(m.name(last)) && k + 1 <= hi
                && isName(k + 1) && person(m.name(k + 1)) && t.text().equals(t.lower()) && t.lower().equals(t.lemma());
    }

    /** Units of an age compound ("46-year-old", "six-month-old"). */
    private static final java.util.Set<String> AGE_UNITS = java.util.Set.of("year", "years", "month", "months");
    /** An age compound the tokenizer left whole. */
    private static final java.util.regex.Pattern AGE_COMPOUND = java.util.regex.Pattern.compile("\\S+-(?:year|month)s?-old");

    /**
     * Whether token {@code k} ends an age compound used as a noun ("the 46-year-old"): "old" joined by a
     * hyphen to a unit of age. Such a phrase describes a person.
     */
    boolean ageCompound(int k) {
        if (AGE_COMPOUND.matcher(m.tok(k).lower()).matches()) {
            return true; // one token
        }
        return k >= 2 && m.tok(k).lower().equals("old") && joiner(k - 1) && m.tok(k - 1).text().equals("-")
                && AGE_UNITS.contains(m.tok(k - 2).lower());
    }

    /** A prefix the tokenizer kept with its hyphen, glued to the word it qualifies: "pro-" in "pro-Sanders". */
    private boolean hyphenPrefix(int i) {
        String text = m.tok(i).text();
        return text.length() > 2 && text.endsWith("-") && Character.isLetter(text.charAt(0)) && i + 1 < m.size()
                && m.tok(i).end() == m.tok(i + 1).begin() && lettered(i + 1);
    }

    /**
     * The second part of a hyphenated compound the tagger took for a verb: "winning" in "Nobel-winning", also
     * where the tokenizer kept the hyphen with the first part ("conservative-" "leaning").
     */
    private boolean compoundPart(int i) {
        return i > 1 && m.tok(i).is("VERB")
                && ((joiner(i - 1) && m.tok(i - 1).text().equals("-")) || hyphenPrefix(i - 1));
    }

    /**
     * The first token of the word, cut by the tokenizer at its hyphens, whose last token is {@code i}: "Co" for
     * "Co" "-" "anchor", "Secretary" for "Secretary" "-Treasurer"; {@code i} itself when it ends no such word.
     */
    int hyphenWordStart(int i) {
        int k = i;
        while (true) {
            if (k >= 2 && joiner(k - 1) && m.tok(k - 1).text().equals("-") && lettered(k) && lettered(k - 2)) {
                k -= 2;
            } else if (k >= 1 && m.tok(k).text().length() > 1 && m.tok(k).text().charAt(0) == '-'
                    && m.tok(k - 1).end() == m.tok(k).begin() && lettered(k - 1)) {
                k -= 1;
            } else {
                return k;
            }
        }
    }

    /** A narrative token with a letter in it. */
    private boolean lettered(int k) {
        return m.narrative(k) && m.tok(k).text().chars().anyMatch(Character::isLetter);
    }

    /** A hyphenated word that ends at {@code i} and starts with a noun ("voice-over", "Co-anchor"), from {@code lo}. */
    private boolean nounHyphenWord(int i, int lo) {
        int start = hyphenWordStart(i);
        return start < i && start >= lo && nounish(start);
    }

    /** The noun phrase whose last token is {@code j}, not reaching left of {@code lo}; null if none ends there. */
    Np endingAt(int j, int lo) {
        if (j < lo || !m.narrative(j)) {
            return null;
        }
        Tok t = m.tok(j);
        if (t.is("PRON") || Lexicons.RELATIVE_PRONOUNS.contains(t.lower())) {
            String l = t.lower();
            boolean complement = Lexicons.OBJECT_PRONOUNS.contains(l) && j - 3 >= lo
                    && adjectiveComplement(j - 1, j - 3);
            if (!complement) {
                return Lexicons.SUBJECT_PRONOUNS.contains(l) || Lexicons.RELATIVE_PRONOUNS.contains(l)
                        ? new Np(j, j) : null;
            } // else "a source close to him": the pronoun ends the adjective's complement, the phrase goes on left
        } else if ((!nounish(j) && !(t.is("ADJ") && t.capitalised()) && !ageCompound(j) && !nounHyphenWord(j, lo))
                || verbAfterNoun(j)) {
            return null;
        }
        int k = nounHyphenWord(j, lo) ? hyphenWordStart(j) : j;
        while (true) {
            int p = k - 1;
            if (p < lo || !m.narrative(p)) {
                break;
            }
            Tok tp = m.tok(p);
            if (nounHyphenWord(p, lo)) {
                k = hyphenWordStart(p); // "Co-anchor Norah O’Donnell": the tokenizer cut the title at its hyphen
                continue;
            }
            if ((modifier(p) && !determiner(p)) || titleStop(p) || participleModifier(p, lo)) {
                k = p;
                continue;
            }
            if ((isAnd(tp) || tp.lower().equals("of") || postModifier(p)) && p - 1 >= lo && m.narrative(p - 1)
                    && (nounish(p - 1) || (isAnd(tp) && m.tok(p - 1).is("ADJ")))) {
                k = p;
                continue;
            }
            if (isComma(tp) && p - 1 >= lo && personName(p - 1) && m.name(p - 1).first() >= lo
                    && personNameListEnd(p, j) == j) {
                k = m.name(p - 1).first(); // "Ana Reyes, Tom Ortega and Li Wei said": one list of names
                continue;
            }
            if (isComma(tp) && k < j && coordinateAdjectives(p, lo)) {
                k = p - 1; // "the bespectacled, 71-year-old diplomat", "the tall, thin man"
                continue;
            }
            if (determiner(p)) {
                k = p;
                if (p - 2 >= lo && m.narrative(p - 2)
                        && ((m.tok(p - 1).lower().equals("of") && nounish(p - 2)) || postModifier(p - 1))) {
                    k = p - 1; // "the head of the union", "a spokeswoman for the committee": on left of "of the"
                    continue;
                }
                p = k - 1;
            }
            if (p - 2 >= lo && m.narrative(p - 2) && adjectiveComplement(p, p - 2)) {
                k = p - 1; // "a person familiar with the talks": an adjective with its complement after the noun
                continue;
            }
            if (p - 1 >= lo && m.narrative(p - 1) && proportion(p - 1, j)) {
                k = p - 1; // "four in 10 voters"
                continue;
            }
            break;
        }
        for (int a = Math.max(lo, k - 2); a < k; a++) {
            if (m.narrative(a) && approximatorEnd(a, j) == k) {
                return new Np(a, j); // "About four in 10 voters", "at least half of voters"
            }
        }
        return new Np(k, j);
    }

    /**
     * Whether the preposition at {@code p} opens the complement of an adjective that follows the noun at
     * {@code noun}: "a person familiar with the talks", "officials close to the president".
     */
    private boolean adjectiveComplement(int p, int noun) {
        if (noun < 0 || !m.narrative(p) || !m.tok(p).is("ADP") || m.tok(p).lower().equals("of")) {
            return false;
        }
        return p == noun + 2 && m.narrative(p - 1) && complementAdjective(p - 1) && head(noun);
    }

    /** An adjective after a noun that may take a complement: any the tagger calls so, or a listed one. */
    private boolean complementAdjective(int k) {
        Tok t = m.tok(k);
        return !t.capitalised() && (t.is("ADJ") || Lexicons.COMPLEMENT_ADJECTIVES.contains(t.lower()));
    }

    /** The head of a source's phrase: a noun, or a capitalised adjective standing for one ("one Democrat"). */
    private boolean head(int k) {
        return nounish(k) || (m.tok(k).is("ADJ") && m.tok(k).capitalised());
    }

    /** Prepositions that name whom a person speaks or acts for ("a spokesman for X", "an adviser to X"). */
    private static final java.util.Set<String> POSTMODIFIER_PREPOSITIONS = java.util.Set.of("for", "to");

    /**
     * Prepositions whose phrase after a noun modifies that noun ("a reporter for Agence France-Presse", "a study by
     * economists"). Phrases of place ("at", "on", "from") attach to the verb as often ("told the crowd at a rally").
     */
    private static final java.util.Set<String> NOUN_PREPOSITIONS = java.util.Set.of("for", "by");

    /** Prepositions of place whose phrase modifies the noun before when its object is a name ("critics in the United States"). */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in");

    /**
     * Whether the preposition at {@code p} opens a post-modifier of the noun before it, which stays in the
     * description (GUIDELINES H39, H43, H62, H65): "a spokesman for Bernie Sanders", "a longtime adviser to
     * Trump", "a projection by Oxford Economics", "a report in The Wall Street Journal". A phrase of time or of
     * the occasion of speaking is the verb's ("said an aide in a statement").
     */
    boolean postModifier(int p) {
        if (!(p >= 1 && p + 1 < m.size() && m.narrative(p) && m.narrative(p - 1) && m.narrative(p + 1)
                && m.tok(p).is("ADP") && m.tok(p - 1).is("NOUN") && !isName(p - 1)
                && (nounish(p + 1) || m.tok(p + 1).is("ADJ") || determiner(p + 1)))) {
            return false;
        }
        String preposition = m.tok(p).lower();
        if (POSTMODIFIER_PREPOSITIONS.contains(preposition) && Lexicons.speaksFor(m.tok(p - 1))) {
            return true;
        }
        if (Lexicons.TIME_NOUNS.contains(m.tok(p - 1).lower())) {
            return false;
        }
        int head = objectHead(p + 1);
        return head >= 0 && !adverbial(head) && (NOUN_PREPOSITIONS.contains(preposition)
                || (PLACE_PREPOSITIONS.contains(preposition) && isName(head))
                // "the former senator from Pennsylvania": where a person is from, after a noun of persons
                || (preposition.equals("from") && isName(head) && Lexicons.animate(m.tok(p - 1).text())));
    }

    /** The head of the noun phrase that starts at {@code k}: its last noun before anything else; -1 if none. */
    private int objectHead(int k) {
        int head = -1;
        for (int i = k; i < m.size() && m.narrative(i); i++) {
            Tok t = m.tok(i);
            if (nounish(i)) {
                head = i;
            } else if (!(determiner(i) || t.is("ADJ") || possessiveMarker(i) || joiner(i))) {
                break;
            }
        }
        return head;
    }

    /** Whether a preposition's object with head {@code head} names a time, a day or an occasion of speaking. */
    private boolean adverbial(int head) {
        String word = m.tok(head).lower();
        return Lexicons.TIME_NOUNS.contains(word) || Lexicons.OCCASION_NOUNS.contains(word) || m.tok(head).is("NUM");
    }

    /**
     * The full stop of an abbreviated title the tokenizer cut off ("Rep" + "." in "Rep. Adam Schiff"). The
     * project's preprocessing puts it back ({@code preprocess.SentenceBreakRepair}); this keeps the annotator right
     * after a segmenter that does not, such as DKPro's {@code OpenNlpSegmenter} alone.
     */
    private boolean titleStop(int k) {
        Tok t = m.tok(k);
        return t.text().equals(".") && k > 0 && m.tok(k - 1).end() == t.begin()
                && Lexicons.isTitle(m.tok(k - 1).text() + ".") && k + 1 < m.size() && m.narrative(k + 1)
                && m.tok(k + 1).capitalised();
    }

    /** The noun phrase that starts at {@code i}, not reaching right of {@code hi}; null if none starts there. */
    Np startingAt(int i, int hi) {
        if (i > hi || !m.narrative(i)) {
            return null;
        }
        Tok t = m.tok(i);
        if (t.is("PRON") && Lexicons.SUBJECT_PRONOUNS.contains(t.lower())) {
            return new Np(i, i);
        }
        int k = approximatorEnd(i, hi);
        while (k <= hi && m.narrative(k) && determiner(k)) {
            k++;
        }
        int last = -1;
        int lastAdjective = -1;
        boolean determined = k > i;
        while (k <= hi && m.narrative(k)) {
            Tok tk = m.tok(k);
            if (verbAfterNoun(k)) {
                break;
            }
            int listEnd = isComma(tk) && last == k - 1 && personName(last) ? personNameListEnd(k, hi) : -1;
            if (listEnd >= 0) {
                last = listEnd; // "said Ana Reyes, Tom Ortega and Li Wei": one list of names, no apposition
                k = listEnd + 1;
            } else if (last >= 0 && last == k - 1 && proportion(last, hi)) {
                last = k + 1; // "four in 10 voters": the group counted follows
                k += 2;
            } else if (nounish(k) || roleTaggedVerb(k, last, hi)) {
                last = k;
                k++;
            } else if (last >= 0 && nounHyphenWord(k, i) && last >= hyphenWordStart(k)) {
                last = k; // "a voice-over", "Secretary-Treasurer": a noun the tokenizer cut at its hyphen
                k++;
            } else if (tk.is("ADJ") || joiner(k) || possessiveMarker(k) || titleStop(k) || compoundPart(k)
                    || hyphenPrefix(k) || (last == k - 1 && adjectiveComplement(k + 1, last))) {
                lastAdjective = tk.is("ADJ") ? k : lastAdjective;
                k++;
            } else if (adjectiveComplement(k, last) && k + 1 <= hi && m.narrative(k + 1) && m.tok(k + 1).is("PRON")
                    && Lexicons.OBJECT_PRONOUNS.contains(m.tok(k + 1).lower())) {
                last = k + 1; // "a source close to him": the pronoun ends the adjective's complement
                k += 2;
            } else if ((isAnd(tk) || (tk.lower().equals("of") && last >= 0) || adjectiveComplement(k, last)
                    || (last == k - 1 && postModifier(k)))
                    && k + 1 <= hi && m.narrative(k + 1)
                    && (nounish(k + 1) || m.tok(k + 1).is("ADJ") || determiner(k + 1) || hyphenPrefix(k + 1))) {
                k++;
                while (k <= hi && m.narrative(k) && determiner(k)) {
                    k++;
                }
            } else {
                break;
            }
        }
        if (lastAdjective == k - 1 && (last < 0 ? determined : m.tok(last).is("NUM") && last < lastAdjective)) {
            last = lastAdjective; // "said one official": a phrase ends with its noun, whatever the tagger says
        }
        if (lastAdjective >= 0 && lastAdjective == k - 1 && ageCompound(lastAdjective)) {
            last = lastAdjective; // "said the 46-year-old"
        }
        return last < 0 ? null : new Np(i, last);
    }

    /** What the phrase mentions; null when it mentions nothing a source could be. */
    Mention analyse(Np np) {
        return analyse(np, false);
    }

    /**
     * @param headline in a headline, a phrase that opens with coordinated names is cut after them
     *        ("Peru and Chile Sign Trade Pact" mentions "Peru and Chile")
     */
    Mention analyse(Np np, boolean headline) {
        if (np == null) {
            return null;
        }
        int first = np.first();
        int last = np.last();
        if (last > first && Lexicons.DAY_WORDS.contains(m.tok(last).lower()) && m.tok(last - 1).is("NOUN")
                && !isName(last - 1)) {
            last--; // "sent a fundraising email Wednesday": the day is the verb's, the phrase's head the noun
        }
        Tok lastTok = m.tok(last);
        if (first == last && (lastTok.is("PRON") || Lexicons.RELATIVE_PRONOUNS.contains(lastTok.lower()))) {
            // a pronoun without a glued verb: "He’s" mentions "He"
            return new Mention(lastTok.begin(), lastTok.begin() + lastTok.lower().length(), first, last, lastTok.lower(),
                    null, 0);
        }
        int body = approximatorEnd(first, last);
        int count = 0;
        while (body <= last && determiner(body)) {
            if (m.tok(body).lower().equals("both")) {
                count = 2;
            }
            body++;
        }
        while (body < last && VAGUE_QUANTITIES.contains(m.tok(body).lower())) {
            body++; // "many marchers and spectators" are `marchers and spectators` (GUIDELINES H48)
        }
        if (body > last) {
            return null;
        }
        boolean proportion = body + 2 < last && proportion(body, last);
        if (body < last && NUMBER_WORDS.containsKey(m.tok(body).lower()) && body > first && determiner(body - 1)
                && !proportion) {
            count = NUMBER_WORDS.get(m.tok(body).lower()); // "the two countries", not "about four in 10 voters"
        }
        if (headline && isName(body)) {
            int cut = nameCoordinationEnd(body, last);
            if (cut >= body && cut < last && !isName(cut + 1)) {
                last = cut;
            }
        }
        int of = -1;
        for (int k = body; k <= last; k++) {
            if (m.tok(k).lower().equals("of")) {
                of = k;
                break;
            }
        }
        for (int k = body + 1; k < (of < 0 ? last : of); k++) {
            if (postModifier(k)
                    || (Lexicons.COMPLEMENT_ADJECTIVES.contains(m.tok(k).lower()) && adjectiveComplement(k + 1, k - 1))) {
                // "a spokesman for Bernie Sanders", "a source close to the campaign": the description with its
                // post-modifier is the source, the noun before it its head
                int from = body < k - 1 && m.tok(body).lower().equals("one") ? body + 1 : body; // "one source for"
                return new Mention(m.tok(first).begin(), m.tok(last).wordEnd(), first, last, null,
                        Referent.nominal(from, k - 1, last, plural(k - 1)), count);
            }
        }
        if (of > body && of < last && isName(of - 1) && !isName(of) && person(m.name(of - 1))) {
            return names(first, body, of - 1); // "Representative Charles B. Rangel of New York"
        }
        if (of > body && of < last && isName(last)
                && (titleLike(body, of - 1) || VOICE_NOUNS.contains(m.tok(of - 1).lower()))) {
            return analyse(new Np(of + 1, last), false);
        }
        if (of > body && of < last && isName(last) && roleBeforeName(first, m.name(last))) {
            return nameMention(m.name(last)); // "former secretary of state Hillary Clinton": the mention is the name
        }
        if (proportion || (of > body && of < last && quantityOf(body, of - 1))) {
            int source = proportion ? body + 3 : of + 1;
            while (source < last && determiner(source)) {
                source++;
            }
            if (isName(last) && m.name(last).first() == source && !person(m.name(last))) {
                // "37 percent of Americans": the source is the group named (a person is no count of people)
                return new Mention(m.tok(first).begin(), m.tok(last).wordEnd(), first, last, null,
                        nameMention(m.name(last)).referent(), count);
            }
            // the mention is the whole phrase; the source, what is counted
            return new Mention(m.tok(first).begin(), m.tok(last).wordEnd(), first, last, null,
                    Referent.nominal(source, last, plural(last)), count);
        }
        if (body < last && m.tok(body).lower().equals("one") && !isName(last)) {
            body++; // "one Democratic source": a source, as "a" would say
        }
        if (of < 0 && isName(last)) {
            return names(first, body, last);
        }
        List<int[]> conjuncts = split(body, last, false);
        if (of < 0 && conjuncts.size() > 1 && isName(conjuncts.get(0)[1]) && determiner(conjuncts.get(1)[0])) {
            return names(first, body, last); // "Ruiz and her counterpart": two sources
        }
        // a source that is no name: the whole phrase, determiners included; its head is the noun before "of"
        // ("the former secretary of state", "the head of the union")
        int end = m.tok(last).wordEnd();
        int head = of > body && of < last ? of - 1 : last;
        return new Mention(m.tok(first).begin(), end, first, last, null, Referent.nominal(body, head, last, plural(head)),
                count);
    }

    /**
     * A time phrase: a head that names a time ("week", "Monday") after nothing but determiners, adjectives
     * and numbers ("this week", "last month", "early Monday").
     */
    boolean temporal(Np np) {
        if (!Lexicons.TIME_NOUNS.contains(m.tok(np.last()).lower())) {
            return false;
        }
        for (int k = np.first(); k < np.last(); k++) {
            if (!(determiner(k) || m.tok(k).is("ADJ") || m.tok(k).is("NUM"))) {
                return false;
            }
        }
        return true;
    }

    /** A person's name: typed so, or untyped of two words or more ("Tom Reyes"). */
    private static boolean person(Name n) {
        return n.type().equals(org.annocorpus.scheme.EntityType.PER.name())
                || (n.type().equals(TextModel.UNTYPED) && n.last() > n.first());
    }

    /** Words before a number that make it approximate or a bound: "about four in 10", "at least half of". */
    private static final java.util.Set<String> APPROXIMATORS = java.util.Set.of("about", "nearly", "almost", "roughly",
            "around", "approximately", "over", "under");
    private static final java.util.Set<String> TWO_WORD_BOUNDS = java.util.Set.of("at least", "at most", "more than",
            "fewer than", "less than", "up to");

    /**
     * The first token after the approximator or bound that opens a count at {@code i} ("About four in 10
     * voters", "At least half of voters"); {@code i} when none does. A count follows: a number or a noun of
     * quantity ("half", "a third").
     */
    private int approximatorEnd(int i, int hi) {
        int after = i;
        if (i + 1 <= hi && TWO_WORD_BOUNDS.contains(m.tok(i).lower() + " " + m.tok(i + 1).lower())) {
            after = i + 2;
        } else if (APPROXIMATORS.contains(m.tok(i).lower())) {
            after = i + 1;
        }
        if (after == i || after > hi || !m.narrative(after)) {
            return i;
        }
        int count = determiner(after) && after + 1 <= hi ? after + 1 : after; // "nearly a third of"
        return m.tok(count).is("NUM") || QUANTITY_NOUNS.contains(m.tok(count).lower()) ? after : i;
    }

    /** "four in 10 voters", "one in five Americans": a number, "in", a number, and what is counted after it. */
    private boolean proportion(int k, int hi) {
        return k + 3 <= hi && m.tok(k).is("NUM") && m.tok(k + 1).lower().equals("in") && m.tok(k + 2).is("NUM")
                && m.narrative(k + 3) && (nounish(k + 3) || m.tok(k + 3).is("ADJ"));
    }

    /** "small groups", "52 percent", "a majority": modifiers and numbers before a noun of quantity. */
    private boolean quantityOf(int from, int to) {
        if (!QUANTITY_NOUNS.contains(m.tok(to).lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Tok t = m.tok(k);
            if (!(t.is("ADJ") || t.is("NUM") || determiner(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words from {@code first} up to the person's name {@code n} are a role written before the
     * name ("former secretary of state", "master of ceremonies", "former US secretary of state"): no determiner
     * or number, other names only as modifiers ({@link #bare}), and a noun right before the name. A singular
     * noun phrase without a determiner is no argument of its own in English, so the phrase names one person;
     * "a friend of Hillary Clinton" (a determiner, "of" before the name) describes another. An opening "the"
     * is the role's unless the noun before the name is one of persons ("the daughter of senator John McCain").
     */
    private boolean roleBeforeName(int first, Name n) {
        int role = first;
        if (m.tok(first).lower().equals("the") && !Lexicons.animate(m.tok(n.first() - 1).lower())) {
            role++; // "the former secretary of state Hillary Clinton"; not "the daughter of senator John McCain"
        }
        return person(n) && n.first() > role && nounish(n.first() - 1) && bare(role, n.first() - 1);
    }

    /**
     * A conjunct that is a bare singular role noun phrase ("former prosecutor" in "Former prosecutor and New
     * York City Mayor Rudy Giuliani"): no determiner, no name, a singular noun at its end. Before a
     * person's name it is another title of that person, not a second source.
     */
    private boolean bareRole(int[] conjunct) {
        int z = conjunct[1];
        return (m.tok(z).is("NOUN") || Lexicons.isTitleAbbreviation(m.tok(z).text())) && !plural(z)
                && bare(conjunct[0], z);
    }

    /**
     * Words {@code from} to {@code to} (narrative) with no determiner or number among them, and a name only as
     * a modifier of a noun after it ("former US secretary of state", "former Pennsylvania Gov."): a name that
     * ends the words, or follows "of", is a person or thing of its own ("a friend of Clinton aide Huma Abedin").
     */
    private boolean bare(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (determiner(k) || m.tok(k).is("NUM") || !m.narrative(k)) {
                return false;
            }
            if (isName(k)) {
                Name n = m.name(k);
                if (n.last() >= to || (k > from && m.tok(k - 1).lower().equals("of"))) {
                    return false;
                }
                k = n.last();
            }
        }
        return true;
    }

    /** The mention that is exactly the name {@code n}. */
    static Mention nameMention(Name n) {
        return new Mention(n.begin(), n.end(), n.first(), n.last(), null, Referent.name(n), 0);
    }

    /** A name, or coordinated sources ending with a name. */
    private Mention names(int first, int body, int last) {
        List<int[]> conjuncts = split(body, last, true);
        if (conjuncts.size() > 1 && isName(last) && person(m.name(last))
                && conjuncts.subList(0, conjuncts.size() - 1).stream().allMatch(this::bareRole)) {
            conjuncts = conjuncts.subList(conjuncts.size() - 1, conjuncts.size());
        }
        if (conjuncts.size() == 1) {
            Name n = m.name(last);
            if (body > first && n.first() == body && n.last() == body && m.tok(body - 1).lower().equals("the")
                    && PARTY_MEMBERS.contains(m.tok(body).lower())
                    && !n.type().equals(org.annocorpus.scheme.EntityType.PER.name())) {
                // "the Democrat": a party's member, a description of a person, not the party's name
                return new Mention(m.tok(body - 1).begin(), m.tok(body).wordEnd(), body - 1, body, null,
                        Referent.nominal(body, body, false), 0);
            }
            if (body > first && n.first() == body && m.tok(body - 1).lower().equals("the")) {
                // the scheme's mention keeps its determiner ("The New York Times"); the name does not
                return new Mention(m.tok(body - 1).begin(), n.end(), body - 1, n.last(), null, Referent.name(n), 0);
            }
            return nameMention(n);
        }
        List<Referent.Member> members = new ArrayList<>();
        int begin = -1;
        int end = -1;
        int firstTok = -1;
        int lastTok = -1;
        for (int[] c : conjuncts) {
            int cb = c[0];
            while (cb <= c[1] && determiner(cb)) {
                cb++;
            }
            if (cb > c[1]) {
                continue;
            }
            Referent.Member member;
            int mb;
            int me;
            if (isName(c[1])) {
                Name n = m.name(c[1]);
                member = Referent.Member.of(n);
                mb = n.begin();
                me = n.end();
            } else {
                member = Referent.Member.nominal(cb, c[1]);
                mb = m.tok(c[0]).begin();
                me = m.tok(c[1]).wordEnd();
            }
            members.add(member);
            if (begin < 0) {
                begin = mb;
                firstTok = c[0];
            }
            end = me;
            lastTok = c[1];
        }
        if (members.size() == 1) {
            Referent.Member only = members.get(0);
            Referent r = only.isName() ? Referent.name(only.name()) : Referent.nominal(only.first(), only.last(), plural(only.last()));
            return new Mention(begin, end, firstTok, lastTok, null, r, 0);
        }
        return new Mention(begin, end, firstTok, lastTok, null, Referent.group(members), 0);
    }

    /** Conjuncts of a phrase, split at "and", "&" and (if {@code commas}) commas. */
    private List<int[]> split(int body, int last, boolean commas) {
        List<int[]> out = new ArrayList<>();
        int start = body;
        for (int k = body; k <= last; k++) {
            Tok t = m.tok(k);
            if (isAnd(t) || (commas && isComma(t))) {
                if (k > start) {
                    out.add(new int[] {start, k - 1});
                }
                start = k + 1;
            }
        }
        if (start <= last) {
            out.add(new int[] {start, last});
        }
        return out;
    }

    /** Last token of the coordinated names that open a phrase, or -1. */
    private int nameCoordinationEnd(int body, int last) {
        int end = -1;
        int k = body;
        while (k <= last && isName(k)) {
            Name n = m.name(k);
            end = n.last();
            k = n.last() + 1;
            if (k <= last && isAnd(m.tok(k)) && k + 1 <= last && isName(k + 1)) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    /** "US Secretary", "Secretary", "Foreign Minister": capitalised words with a title among them. */
    private boolean titleLike(int a, int z) {
        boolean title = false;
        for (int k = a; k <= z; k++) {
            Tok t = m.tok(k);
            if (!t.capitalised()) {
                return false;
            }
            title |= Lexicons.isTitle(t.text());
        }
        return title || (z >= a && m.tok(z).is("PROPN"));
    }

    /**
     * A plural noun: its lemma differs from its form and it ends in s, or it is the "-men" plural of a noun of
     * persons in "-man" ("countrymen", "spokesmen"; {@link Lexicons#animate}), which the lemmatiser does not always
     * undo.
     */
    boolean plural(int i) {
        Tok t = m.tok(i);
        String l = t.lower();
        String form = t.possessive() ? m.text.substring(t.begin(), t.wordEnd()).toLowerCase(Locale.ROOT) : l;
        if (form.endsWith("men") && Lexicons.animate(form.substring(0, form.length() - 3) + "man")) {
            return true;
        }
        if (t.lemma() != null && !t.lemma().isEmpty()) {
            return form.endsWith("s") && !t.lemma().toLowerCase(Locale.ROOT).equals(form) && !form.endsWith("ss");
        }
        return form.endsWith("s") && !form.endsWith("ss") && !t.is("PROPN");
    }
}
