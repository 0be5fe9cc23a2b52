package org.annocorpus.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.annocorpus.scheme.SpeakerNames;

/**
 * The scheme's {@code speakerMention} (annotation scheme, GUIDELINES Q9): of the mentions in the text that
 * name or refer to a quotation's source, the one nearest to the quotation. The attribution finds the source
 * through one mention (the subject of "said", say); a name of the same source or a pronoun that resolves to
 * it may stand nearer ("Tom Reyes, who said his campaign was strong, called the plan “a joke”" has "his").
 * Looked for from the paragraph before the quotation's to the end of its own (the annotators' practice:
 * the next paragraph is not searched); the attribution's own mention where none is nearer. Sources that are
 * no single name keep it.
 */
final class NearestMention {

    /** Pronouns that may stand for a source: subjects, and possessives before their noun ("his aide"). */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "it");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

    private final TextModel m;
    private final SpeakerAttributor attributor;
    /** A pronoun's speaker string by token, resolved once per document ("" for none). */
    private final Map<Integer, String> pronounSpeakers = new HashMap<>();
    /** A name's normalised canonical form, once per name. */
    private final Map<TextModel.Name, String> nameKeys = new HashMap<>();

    NearestMention(TextModel model, SpeakerAttributor attributor) {
        this.m = model;
        this.attributor = attributor;
    }

    /** The mention of {@code speaker} nearest to quotation {@code q}: {@code chosen} or a nearer one. */
    Mention of(int q, Mention chosen, Referent referent, String speaker) {
        if (referent.kind() != Referent.Kind.NAME) {
            return chosen;
        }
        QuoteSpan span = m.quotes().get(q);
        String key = SpeakerNames.normalise(speaker);
        int first = m.firstTokenOf(q);
        int last = m.lastTokenOf(q);
        int from = m.tokenAtOrAfter(m.paragraphs.get(Math.max(0, m.paragraphOf[first] - 1)).begin());
        int to = Math.min(m.size(), m.tokenAtOrAfter(m.paragraphs.get(m.paragraphOf[last]).end()));
        Mention best = chosen;
        int bestDistance = distance(span, chosen);
        // outwards from the quotation, each side until no mention can be nearer: a long paragraph costs
        // only the words between the quotation and its nearest mention
        for (int k = first - 1; k >= from && span.contentBegin() - m.tok(k).end() < bestDistance; k--) {
            TextModel.Name name = m.name(k);
            Mention candidate = name != null ? (name.last() == k ? sameName(name, key) : null) : samePronoun(k, key, referent);
            if (candidate != null && distance(span, candidate) < bestDistance) {
                best = candidate;
                bestDistance = distance(span, candidate);
            }
        }
        for (int k = last + 1; k < to && m.tok(k).begin() - span.contentEnd() < bestDistance; k++) {
            TextModel.Name name = m.name(k);
            Mention candidate = name != null ? (name.first() == k ? sameName(name, key) : null) : samePronoun(k, key, referent);
            if (candidate != null && distance(span, candidate) < bestDistance) {
                best = candidate;
                bestDistance = distance(span, candidate);
            }
        }
        return best;
    }

    /** The mention that is name {@code name} when it names the source {@code key}, else null. */
    private Mention sameName(TextModel.Name name, String key) {
        if (!m.narrative(name.first())) {
            return null;
        }
        String nameKey = nameKeys.computeIfAbsent(name, n -> SpeakerNames.normalise(attributor.canonical(n)));
        return key.equals(nameKey) ? Phrases.nameMention(name) : null;
    }

    /** The mention that is the pronoun at {@code k} when it resolves to the source {@code key}, else null. */
    private Mention samePronoun(int k, String key, Referent referent) {
        if (!m.narrative(k) || !pronoun(k) || !key.equals(pronounSpeaker(k))) {
            return null;
        }
        Mention p = attributor.ph.analyse(new Phrases.Np(k, k));
        return p == null ? null : p.withReferent(referent);
    }

    /**
     * A pronoun that may name a source: a subject ("he") or a possessive before its noun ("his aide"); an
     * object ("called her") is someone spoken to or of.
     */
    private boolean pronoun(int k) {
        TextModel.Tok t = m.tok(k);
        String l = t.lower();
        if (!t.is("PRON") && !t.is("DET")) {
            return false;
        }
        if (SUBJECTS.contains(l)) {
            return true;
        }
        boolean beforeNoun = k + 1 < m.size() && m.narrative(k + 1)
                && (m.tok(k + 1).is("NOUN") || m.tok(k + 1).is("ADJ") || m.tok(k + 1).is("PROPN"));
        return POSSESSIVES.contains(l) && beforeNoun;
    }

    private String pronounSpeaker(int k) {
        return pronounSpeakers.computeIfAbsent(k, i -> {
            TextModel.Tok t = m.tok(i);
            Referent r = attributor.referentOf(new Mention(t.begin(), t.end(), i, i, t.lower(), null, 0));
            return r == null ? "" : SpeakerNames.normalise(attributor.speaker(r));
        });
    }

    /** Characters between the quotation's words and the mention (0 where they touch). */
    private static int distance(QuoteSpan span, Mention mention) {
        if (mention.end() <= span.contentBegin()) {
            return span.contentBegin() - mention.end();
        }
        return Math.max(0, mention.begin() - span.contentEnd());
    }
}
