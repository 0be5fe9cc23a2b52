package org.annocorpus.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.annocorpus.scheme.SpeakerNames;

/**
 * Whether a name or a pronoun of the text is a mention of a given source: a name whose canonical form is the
 * source's, or a pronoun that resolves to it. The canonical forms and the pronouns' resolutions are computed once
 * per document. {@link NearestMention} and {@link OutermostMention} look for mentions through it.
 */
final class MentionsOfSource {

    /** Pronouns that may stand for a source: subjects, and possessives before their noun ("his aide"). */
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "it");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

    private final TextModel m;
    private final SpeakerAttributor attributor;
    /** A pronoun's speaker string by token, resolved once per document ("" for none). */
    private final Map<Integer, String> pronounSpeakers = new HashMap<>();
    /** A name's normalised canonical form, once per name. */
    private final Map<TextModel.Name, String> nameKeys = new HashMap<>();

    MentionsOfSource(TextModel model, SpeakerAttributor attributor) {
        this.m = model;
        this.attributor = attributor;
    }

    /** The source's key, to compare mentions by: its speaker string normalised. */
    static String key(String speaker) {
        return SpeakerNames.normalise(speaker);
    }

    /** The mention that is name {@code name} when it names the source {@code key}, else null. */
    Mention sameName(TextModel.Name name, String key) {
        if (!m.narrative(name.first())) {
            return null;
        }
        String nameKey = nameKeys.computeIfAbsent(name, n -> SpeakerNames.normalise(attributor.canonical(n)));
        return key.equals(nameKey) ? Phrases.nameMention(name) : null;
    }

    /** The mention that is the pronoun at {@code k} when it resolves to the source {@code key}, else null. */
    Mention samePronoun(int k, String key, Referent referent) {
        if (!m.narrative(k) || !pronoun(k) || !key.equals(pronounSpeaker(k))) {
            return null;
        }
        Mention p = attributor.ph.analyse(new Phrases.Np(k, k));
        return p == null ? null : p.withReferent(referent);
    }

    /** Whether token {@code k} is a subject pronoun ("he", "they"). */
    boolean subjectPronoun(int k) {
        TextModel.Tok t = m.tok(k);
        return (t.is("PRON") || t.is("DET")) && SUBJECTS.contains(t.lower());
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
            Referent r = attributor.reference.resolve(new Mention(t.begin(), t.end(), i, i, t.lower(), null, 0));
            return r == null ? "" : SpeakerNames.normalise(attributor.speaker(r));
        });
    }
}
