package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annocorpus.quote.AttributionSyntax.CueKind;
import org.annocorpus.quote.TextModel.Tok;

/**
 * Finds who says each quotation by applying a list of {@link SpeakerSieve}s (see {@link SpeakerSieves} for
 * the rules and their default order): quotation by quotation in text order, the first sieve that names a
 * source decides, and the attribution records that sieve's name. A sieve that looks at other quotations'
 * speakers sees the final attribution of the quotations before and the attribution of the text-local
 * sieves for the quotations after.
 *
 * <p>This class holds what the sieves share: the reporting verbs and their subjects ({@link #syntax}, an
 * {@link AttributionSyntax}), the groups of sentences a quotation's attribution may come from, and what a
 * mention stands for ({@link #reference}, a {@link ReferenceResolver}).
 */
final class SpeakerAttributor {

    /** Who says a quotation: the mention chosen, what it stands for, and the sieve that decided. */
    record Attribution(Mention mention, Referent referent, String sieve) {

        Attribution by(String name) {
            return new Attribution(mention, referent, name);
        }
    }

    /** A sentence group: the sentences a quotation spans, within one paragraph (token range). */
    record Group(int first, int last) {
    }

    static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");
    final TextModel m;
    final Phrases ph;
    private final int[] qFirst;
    private final int[] qLast;
    private final Group[] groupOf;
    /** The reporting verbs of the text and the syntax that finds their subjects. */
    final AttributionSyntax syntax;
    /** What a mention stands for: pronouns and descriptions resolved to an earlier mention. */
    final ReferenceResolver reference;
    private List<SpeakerSieve> sieves = List.of();
    private Attribution[] result = new Attribution[0];
    private Attribution[] localResult = new Attribution[0];
    private boolean[] localDone = new boolean[0];
    private int current;

    SpeakerAttributor(TextModel model) {
        this.m = model;
        this.ph = new Phrases(model);
        int n = model.quotes().size();
        qFirst = new int[n];
        qLast = new int[n];
        java.util.Arrays.fill(qFirst, -1);
        for (int i = 0; i < model.size(); i++) {
            int q = model.quoteOf(i);
            if (q >= 0) {
                if (qFirst[q] < 0) {
                    qFirst[q] = i;
                }
                qLast[q] = i;
            }
        }
        syntax = new AttributionSyntax(model, ph);
        reference = new ReferenceResolver(model, ph, syntax);
        groupOf = groups();
    }

    /**
     * Decides one quotation's attribution; it may read every sieve's proposal ({@link #proposals}) and the
     * final attributions of the quotations before ({@link #attributionOf}).
     */
    interface Decider {
        Attribution decide(int q, SpeakerAttributor s);
    }

    /** The attribution of every quotation of the model by the given sieves, in order; null where none names a source. */
    List<Attribution> attributeAll(List<SpeakerSieve> order) {
        return attributeAll(order, (q, s) -> s.apply(q, false));
    }

    /**
     * The attribution of every quotation, in text order, as {@code decider} decides it with the given
     * sieves; a later quotation's discourse sieves see the decided attributions of the earlier ones.
     */
    List<Attribution> attributeAll(List<SpeakerSieve> order, Decider decider) {
        int n = m.quotes().size();
        sieves = List.copyOf(order);
        result = new Attribution[n];
        localResult = new Attribution[n];
        localDone = new boolean[n];
        for (int q = 0; q < n; q++) {
            current = q;
            if (qFirst[q] >= 0) {
                result[q] = decider.decide(q, this);
            }
        }
        current = n;
        return java.util.Arrays.asList(result);
    }

    /** The first sieve's attribution of quotation {@code q}, as {@link #attributeAll(List)} decides. */
    Attribution firstSieve(int q) {
        return apply(q, false);
    }

    /** Every sieve's attribution of quotation {@code q}, in the sieves' order, each named by its sieve. */
    List<Attribution> proposals(int q) {
        List<Attribution> out = new ArrayList<>();
        for (SpeakerSieve sieve : sieves) {
            Attribution a = sieve.attribute(q, this);
            if (a != null && a.referent() != null) {
                out.add(a.by(sieve.name()));
            }
        }
        return out;
    }

    /** The speaker string (canonical name) of a referent; "" for none. */
    String speaker(Referent r) {
        return reference.speaker(r);
    }

    /** The canonical form of a name of the document. */
    String canonical(TextModel.Name name) {
        return reference.canonical(name);
    }

    private Attribution apply(int q, boolean localOnly) {
        for (SpeakerSieve sieve : sieves) {
            if (localOnly && !sieve.local()) {
                continue;
            }
            Attribution a = sieve.attribute(q, this);
            if (a != null) {
                return a.by(sieve.name());
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- what sieves read

    /** Number of quotations. */
    int quotes() {
        return qFirst.length;
    }

    /** First and last token inside quotation {@code q}. */
    int first(int q) {
        return qFirst[q];
    }

    int last(int q) {
        return qLast[q];
    }

    /** The tokens in which the attribution of quotation {@code q} is looked for. */
    Group group(int q) {
        return groupOf[q];
    }

    /**
     * The attribution of another quotation: final for one before the quotation being attributed, by the
     * text-local sieves alone for one after it.
     */
    Attribution attributionOf(int k) {
        if (k < 0 || k >= qFirst.length || qFirst[k] < 0) {
            return null;
        }
        if (k < current) {
            return result[k];
        }
        if (k == current) {
            return null;
        }
        if (!localDone[k]) {
            localDone[k] = true;
            localResult[k] = apply(k, true);
        }
        return localResult[k];
    }

    /** A mention found next to quotation {@code q}: resolved, and replaced by a nearer one of the same source. */
    Attribution local(int q, Mention mention) {
        Referent r = reference.resolve(mention);
        return r == null ? null : new Attribution(nearestMention(q, mention, r), r, null);
    }

    /** A mention found away from the quotation: resolved, kept as it is. */
    Attribution distant(Mention mention) {
        Referent r = reference.resolve(mention);
        return r == null ? null : new Attribution(mention, r, null);
    }

    /** The possessor that token {@code k} ends: "his", "their", or a name with "'s" ("Mrs. Clinton's"); else null. */
    Mention possessor(int k) {
        if (k < 0 || !m.narrative(k)) {
            return null;
        }
        Tok t = m.tok(k);
        String p = t.lower();
        if (t.is("PRON") && (p.equals("his") || p.equals("her") || p.equals("their"))) {
            return new Mention(t.begin(), t.end(), k, k, p, null, 0);
        }
        int last = k;
        if (!t.possessive() && ph.possessiveMarker(k) && k > 0) {
            last = k - 1; // "Clinton" + "'s"
        } else if (!t.possessive()) {
            return null;
        }
        if (m.nameOf[last] < 0) {
            return null;
        }
        TextModel.Name n = m.name(last);
        return ph.analyse(new Phrases.Np(n.first(), n.last()));
    }

    // ---------------------------------------------------------------- groups

    private Group[] groups() {
        int n = m.quotes().size();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int q = 0; q < n; q++) {
            if (qFirst[q] < 0) {
                continue;
            }
            from[q] = m.sentenceOf[qFirst[q]];
            to[q] = m.sentenceOf[qLast[q]];
            QuoteSpan span = m.quotes().get(q);
            int para = m.paragraphOf[qFirst[q]];
            // "“...,”" or "“...?”" closing its sentence: the attribution follows in the next one
            if (span.close() >= 0 && m.sentenceTokens(to[q])[1] == qLast[q] && to[q] + 1 < m.sentences.size()
                    && paragraphOfSentence(to[q] + 1) == para
                    && (m.text.substring(span.contentEnd(), span.close()).contains(",") || attributionOpens(to[q] + 1))) {
                to[q]++;
            }
            // "X said:" ending the sentence before
            if (from[q] > 0 && m.sentenceTokens(from[q])[0] == qFirst[q] && paragraphOfSentence(from[q] - 1) == para) {
                int[] prev = m.sentenceTokens(from[q] - 1);
                if (prev[1] >= prev[0] && m.tok(prev[1]).text().equals(":")) {
                    from[q]--;
                }
            }
        }
        Group[] out = new Group[n];
        int q = 0;
        while (q < n) {
            if (qFirst[q] < 0) {
                q++;
                continue;
            }
            int a = from[q];
            int b = to[q];
            int r = q + 1;
            while (r < n && qFirst[r] >= 0 && from[r] <= b && m.paragraphOf[qFirst[r]] == m.paragraphOf[qFirst[q]]) {
                b = Math.max(b, to[r]);
                r++;
            }
            Group g = new Group(m.sentenceTokens(a)[0], Math.max(m.sentenceTokens(b)[1], qLast[r - 1]));
            for (int k = q; k < r; k++) {
                out[k] = g;
            }
            q = r;
        }
        return out;
    }

    /** A sentence that opens as an attribution does: "she said, ...", "said X", "Ruiz asked." */
    private boolean attributionOpens(int s) {
        int[] range = m.sentenceTokens(s);
        if (range[1] < range[0]) {
            return false;
        }
        Tok first = m.tok(range[0]);
        if (first.text().chars().anyMatch(Character::isLetter) && Character.isLowerCase(first.text().charAt(0))) {
            return true;
        }
        for (int k = range[0]; k <= Math.min(range[1], range[0] + 4); k++) {
            if (syntax.reportingVerb(k)) {
                return k + 1 > range[1] || m.tok(k + 1).is("PUNCT") || m.tok(k + 1).is("ADV") || m.tok(k + 1).is("ADP")
                        || k == range[0] || m.tok(k + 1).is("PROPN");
            }
        }
        return false;
    }

    private int paragraphOfSentence(int s) {
        int[] toks = m.sentenceTokens(s);
        return toks[1] >= toks[0] ? m.paragraphOf[toks[0]] : -1;
    }

    // ---------------------------------------------------------------- inheritance

    /** The subject of the last reporting verb of sentence {@code s} outside quotations, or null. */
    Mention lastReporting(int s) {
        int[] range = m.sentenceTokens(s);
        Group g = new Group(range[0], range[1]);
        for (int k = range[1]; k >= range[0]; k--) {
            if (syntax.cue(k, CueKind.VERB)) {
                return syntax.subjectForCue(k, g, 0);
            }
        }
        return null;
    }

    /** The source of a clause that ends with a colon: its reporting verb's subject, or its subject. */
    Mention colonClause(int colon) {
        int start = m.sentenceTokens(m.sentenceOf[colon])[0];
        Group g = new Group(start, colon);
        for (int k = colon - 1; k >= start; k--) {
            if (syntax.cue(k, CueKind.VERB)) {
                Mention s = syntax.subjectForCue(k, g, 0);
                if (s != null) {
                    return s;
                }
            }
        }
        return syntax.mainSubject(start, colon - 1);
    }

    boolean hasWords(Group g) {
        for (int k = g.first(); k <= g.last(); k++) {
            if (m.narrative(k) && m.tok(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- mentions and reference

    /**
     * The mention nearest to the quotation that refers to the same source: a possessive pronoun right
     * before the marks ("expressed their “deep concern”") is nearer than the subject.
     */
    private Mention nearestMention(int q, Mention chosen, Referent r) {
        int before = qFirst[q] - 1;
        if (before < 0 || !m.narrative(before) || chosen.end() > m.tok(qFirst[q]).begin()) {
            return chosen;
        }
        Tok t = m.tok(before);
        String p = t.lower();
        if (!t.is("PRON") || before <= chosen.last()) {
            return chosen;
        }
        boolean agrees = (p.equals("their") && r.plural())
                || ((p.equals("his") || p.equals("her")) && !r.plural() && reference.personLike(r, true))
                || (p.equals("its") && !r.plural() && !reference.personLike(r, false));
        if (!agrees) {
            return chosen;
        }
        return new Mention(t.begin(), t.end(), before, before, p, r, 0);
    }

}
