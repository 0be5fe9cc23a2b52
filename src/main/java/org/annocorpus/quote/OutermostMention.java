package org.annocorpus.quote;

import java.util.Set;

/**
 * PolNeAR's Source of a quotation whose attribution went through a pronoun that opens a clause inside another
 * ("Lynch said she recalled thinking, “...”", "Ban condemned what he called a “...”"): the first earlier mention of
 * the same source in that sentence that is no verb's or preposition's object, the outer verb's subject, not the
 * pronoun. The pronoun stays where it opens no such clause ("When Reyes arrived, he said ...") or the sentence
 * names the source no earlier as a subject. The scheme takes the nearest mention instead (GUIDELINES Q9, {@link NearestMention}); this is
 * for {@link QuotationAnnotator#SPEAKER_MENTION_SOURCE}.
 */
final class OutermostMention {

    /** Words after which a pronoun opens a verb's complement clause ("said that she", "what he called"). */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "what", "which", "whom", "how", "why", "whether", "if");

    private final TextModel m;
    private final MentionsOfSource mentions;
    private final SourcePhrase phrases;

    OutermostMention(TextModel model, MentionsOfSource mentions, SourcePhrase phrases) {
        this.m = model;
        this.mentions = mentions;
        this.phrases = phrases;
    }

    /** The outer subject for {@code chosen} when that is a pronoun opening a complement clause, else {@code chosen}. */
    Mention of(Mention chosen, Referent referent, String speaker) {
        if (!chosen.isPronoun() || !opensComplement(chosen.first())) {
            return chosen;
        }
        String key = MentionsOfSource.key(speaker);
        int start = m.sentenceTokens(m.sentenceOf[chosen.first()])[0];
        for (int k = start; k < chosen.first(); k++) {
            TextModel.Name name = m.name(k);
            Mention candidate = name != null
                    ? (name.first() == k && !m.tok(name.last()).possessive() ? mentions.sameName(name, key) : null)
                    : mentions.subjectPronoun(k) ? mentions.samePronoun(k, key, referent) : null;
            if (candidate != null && subject(candidate)) {
                return candidate;
            }
        }
        return chosen;
    }

    /**
     * Whether the pronoun at token {@code k} opens a verb's complement: after the verb or a complementizer, perhaps
     * with an adverb between ("acknowledged that even she found").
     */
    private boolean opensComplement(int k) {
        int before = k - 1;
        if (inSentence(before, k) && m.tok(before).is("ADV")) {
            before--;
        }
        if (!inSentence(before, k)) {
            return false;
        }
        TextModel.Tok t = m.tok(before);
        return t.is("VERB") || t.is("AUX") || COMPLEMENTIZERS.contains(t.lower());
    }

    /**
     * Whether the mention is a subject, not an object: no verb or preposition right before its phrase ("Reporters
     * asked Tom Reyes about it, and he said" has Tom Reyes for an object).
     */
    private boolean subject(Mention mention) {
        int before = phrases.of(mention).first() - 1;
        if (!inSentence(before, mention.first())) {
            return true;
        }
        TextModel.Tok t = m.tok(before);
        return !(t.is("VERB") || t.is("AUX") || t.is("ADP"));
    }

    private boolean inSentence(int k, int of) {
        return m.narrative(k) && m.sameSentence(k, of);
    }
}
