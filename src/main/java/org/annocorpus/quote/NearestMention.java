package org.annocorpus.quote;

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

    private final TextModel m;
    private final MentionsOfSource mentions;

    NearestMention(TextModel model, MentionsOfSource mentions) {
        this.m = model;
        this.mentions = mentions;
    }

    /** The mention of {@code speaker} nearest to quotation {@code q}: {@code chosen} or a nearer one. */
    Mention of(int q, Mention chosen, Referent referent, String speaker) {
        if (referent.kind() != Referent.Kind.NAME) {
            return chosen;
        }
        QuoteSpan span = m.quotes().get(q);
        String key = MentionsOfSource.key(speaker);
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
            Mention candidate = name != null ? (name.last() == k ? mentions.sameName(name, key) : null)
                    : mentions.samePronoun(k, key, referent);
            if (candidate != null && distance(span, candidate) < bestDistance) {
                best = candidate;
                bestDistance = distance(span, candidate);
            }
        }
        for (int k = last + 1; k < to && m.tok(k).begin() - span.contentEnd() < bestDistance; k++) {
            TextModel.Name name = m.name(k);
            Mention candidate = name != null ? (name.first() == k ? mentions.sameName(name, key) : null)
                    : mentions.samePronoun(k, key, referent);
            if (candidate != null && distance(span, candidate) < bestDistance) {
                best = candidate;
                bestDistance = distance(span, candidate);
            }
        }
        return best;
    }

    /** Characters between the quotation's words and the mention (0 where they touch). */
    private static int distance(QuoteSpan span, Mention mention) {
        if (mention.end() <= span.contentBegin()) {
            return span.contentBegin() - mention.end();
        }
        return Math.max(0, mention.begin() - span.contentEnd());
    }
}
