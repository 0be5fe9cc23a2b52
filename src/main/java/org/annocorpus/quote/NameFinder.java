package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annocorpus.quote.TextModel.Name;
import org.annocorpus.quote.TextModel.RawEntity;
import org.annocorpus.quote.TextModel.Tok;
import org.annocorpus.scheme.EntityType;
import org.annocorpus.text.DcorefLists;

/**
 * The names of a document, one per token at most: the named entities of the pipeline brought to whole
 * tokens (edge punctuation, titles, possessives and headline words taken off, a given name the recogniser
 * left out added) or, without entities, each run of proper nouns, untyped.
 */
final class NameFinder {

    private final String text;
    private final List<Tok> toks;
    private final int[] sentenceOf;
    private final Headlines headlines;

    NameFinder(String text, List<Tok> toks, int[] sentenceOf, Headlines headlines) {
        this.text = text;
        this.toks = toks;
        this.sentenceOf = sentenceOf;
        this.headlines = headlines;
    }

    /** The names the entities give; where they overlap, the longest wins. */
    List<Name> entityNames(List<RawEntity> entities) {
        List<Name> out = new ArrayList<>();
        boolean[] inEntity = new boolean[toks.size()];
        for (RawEntity e : entities) {
            for (int k = TextModel.tokenAtOrAfter(toks, e.begin()); k < toks.size() && toks.get(k).begin() < e.end(); k++) {
                inEntity[k] = true;
            }
        }
        for (RawEntity e : entities) {
            int b = e.begin();
            int en = e.end();
            // marks and punctuation a recogniser left at the edges ("” Ortega")
            while (b < en && !Character.isLetterOrDigit(text.charAt(b))) {
                b++;
            }
            while (en > b && !Character.isLetterOrDigit(text.charAt(en - 1))
                    && !(text.charAt(en - 1) == '.' && en - 2 >= b && Character.isUpperCase(text.charAt(en - 2)))) {
                en--;
            }
            b = afterRunTogetherWord(b, en);
            if (b >= en) {
                continue;
            }
            int first = TextModel.tokenAtOrAfter(toks, b);
            if (first > 0 && toks.get(first - 1).end() > b) {
                first--; // the entity starts inside a token
            }
            int last = first;
            while (last + 1 < toks.size() && toks.get(last + 1).begin() < en) {
                last++;
            }
            if (first >= toks.size() || toks.get(first).begin() >= en) {
                continue;
            }
            String type = entityType(e.value());
            if (type.equals(EntityType.PER.name()) && toks.get(first).begin() == b && givenNameBefore(first, inEntity)) {
                first--; // "Cecile Richards: ..." where the recogniser took only "Richards"
                b = toks.get(first).begin();
            }
            // in a headline, capitalised common words are no part of a name ("Peru Backs New Trade ...")
            int k = first;
            while (k <= last) {
                if (headlines.commonWord(k)) {
                    k++;
                    continue;
                }
                int runFirst = k;
                while (k + 1 <= last && !headlines.commonWord(k + 1)) {
                    k++;
                }
                addEntity(out, Math.max(b, toks.get(runFirst).begin()), Math.min(en, toks.get(k).end()), type, runFirst, k);
                k++;
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        // one name per token: the longest wins where entities overlap
        List<Name> flat = new ArrayList<>();
        for (Name n : out) {
            Name prev = flat.isEmpty() ? null : flat.get(flat.size() - 1);
            if (prev != null && n.first() <= prev.last()) {
                if (n.end() - n.begin() > prev.end() - prev.begin()) {
                    flat.set(flat.size() - 1, n);
                }
                continue;
            }
            flat.add(n);
        }
        return List.copyOf(flat);
    }

    private void addEntity(List<Name> out, int begin, int end, String type, int first, int last) {
        Tok lastTok = toks.get(last);
        if (lastTok.possessive() && end > lastTok.wordEnd() && lastTok.wordEnd() > begin) {
            end = lastTok.wordEnd(); // a possessive is never part of a name
        }
        if (type.equals(EntityType.PER.name())) {
            int afterTitle = afterLastTitle(first, last);
            if (afterTitle > first) {
                first = afterTitle;
                begin = Math.max(begin, toks.get(first).begin());
            }
        }
        if (end > begin) {
            out.add(new Name(begin, end, type, first, last));
        }
    }

    /**
     * Where a name starts that is glued to the word before it ("PoliticsPeru", a section label run
     * into a headline): at a lower-to-upper case change after four letters or more; else {@code b}.
     */
    private int afterRunTogetherWord(int b, int en) {
        int k = b + 1;
        while (k < en && Character.isLetter(text.charAt(k))) {
            if (Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k)) && k - b >= 4
                    && k + 3 <= en && Character.isLowerCase(text.charAt(k + 1)) && moreNameAfterWord(k, en)) {
                return k;
            }
            k++;
        }
        return b;
    }

    /**
     * A run-together caption ("Maria LopezCarlos Ortega") goes on with another word; a name written in
     * camel case ("PolitiFact", "YouTube") is one word on its own.
     */
    private boolean moreNameAfterWord(int k, int en) {
        int w = k;
        while (w < en && !Character.isWhitespace(text.charAt(w))) {
            w++;
        }
        return w < en;
    }

    /** Without entities: each maximal run of proper nouns, titles taken off, is a name of unknown type. */
    List<Name> properNounRuns() {
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!(toks.get(i).is("PROPN") && !headlines.commonWord(i)) && !capitalisedAdjectiveBeforeName(i)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (!toks.get(last).possessive() && last + 1 < toks.size() && continuesName(last + 1)) {
                last++;
            }
            while (last > first && !toks.get(last).is("PROPN")) {
                last--;
            }
            i = last + 1;
            int start = afterLastTitle(first, last);
            // "Secretary of State Ana Ruiz": the department after a title and "of" is no part of the name
            if (start == first && first >= 2 && toks.get(first - 1).lower().equals("of")
                    && Lexicons.isTitle(toks.get(first - 2).text()) && last - first >= 2) {
                start = first + 1;
            }
            if (start > last || Lexicons.isTitle(toks.get(last).text())) {
                int end = last;
                while (end >= start && Lexicons.isTitle(toks.get(end).text())) {
                    end--;
                }
                if (end < start) {
                    continue;
                }
                last = end;
            }
            out.add(new Name(toks.get(start).begin(), toks.get(last).wordEnd(), TextModel.UNTYPED, start, last));
        }
        return List.copyOf(out);
    }

    /** "United" in "the United States": a capitalised adjective inside a sentence, right before a proper noun. */
    private boolean capitalisedAdjectiveBeforeName(int i) {
        Tok t = toks.get(i);
        if (!t.is("ADJ") || !t.capitalised() || i + 1 >= toks.size() || !toks.get(i + 1).is("PROPN")) {
            return false;
        }
        return i > 0 && sentenceOf[i - 1] == sentenceOf[i] && !toks.get(i - 1).text().equals(":");
    }

    /** Whether token {@code i} continues a proper-noun run: a proper noun, or a joining mark between two. */
    private boolean continuesName(int i) {
        Tok t = toks.get(i);
        if (t.is("PROPN")) {
            return !headlines.commonWord(i);
        }
        boolean joiner = t.text().equals("-") || t.text().equals("&") || t.text().equals(".");
        return joiner && i + 1 < toks.size() && toks.get(i + 1).is("PROPN")
                && toks.get(i - 1).end() == t.begin() && t.end() == toks.get(i + 1).begin();
    }

    /**
     * Whether the token before a person's name is a given name the recogniser left out: a capitalised proper
     * noun of the same sentence that the first-name list knows and no other entity holds ("Cecile" in a
     * headline's "Cecile Richards: ..."). A sentence-initial auxiliary ("Will Sanders come down?") is no
     * proper noun.
     */
    private boolean givenNameBefore(int first, boolean[] inEntity) {
        if (first <= 0 || inEntity[first - 1] || sentenceOf[first - 1] != sentenceOf[first]) {
            return false;
        }
        Tok t = toks.get(first - 1);
        return t.is("PROPN") && t.capitalised() && t.end() < toks.get(first).begin()
                && t.text().chars().allMatch(Character::isLetter) && !Lexicons.isTitle(t.text())
                && DcorefLists.isFirstName(t.text())
                // "Said Ana Reyes, who ..., “...”": a speech verb before its subject, which a tagger may take for a name
                && Lexicons.speechLemma(t.text(), t.lemma()) == null;
    }

    /** The token after the last title word of a run ("Ohio Sen. Mary Olsen"), if a name follows. */
    private int afterLastTitle(int first, int last) {
        int start = first;
        for (int k = first; k < last; k++) {
            if (Lexicons.isTitle(toks.get(k).text())) {
                start = k + 1;
            }
        }
        return start;
    }

    /** The scheme's type of another tool's entity label (CoreNLP's PERSON, GPE, ...). */
    private static String entityType(String value) {
        if (value == null) {
            return EntityType.MISC.name();
        }
        switch (value.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON":
                return EntityType.PER.name();
            case "ORG", "ORGANIZATION", "ORGANISATION":
                return EntityType.ORG.name();
            case "LOC", "LOCATION", "GPE":
                return EntityType.LOC.name();
            default:
                return EntityType.MISC.name();
        }
    }
}
