package org.annocorpus.quote;

/**
 * PolNeAR's Source of a quotation whose attribution went through a pronoun of a clause inside another
 * ("Lynch said she recalled thinking, “...”", "Ban condemned what he called a “...”"): the first mention of the
 * same source in that sentence, the subject of the outer verb, not the pronoun. The pronoun stays where the
 * sentence names the source no earlier. The scheme takes the nearest mention instead (GUIDELINES Q9,
 * {@link NearestMention}); this is for {@link QuotationAnnotator#SPEAKER_MENTION_SOURCE}.
 */
final class OutermostMention {

    private final TextModel m;
    private final MentionsOfSource mentions;

    OutermostMention(TextModel model, MentionsOfSource mentions) {
        this.m = model;
        this.mentions = mentions;
    }

    /** The first mention of {@code speaker} in the sentence of {@code chosen}, when that is a pronoun. */
    Mention of(Mention chosen, Referent referent, String speaker) {
        if (!chosen.isPronoun()) {
            return chosen;
        }
        String key = MentionsOfSource.key(speaker);
        int start = m.sentenceTokens(m.sentenceOf[chosen.first()])[0];
        for (int k = start; k < chosen.first(); k++) {
            TextModel.Name name = m.name(k);
            Mention candidate = name != null
                    ? (name.first() == k && !m.tok(name.last()).possessive() ? mentions.sameName(name, key) : null)
                    : mentions.subjectPronoun(k) ? mentions.samePronoun(k, key, referent) : null;
            if (candidate != null) {
                return candidate;
            }
        }
        return chosen;
    }
}
