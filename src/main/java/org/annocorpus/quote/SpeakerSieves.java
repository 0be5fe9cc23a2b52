package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annocorpus.quote.AttributionSyntax.CueKind;
import org.annocorpus.quote.Phrases.Np;
import org.annocorpus.quote.SpeakerAttributor.Attribution;
import org.annocorpus.quote.SpeakerAttributor.Group;

/**
 * The attribution sieves, each a rule of news writing, and their default order: the only place in the
 * code that states it ({@code pipelines/default.yaml} repeats it for readers). Sieves that read only the
 * text around a quotation come first, from the surest cue to the weakest; the sieves that pass a speaker
 * on from other quotations come last.
 */
final class SpeakerSieves {

    /** Every sieve, by name, in the default order. */
    private static final Map<String, SpeakerSieve> ALL = new LinkedHashMap<>();

    static {
        for (SpeakerSieve s : List.of(new TranscriptLabel(), new HeadlineColon(), new VerbBefore(),
                new AccordingAfter(), new SignatureDash(), new VerbAfter(), new AccordingBefore(),
                new UnderDocument(), new ColonBefore(), new DashBefore(), new HeadlineName(), new AsComplement(), new PossessorNoun(), new ContinuedParagraph(),
                new PreviousQuote(), new PreviousSentence(), new ParagraphColon(), new PreviousParagraph())) {
            ALL.put(s.name(), s);
        }
    }

    /** The names of the default sieves, in their order. */
    static final List<String> DEFAULT_ORDER = List.copyOf(ALL.keySet());

    private SpeakerSieves() {
    }

    /** The sieves of the given names, in the given order; the default order for null. */
    static List<SpeakerSieve> named(List<String> names) {
        if (names == null) {
            return List.copyOf(ALL.values());
        }
        List<SpeakerSieve> out = new ArrayList<>();
        for (String name : names) {
            SpeakerSieve s = ALL.get(name.trim().toLowerCase(Locale.ROOT));
            if (s == null) {
                throw new IllegalArgumentException("unknown attribution sieve '" + name + "'; known: "
                        + String.join(", ", DEFAULT_ORDER));
            }
            if (out.contains(s)) {
                throw new IllegalArgumentException("attribution sieve '" + name + "' listed twice");
            }
            out.add(s);
        }
        return out;
    }

    /** A sieve with the name pipelines list it under and quotations record. */
    private abstract static class Named implements SpeakerSieve {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public final String name() {
            return name;
        }
    }

    /** A sieve that reads only the text around the quotation. */
    private abstract static class Local extends Named {
        Local(String name) {
            super(name);
        }

        @Override
        public boolean local() {
            return true;
        }
    }

    /** A sieve that passes on the source of another quotation or of the narrative before. */
    private abstract static class Discourse extends Named {
        Discourse(String name) {
            super(name);
        }

        @Override
        public boolean local() {
            return false;
        }

        /** Only quotations without words of their own around them inherit a speaker. */
        static boolean bare(int q, SpeakerAttributor s) {
            return !s.hasWords(s.group(q));
        }

        static int paragraphStart(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            return m.tokenAtOrAfter(m.paragraphs.get(m.paragraphOf[s.first(q)]).begin());
        }

        /** The last token of the paragraph before, past closing punctuation other than a colon. */
        static int previousParagraphEnd(int paraStart, SpeakerAttributor s) {
            int k = paraStart - 1;
            while (k >= 0 && s.m.tok(k).is("PUNCT") && !s.m.tok(k).text().equals(":")) {
                k--;
            }
            return k;
        }
    }

    /** Quote-internal cue: a transcript line "“HOST: Let’s start ...”" is said by the speaker its label names. */
    static final class TranscriptLabel extends Local {
        static final String NAME = "transcript-label";

        TranscriptLabel() {
            super(NAME);
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int b = s.last(q);
            int k = s.first(q) + 1;
            int first = k;
            while (k <= b && k < first + 3 && m.tok(k).capitalised()
                    && m.tok(k).text().chars().allMatch(Character::isLetter)) {
                k++;
            }
            if (k == first || k > b || !m.tok(k).text().equals(":")) {
                return null;
            }
            for (int i = first; i < k; i++) {
                String w = m.tok(i).text();
                if (!w.equals(w.toUpperCase(Locale.ROOT)) && !m.tok(i).is("PROPN")) {
                    return null;
                }
            }
            int last = k - 1;
            Referent r = m.nameOf[last] >= 0 && m.nameOf[first] == m.nameOf[last] ? Referent.name(m.name(last))
                    : Referent.nominal(first, last, false);
            return s.local(q, new Mention(m.tok(first).begin(), m.tok(last).end(), first, last, null, r, 0));
        }
    }

    /** "Ruiz: ... Rivals Are ‘Desperate’ ...": a headline that opens with a name and a colon names its source. */
    static final class HeadlineColon extends Local {
        HeadlineColon() {
            super("headline-colon");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int a = s.first(q);
            int para = m.paragraphOf[a];
            if (!m.headline(para)) {
                return null;
            }
            int paraStart = m.tokenAtOrAfter(m.paragraphs.get(para).begin());
            for (int k = paraStart + 1; k < a; k++) {
                if (m.tok(k).text().equals(":") && m.narrative(k)) {
                    Np np = s.ph.endingAt(k - 1, paraStart);
                    Mention found = np != null && np.first() == paraStart ? s.ph.analyse(np, true) : null;
                    return isNamed(found) ? s.local(q, found) : null;
                }
            }
            return null;
        }
    }

    /** A reporting verb before the quotation in its sentence, and its subject: "Lopez said the plan “is working”". */
    static final class VerbBefore extends Local {
        VerbBefore() {
            super("verb-before");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            for (int i = s.first(q) - 1; i >= g.first(); i--) {
                if (s.syntax.cue(i, CueKind.VERB) && !s.syntax.inClosedRelativeClause(i, s.first(q))) {
                    Mention found = s.syntax.subjectForCue(i, g, 0);
                    if (found != null) {
                        Mention outer = s.syntax.speechlessThing(found) ? personReportingBefore(i, g, s) : null;
                        return s.local(q, outer != null ? outer : found);
                    }
                }
            }
            return null;
        }

        /**
         * "Ryan said the spate of shootings demands that all Americans engage in “more listening”": where the
         * nearest reporting verb's subject is a thing that does not speak, the subject of a reporting verb before
         * it in its sentence, if that is a person, whose report the inner clause is; null if there is none.
         */
        private static Mention personReportingBefore(int inner, Group g, SpeakerAttributor s) {
            int sentence = s.m.sentenceOf[inner];
            for (int j = inner - 1; j >= g.first() && s.m.sentenceOf[j] == sentence; j--) {
                if (s.syntax.cue(j, CueKind.VERB)) {
                    Mention subject = s.syntax.subjectForCue(j, g, 0);
                    if (subject != null) {
                        return s.syntax.personal(subject) ? subject : null;
                    }
                }
            }
            return null;
        }
    }

    /** "“...” according to X": after the quotation, in its sentences. */
    static final class AccordingAfter extends Local {
        AccordingAfter() {
            super("according-after");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            for (int i = s.last(q) + 1; i <= g.last(); i++) {
                if (s.syntax.cue(i, CueKind.ACCORDING)) {
                    Mention found = s.ph.analyse(s.syntax.cuePhrase(i));
                    if (found != null) {
                        return s.local(q, found);
                    }
                }
            }
            return null;
        }
    }

    /** "“...” ― Name": a quotation signed with a dash and a name. */
    static final class SignatureDash extends Local {
        SignatureDash() {
            super("signature-dash");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int b = s.last(q);
            if (b + 2 < m.size() && m.narrative(b + 1) && SpeakerAttributor.DASHES.contains(m.tok(b + 1).text())) {
                Mention found = s.ph.analyse(s.ph.startingAt(b + 2, m.size() - 1));
                return isNamed(found) ? s.local(q, found) : null;
            }
            return null;
        }
    }

    /** A reporting verb after the quotation: "“...,” X said", "“...,” said X", "“...,” X, the ..., said". */
    static final class VerbAfter extends Local {
        VerbAfter() {
            super("verb-after");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            for (int i = s.last(q) + 1; i <= g.last(); i++) {
                if (s.syntax.cue(i, CueKind.VERB)) {
                    Mention found = s.syntax.subjectForCue(i, g, 0);
                    if (found != null) {
                        return s.local(q, found);
                    }
                }
            }
            return null;
        }
    }

    /** "According to X, ... “...”": before the quotation, in its sentences. */
    static final class AccordingBefore extends Local {
        AccordingBefore() {
            super("according-before");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            for (int i = s.first(q) - 1; i >= g.first(); i--) {
                if (s.syntax.cue(i, CueKind.ACCORDING)) {
                    Mention found = s.ph.analyse(s.syntax.cuePhrase(i));
                    if (found != null) {
                        return s.local(q, found);
                    }
                }
            }
            return null;
        }
    }

    /** "Under the new treaty, ... “...”": a written text is the source of the words it contains. */
    static final class UnderDocument extends Local {
        UnderDocument() {
            super("under-document");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            for (int i = g.first(); i <= g.last(); i++) {
                if (s.syntax.cue(i, CueKind.UNDER)) {
                    Mention found = s.ph.analyse(s.syntax.cuePhrase(i));
                    if (found != null) {
                        return s.local(q, found);
                    }
                }
            }
            return null;
        }
    }

    /** "X: “...”": a clause ending with a colon right before the marks; its subject speaks. */
    static final class ColonBefore extends Local {
        ColonBefore() {
            super("colon-before");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int before = s.first(q) - 1;
            if (before >= 0 && m.narrative(before) && m.tok(before).text().equals(":")) {
                int start = m.sentenceTokens(m.sentenceOf[before])[0];
                Mention found = s.syntax.mainSubject(start, before - 1);
                return found == null ? null : s.local(q, found);
            }
            return null;
        }
    }

    /**
     * "Ruiz also defended the plan -- “It will work.”": a sentence quoted after a dash that ends a clause
     * about a person is that person's; only a named person or a pronoun, since a clause about a thing
     * ("The plan has one motto -- “...”") says nothing about who spoke.
     */
    static final class DashBefore extends Local {
        DashBefore() {
            super("dash-before");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int before = s.first(q) - 1;
            if (before < 1 || !m.narrative(before) || !SpeakerAttributor.DASHES.contains(m.tok(before).text())
                    || s.first(q) + 1 > s.last(q) || !Character.isUpperCase(m.tok(s.first(q) + 1).text().charAt(0))
                    || m.sentenceOf[before] != m.sentenceOf[before - 1]) {
                return null;
            }
            int start = m.sentenceTokens(m.sentenceOf[before])[0];
            if (start >= before || !m.narrative(start)) {
                return null; // no clause of its own before the dash
            }
            Mention found = s.syntax.mainSubject(start, before - 1);
            if (found == null || !(found.isPronoun() || AttributionSyntax.personName(found))) {
                return null;
            }
            return s.local(q, found);
        }
    }

    /** In a headline, the name just before the marks: "Ruiz Calls Plan ‘a Disaster’". */
    static final class HeadlineName extends Local {
        HeadlineName() {
            super("headline-name");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int a = s.first(q);
            int before = a - 1;
            int para = m.paragraphOf[a];
            if (before >= 0 && m.narrative(before) && m.paragraphOf[before] == para && m.headline(para)) {
                int paraStart = m.tokenAtOrAfter(m.paragraphs.get(para).begin());
                Mention found = s.ph.analyse(s.ph.endingAt(before, paraStart), true);
                return isNamed(found) ? s.local(q, found) : null;
            }
            return null;
        }
    }

    /**
     * "Reid has gone after Trump as a “human leech”": quoted words that a verb's object is called with
     * "as" are the words of the verb's subject, whatever the verb ("praised", "pounding", "dismissed").
     */
    static final class AsComplement extends Local {
        AsComplement() {
            super("as-complement");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            int k = s.first(q) - 1;
            if (k >= 0 && m.narrative(k) && Lexicons.DETERMINERS.contains(m.tok(k).lower())) {
                k--;
            }
            if (k < 1 || !m.narrative(k) || !m.tok(k).lower().equals("as")) {
                return null;
            }
            Group g = s.group(q);
            // the verb of the object "as" follows, in the same clause: no punctuation on the way, and an
            // object between them ("comes across as “too loud”" has none: it says how a thing seems)
            boolean object = false;
            for (int v = k - 1; v >= g.first() && m.narrative(v) && !m.tok(v).is("PUNCT"); v--) {
                if (m.tok(v).is("VERB")) {
                    Mention found = object ? s.syntax.subjectOfVerb(v, g) : null;
                    return found == null ? null : s.local(q, found);
                }
                object |= m.tok(v).is("NOUN") || m.tok(v).is("PROPN") || m.tok(v).is("PRON");
            }
            return null;
        }
    }

    /**
     * "his claim that people would “learn nothing”", "Mrs. Clinton's remark that ...": a noun of speech
     * before the quotation, in its sentence, whose possessor is the source.
     */
    static final class PossessorNoun extends Local {
        /** Nouns that name an act of saying; their possessor said the words. */
        private static final java.util.Set<String> SPEECH_NOUNS = java.util.Set.of("claim", "claims", "statement",
                "remark", "remarks", "assertion", "promise", "pledge", "vow", "warning", "argument", "comment",
                "comments", "words", "description", "declaration", "insistence", "suggestion", "complaint",
                "accusation", "boast", "prediction", "answer", "reply", "response", "tweet", "speech", "slogan",
                "catchphrase", "refrain", "motto", "quip", "joke", "admission", "contention", "charge", "retort");

        PossessorNoun() {
            super("possessor-noun");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            TextModel m = s.m;
            Group g = s.group(q);
            for (int k = s.first(q) - 1; k > g.first() && k >= s.first(q) - 12; k--) {
                if (!m.narrative(k)) {
                    return null; // another quotation on the way
                }
                if (!SPEECH_NOUNS.contains(m.tok(k).lower()) || !m.tok(k).is("NOUN")) {
                    continue;
                }
                int p = k - 1;
                while (p > g.first() && m.narrative(p) && m.tok(p).is("ADJ")) {
                    p--; // "his repeated claim"
                }
                Mention possessor = s.possessor(p);
                return possessor == null ? null : s.local(q, possessor);
            }
            return null;
        }
    }

    /**
     * A quotation running over several paragraphs: its parts share one source. A part that opens with a
     * transcript label ("WALLACE: ...") starts the next speaker's turn, so its label is not passed back.
     */
    static final class ContinuedParagraph extends Discourse {
        ContinuedParagraph() {
            super("continued-paragraph");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            List<QuoteSpan> quotes = s.m.quotes();
            int chainStart = q;
            while (chainStart > 0 && quotes.get(chainStart - 1).ending() == QuoteSpan.Ending.CONTINUED) {
                chainStart--;
            }
            int chainEnd = q;
            while (chainEnd < quotes.size() - 1 && quotes.get(chainEnd).ending() == QuoteSpan.Ending.CONTINUED) {
                chainEnd++;
            }
            for (int k = q + 1; k <= chainEnd; k++) {
                Attribution a = s.attributionOf(k);
                if (a != null && TranscriptLabel.NAME.equals(a.sieve())) {
                    break; // a labelled part ("WALLACE: ...") opens the next speaker's turn
                }
                if (a != null) {
                    return a;
                }
            }
            for (int k = q - 1; k >= chainStart; k--) {
                Attribution a = s.attributionOf(k);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
    }

    /** A bare quotation after another in its paragraph: "“...,” Ortega told reporters. “...”". */
    static final class PreviousQuote extends Discourse {
        PreviousQuote() {
            super("previous-quote");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            if (q == 0 || !bare(q, s) || s.first(q - 1) < 0
                    || s.m.paragraphOf[s.first(q - 1)] != s.m.paragraphOf[s.first(q)]) {
                return null;
            }
            return s.attributionOf(q - 1);
        }
    }

    /** "Schiff said. “...”": a bare quotation after a sentence of its paragraph that reports speech. */
    static final class PreviousSentence extends Discourse {
        PreviousSentence() {
            super("previous-sentence");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            Group g = s.group(q);
            if (!bare(q, s) || g.first() <= paragraphStart(q, s)) {
                return null;
            }
            Mention found = s.lastReporting(s.m.sentenceOf[g.first() - 1]);
            return found == null ? null : s.distant(found);
        }
    }

    /** A paragraph that is one quotation after a paragraph ending "... X said:". */
    static final class ParagraphColon extends Discourse {
        ParagraphColon() {
            super("paragraph-colon");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            int paraStart = paragraphStart(q, s);
            if (!bare(q, s) || paraStart != s.first(q) || paraStart == 0) {
                return null;
            }
            int prevLast = previousParagraphEnd(paraStart, s);
            if (prevLast >= 0 && s.m.tok(prevLast).text().equals(":") && s.m.narrative(prevLast)) {
                Mention found = s.colonClause(prevLast);
                return found == null ? null : s.distant(found);
            }
            return null;
        }
    }

    /** A paragraph that is one quotation goes on with the speaker of the quotation ending the paragraph before. */
    static final class PreviousParagraph extends Discourse {
        PreviousParagraph() {
            super("previous-paragraph");
        }

        @Override
        public Attribution attribute(int q, SpeakerAttributor s) {
            int paraStart = paragraphStart(q, s);
            if (q == 0 || !bare(q, s) || paraStart != s.first(q) || paraStart == 0) {
                return null;
            }
            int prevLast = previousParagraphEnd(paraStart, s);
            if (prevLast < 0 || (s.m.tok(prevLast).text().equals(":") && s.m.narrative(prevLast))
                    || s.first(q - 1) < 0 || s.m.paragraphOf[s.first(q - 1)] != s.m.paragraphOf[prevLast]) {
                return null;
            }
            return s.attributionOf(q - 1);
        }
    }

    private static boolean isNamed(Mention mention) {
        return mention != null && mention.referent() != null && mention.referent().kind() != Referent.Kind.NOMINAL;
    }
}
