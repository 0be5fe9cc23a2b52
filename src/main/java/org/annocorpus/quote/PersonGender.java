package org.annocorpus.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.scheme.EntityType;
import org.annocorpus.text.DcorefLists;

/**
 * The gender a document gives its persons, for the pronouns that may stand for them: +1 masculine, -1
 * feminine, 0 unknown or contradictory. The text's own evidence comes first ("Mr."/"Ms." before a name of the
 * surname; the "He" or "She" that opens the sentence after one naming the person alone; "In his address, Graham
 * ..."), the first-name lists last ({@link DcorefLists}), since they give names such as Marty, Rand and Lindsey
 * one gender only.
 */
final class PersonGender {

    private final TextModel m;
    private final CanonicalNames names;
    /** Lazily: lower-case surname to the gender the document's honorifics give it. */
    private Map<String, Integer> bySurname;
    /** Lazily: canonical name to the gender the text's pronouns give it (the next sentence's, an opening possessive). */
    private Map<String, Integer> byPronoun;

    PersonGender(TextModel m, CanonicalNames names) {
        this.m = m;
        this.names = names;
    }

    /** +1 masculine, -1 feminine, 0 unknown: of a pronoun or honorific (with or without its full stop). */
    static int of(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return Lexicons.MASCULINE.contains(w) ? 1 : Lexicons.FEMININE.contains(w) ? -1 : 0;
    }

    /**
     * The gender of a single person as the document tells it: "Mr."/"Ms." before any name of the same
     * surname, or a head noun in -man/-woman ("spokeswoman") or of a gender of its own ("his wife"); else the
     * pronouns of the text: the one that opens the sentence after one that names the person only, a possessive
     * in the phrase that opens the person's own sentence ({@link #byPronoun}); else the gender of the first name
     * of the person's fullest name ("Donald Trump"); 0 when unknown or contradictory, and for several persons.
     */
    int of(Referent r) {
        if (r.members().size() != 1) {
            return 0;
        }
        Referent.Member member = r.members().get(0);
        String head = m.word(member.last());
        if (!member.isName()) {
            return Lexicons.nounGender(head);
        }
        int told = bySurname().getOrDefault(head, 0);
        if (told != 0) {
            return told;
        }
        int followed = byPronoun().getOrDefault(names.canonical(member.name()), 0);
        return followed != 0 ? followed : firstNameGender(member.name());
    }

    private Map<String, Integer> bySurname() {
        if (bySurname == null) {
            bySurname = new HashMap<>();
            for (int k = 0; k + 1 < m.size(); k++) {
                int g = of(m.tok(k).lower());
                TextModel.Name name = m.name(k + 1);
                if (g != 0 && m.tok(k).capitalised() && name != null && !m.tok(k).is("PRON")) {
                    bySurname.merge(m.word(name.last()), g, (a, b) -> a.equals(b) ? a : 0);
                }
            }
        }
        return bySurname;
    }

    /**
     * A person (canonical name) to the gender the text gives it by the pronoun that opens the next sentence:
     * "Walz approaches it a bit more diplomatically. She said ..." (a sentence that names no other person
     * and has no he/she/his/her, then "He" or "She" in the same paragraph), or by a possessive in the phrase
     * that opens the person's own sentence ({@link #voteOpeningPossessive}). The majority of such sentences
     * decides; a tie is 0.
     */
    private Map<String, Integer> byPronoun() {
        if (byPronoun != null) {
            return byPronoun;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int s = 0; s + 1 < m.sentences.size(); s++) {
            int[] range = m.sentenceTokens(s);
            int[] next = m.sentenceTokens(s + 1);
            if (range[1] < range[0] || next[1] < next[0] || !m.narrative(next[0])
                    || m.paragraphOf[next[0]] != m.paragraphOf[range[1]]) {
                continue;
            }
            int g = m.tok(next[0]).is("PRON") ? of(m.tok(next[0]).lower()) : 0;
            String person = g == 0 ? null : onlyPerson(range);
            if (person != null) {
                votes.merge(person, g, Integer::sum);
            }
        }
        for (int s = 0; s < m.sentences.size(); s++) {
            voteOpeningPossessive(m.sentenceTokens(s), votes);
        }
        byPronoun = new HashMap<>();
        votes.forEach((person, sum) -> byPronoun.put(person, Integer.signum(sum)));
        return byPronoun;
    }

    /**
     * "In his address to La Raza, Graham assures ...": a sentence that opens with a prepositional phrase holding
     * "his" or "her" (and no other person), then a comma and the name of the only person the sentence names,
     * gives that person the pronoun's gender (the phrase's possessor is the subject that follows it). One vote
     * into {@code votes}.
     */
    private void voteOpeningPossessive(int[] range, Map<String, Integer> votes) {
        if (range[1] - range[0] < 4 || !m.narrative(range[0]) || !m.tok(range[0]).is("ADP")) {
            return;
        }
        int g = m.tok(range[0] + 1).is("PRON") ? of(m.tok(range[0] + 1).lower()) : 0;
        if (g == 0) {
            return;
        }
        for (int k = range[0] + 2; k < range[1]; k++) {
            if (!m.narrative(k) || m.tok(k).is("PRON")
                    || (m.nameOf[k] >= 0 && !EntityType.ORG.name().equals(m.name(k).type())
                            && !EntityType.LOC.name().equals(m.name(k).type()))) {
                return; // another person or pronoun in the phrase: no telling whose
            }
            if (m.tok(k).text().equals(",")) {
                TextModel.Name name = m.nameOf[k + 1] >= 0 ? m.name(k + 1) : null;
                if (name != null && name.first() == k + 1 && EntityType.PER.name().equals(name.type())
                        && onlyPersonNamed(range, names.canonical(name))) {
                    votes.merge(names.canonical(name), g, Integer::sum);
                }
                return;
            }
        }
    }

    /** Whether sentence {@code range} names no person but {@code person} ("After his suspension, Mendoza replaced Schilling"). */
    private boolean onlyPersonNamed(int[] range, String person) {
        return personsNamed(range).stream().allMatch(person::equals);
    }

    /** The persons (canonical names) sentence {@code range} names. */
    private Set<String> personsNamed(int[] range) {
        Set<String> out = new HashSet<>();
        for (int k = range[0]; k <= range[1]; k++) {
            if (m.nameOf[k] >= 0 && m.name(k).last() == k && EntityType.PER.name().equals(m.name(k).type())) {
                out.add(names.canonical(m.name(k)));
            }
        }
        return out;
    }

    /** The one person (canonical name) sentence {@code range} names, when it has no he/she/his/her; else null. */
    private String onlyPerson(int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            if (m.narrative(k) && m.tok(k).is("PRON") && of(m.tok(k).lower()) != 0) {
                return null; // "Along with her husband, Milton Berg, ... she has given": another person
            }
        }
        Set<String> persons = personsNamed(range);
        return persons.size() == 1 ? persons.iterator().next() : null;
    }

    /** The gender of a person's first name, in the fullest form the document gives the name; 0 when unknown. */
    private int firstNameGender(TextModel.Name name) {
        List<String> words = CanonicalNames.words(names.canonical(name));
        return words.size() >= 2 ? DcorefLists.firstNameGender(words.get(0)) : 0;
    }

}
