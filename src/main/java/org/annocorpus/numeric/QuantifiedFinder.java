package org.annocorpus.numeric;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.numeric.DocumentView.Span;
import org.annocorpus.numeric.DocumentView.Tok;

/**
 * Finds what a claim counts or measures, as written, without determiners, from the part-of-speech tags
 * of its sentence:
 * <ul>
 * <li>the noun phrase the number modifies ("54,000 US troops", "the two countries' armed forces" gives
 * "countries");</li>
 * <li>the "of" phrase after a percentage, fraction or measure ("70% of US bases", "half of the
 * approximately 50,000 soldiers", "0.6% of Japan's territory": a possessive name stays, a possessive
 * pronoun goes);</li>
 * <li>the noun phrase a target or change applies to ("raise its defense spending to 2% of GDP", "prices
 * rose by 5%").</li>
 * </ul>
 * A duration measures time, which its unit already records: its quantified is empty.
 */
final class QuantifiedFinder {

    private final DocumentView doc;
    private final NumericLexicon lexicon;

    QuantifiedFinder(DocumentView doc, NumericLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * @param begin the claim's begin
     * @param end the claim's end
     * @param leftEdge where the claim's qualifier begins (the claim's begin without one)
     * @param rightEdge where a qualifier after the claim ends ("10 or more games"; the claim's end without one)
     */
    String find(Quantity.Kind kind, int begin, int end, int leftEdge, int rightEdge) {
        if (kind == Quantity.Kind.DURATION || doc.tokens.isEmpty()) {
            return "";
        }
        Span s = doc.sentenceAt(begin);
        int sentFirst = doc.firstTokenFrom(s.begin());
        int sentLast = doc.lastTokenBefore(s.end());
        int after = doc.firstTokenFrom(rightEdge);
        int before = doc.lastTokenBefore(leftEdge);
        if (before < sentFirst) {
            before = -1;
        }
        if (after > sentLast) {
            after = -1;
        }
        String found = switch (kind) {
            case COUNT -> first(nounPhraseAfter(after, sentLast, false), ofPhrase(after, sentLast, "of"),
                    objectBefore(before, sentFirst));
            case PERCENT -> first(objectBefore(before, sentFirst), ofPhrase(after, sentLast, "of"),
                    modifiedNoun(before, after, sentLast), subjectBefore(before, sentFirst, false),
                    headOfOf(before, sentFirst));
            // "one in five Americans", "a two-thirds majority"
            case FRACTION -> first(objectBefore(before, sentFirst), ofPhrase(after, sentLast, "of"),
                    nounPhraseAfter(after, sentLast, false), subjectBefore(before, sentFirst, false),
                    headOfOf(before, sentFirst));
            case MONEY -> first(nounPhraseAfter(after, sentLast, false), ofPhrase(after, sentLast, "of"),
                    inPhrase(after, sentLast), objectBefore(before, sentFirst), headOfOf(before, sentFirst),
                    subjectBefore(before, sentFirst, true));
            case MEASURE -> first(ofPhrase(after, sentLast, "of"), objectBefore(before, sentFirst),
                    headOfOf(before, sentFirst));
            default -> "";
        };
        return found == null ? "" : found;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) {
                return c;
            }
        }
        return "";
    }

    /** Adjectives and nouns from token {@code i} to the last noun; a possessive ends the phrase. */
    private String nounPhraseAfter(int i, int last, boolean leadingPossessive) {
        if (i < 0) {
            return null;
        }
        List<Tok> np = new ArrayList<>();
        int head = -1;
        boolean cutPossessive = false;
        for (int k = i; k <= last; k++) {
            Tok t = doc.tokens.get(k);
            if (isInnerHyphen(k, last) && !np.isEmpty()) {
                np.add(t);
                continue;
            }
            if (!t.is("NOUN", "PROPN", "ADJ")) {
                break;
            }
            if (head >= 0 && t.is("ADJ") && isPlural(np.get(head))) {
                break; // another phrase begins: "workers last spring"
            }
            if (t.possessive()) {
                boolean possessorOnly = np.stream().allMatch(p -> p.is("PROPN"));
                np.add(t);
                if (leadingPossessive && possessorOnly && t.is("NOUN", "PROPN")) {
                    // "Japan's territory", "Donald Trump's supporters": the possessor is part of what is measured
                    head = -1;
                    continue;
                }
                if (t.is("NOUN", "PROPN")) {
                    head = np.size() - 1;
                    cutPossessive = true;
                }
                break; // "two countries' armed forces": the count is of countries
            }
            np.add(t);
            // a name after the last common noun is no part of it ("debates Monday"), a name before it is ("Sea Hawk helicopters")
            if (t.is("NOUN") || (t.is("PROPN") && (head < 0 || !np.get(head).is("NOUN")))) {
                head = np.size() - 1;
            }
        }
        if (head < 0) {
            return null;
        }
        Tok h = np.get(head);
        if (timeWord(h)) {
            return null; // "$20 million last month": a time, not what is counted
        }
        return doc.text.substring(np.get(0).begin(), cutPossessive ? h.endWithoutPossessive() : h.end());
    }

    private boolean timeWord(Tok t) {
        List<Lexeme> word = Lexer.lex(t.text());
        PhraseTable.Match<NumericLexicon.Unit> unit = word.size() == 1 ? lexicon.units.matchAt(word, 0) : null;
        return unit != null && unit.value().time();
    }

    private static boolean isPlural(Tok t) {
        String w = t.text().toLowerCase();
        return w.endsWith("s") && !w.endsWith("ss");
    }

    /** "of the approximately 50,000 American soldiers": determiners, qualifiers and numbers skipped. */
    private String ofPhrase(int i, int last, String preposition) {
        if (i < 0 || !doc.tokens.get(i).text().equalsIgnoreCase(preposition)) {
            return null;
        }
        int k = i + 1;
        while (k <= last && doc.tokens.get(k).is("DET") || k <= last && isPossessivePronoun(doc.tokens.get(k))) {
            k++;
        }
        // a qualifier and a number before the noun: "the approximately 50,000 soldiers", "the 3 million people"
        int m = k;
        while (m <= last && doc.tokens.get(m).is("ADV")) {
            m++;
        }
        if (m <= last && doc.tokens.get(m).is("NUM", "SYM")) {
            while (m <= last && doc.tokens.get(m).is("NUM", "SYM")) {
                m++;
            }
            // "half of 1 percent of the refugees": what the inner percentage is of
            if (m <= last && isNumberWordToken(doc.tokens.get(m))) {
                return m + 1 <= last ? ofPhrase(m + 1, last, "of") : null;
            }
            k = m;
        }
        return nounPhraseAfter(k <= last ? k : -1, last, true);
    }

    /** "$3 million in fines": a bare noun phrase after "in" ("in a week" is a time, not what is paid). */
    private String inPhrase(int i, int last) {
        if (i < 0 || i + 1 > last || !doc.tokens.get(i).text().equalsIgnoreCase("in")
                || !doc.tokens.get(i + 1).is("NOUN", "ADJ")) {
            return null;
        }
        return nounPhraseAfter(i + 1, last, false);
    }

    /** "its defense spending [to] 2%": the noun phrase right before "to", "by" or "at". */
    private String objectBefore(int i, int first) {
        if (i < 0 || !isTargetPreposition(doc.tokens.get(i))) {
            return null;
        }
        return nounPhraseBefore(i - 1, first);
    }

    /** "a 5% tariff": a percentage after a determiner modifies the noun after it. */
    private String modifiedNoun(int before, int after, int last) {
        if (before < 0 || !doc.tokens.get(before).is("DET")) {
            return null;
        }
        return nounPhraseAfter(after, last, false);
    }

    /**
     * "unemployment rose [to] 5%", "prices rose 70%", "turnout was 60%": the subject before the verb
     * before the number (or before its "to", "by" or "at").
     */
    private String subjectBefore(int i, int first, boolean prepositionRequired) {
        if (i < 0) {
            return null;
        }
        boolean preposition = isTargetPreposition(doc.tokens.get(i));
        if (prepositionRequired && !preposition) {
            return null;
        }
        int k = preposition ? i - 1 : i;
        if (k < first || !doc.tokens.get(k).is("VERB", "AUX")) {
            return null;
        }
        k--;
        while (k >= first && doc.tokens.get(k).is("AUX", "ADV", "PART")) {
            k--;
        }
        return nounPhraseBefore(k, first);
    }

    /** "a budget [of] $5 billion": the noun phrase before "of". */
    private String headOfOf(int i, int first) {
        if (i < 0 || !doc.tokens.get(i).text().equalsIgnoreCase("of")) {
            return null;
        }
        return nounPhraseBefore(i - 1, first);
    }

    /** The noun phrase ending at token {@code i}, back to a determiner or pronoun; a possessive name stays. */
    private String nounPhraseBefore(int i, int first) {
        if (i < first || i < 0) {
            return null;
        }
        Tok end = doc.tokens.get(i);
        if (!end.is("NOUN", "PROPN") || end.possessive() || isNumberWordToken(end)) {
            return null;
        }
        int k = i;
        while (k - 1 >= first) {
            Tok t = doc.tokens.get(k - 1);
            if (isInnerHyphen(k - 1, i)) {
                k--;
                continue;
            }
            if (!t.is("NOUN", "PROPN", "ADJ")) {
                break;
            }
            k--;
            if (t.possessive()) {
                break; // "Japan's defense spending": the possessor opens the phrase
            }
        }
        if (k - 1 >= first && doc.tokens.get(k - 1).is("NUM")) {
            return null; // "46 percent to 42 percent": the phrase before is another quantity
        }
        return doc.text.substring(doc.tokens.get(k).begin(), end.end());
    }

    /** "percent", "%" tagged as a noun: part of another quantity, not a thing. */
    private static boolean isNumberWordToken(Tok t) {
        String w = t.text().toLowerCase();
        return w.equals("percent") || w.equals("%") || w.equals("cent") || w.equals("percentage") || w.equals("points")
                || w.equals("point");
    }

    private static boolean isTargetPreposition(Tok t) {
        String w = t.text().toLowerCase();
        return w.equals("to") || w.equals("by") || w.equals("at");
    }

    private static boolean isPossessivePronoun(Tok t) {
        // UD tags "its", "their", ... PRON (with Poss=Yes); other pronouns ("them") end the phrase anyway
        return t.is("PRON");
    }

    /** A hyphen token that joins two word tokens ("quick - reaction" as three tokens). */
    private boolean isInnerHyphen(int k, int last) {
        Tok t = doc.tokens.get(k);
        if (!t.text().equals("-") || k == 0 || k + 1 > last) {
            return false;
        }
        return doc.tokens.get(k - 1).end() == t.begin() && doc.tokens.get(k + 1).begin() == t.end();
    }
}
