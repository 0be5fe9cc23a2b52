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
    private final CanonicalNames names;
    /** A pronoun's speaker string by token, resolved once per document ("" for none). */
    private final Map<Integer, String> pronounSpeakers = new HashMap<>();

    NearestMention(TextModel model, SpeakerAttributor attributor, CanonicalNames names) {
        this.m = model;
        this.attributor = attributor;
        this.names = names;
    }

    /** The mention of {@code speaker} nearest to quotation {@code q}: {@code chosen} or a nearer one. */
    Mention of(int q, Mention chosen, Referent referent, String speaker) {
        if (referent.kind() != Referent.Kind.NAME) {
            return chosen;
        }
        QuoteSpan span = m.quotes().get(q);
        String key = SpeakerNames.normalise(speaker);
        Mention best = chosen;
        int bestDistance = distance(span, chosen);
        int p0 = Math.max(0, m.paragraphOf[m.firstTokenOf(q)] - 1);
        int p1 = m.paragraphOf[m.lastTokenOf(q)];
        int from = m.tokenAtOrAfter(m.paragraphs.get(p0).begin());
        int to = m.tokenAtOrAfter(m.paragraphs.get(p1).end());
        for (int k = from; k < to && k < m.size(); k++) {
            if (!m.narrative(k)) {
                continue;
            }
            Mention candidate = null;
            TextModel.Name name = m.name(k);
            if (name != null && name.first() == k && key.equals(SpeakerNames.normalise(names.canonical(name)))) {
                candidate = Phrases.nameMention(name);
            } else if (pronoun(k) && key.equals(pronounSpeaker(k))) {
                Mention p = attributor.ph.analyse(new Phrases.Np(k, k));
                candidate = p == null ? null : p.withReferent(referent);
            }
            if (candidate != null) {
                int d = distance(span, candidate);
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return best;
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
            return r == null ? "" : SpeakerNames.normalise(names.speaker(r));
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
