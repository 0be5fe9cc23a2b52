package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annocorpus.quote.Phrases.Np;
import org.annocorpus.quote.SpeakerAttributor.Group;
import org.annocorpus.quote.TextModel.Tok;
import org.annocorpus.scheme.EntityType;

/**
 * The syntax of attribution in one document: its reporting verbs and "according to"/"under" phrases ("cues",
 * found once per token) and the subject of each. The subject of a reporting verb is the noun phrase before
 * it, past adverbs and auxiliaries, past prepositional phrases and participles that modify it ("The report
 * released by the agency also labeled"), and past appositions and parentheticals between commas ("Wang Lei,
 * the spokesman, said"); a comitative phrase adds its members ("X, along with Y, announced"). The sieves
 * read it through {@link SpeakerAttributor#syntax}; what a subject refers to is the attributor's business.
 */
final class AttributionSyntax {

    enum CueKind { VERB, ACCORDING, UNDER }

    private record Cue(int token, CueKind kind, Np phrase) {
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s",
            "'re", "\u2019re", "get", "got", "gets");
    /** Forms of "go" that with "on" say that a speaker goes on speaking. */
    private static final Set<String> GO = Set.of("went", "goes", "go", "going", "gone");
    /** What may follow "went on" when it reports speech: the end of its clause. */
    private static final Set<String> GO_ON_ENDS = Set.of(".", ",", ":", ";", "\u2014", "--");
    /** Prepositions that take a gerund clause with the main clause's subject: "rallied them by warning that". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "without",
            "upon", "since");
    /** Forms of reporting verbs that taggers often get wrong in headlines and after quotations. */
    private static final Set<String> RELIABLE_FORMS = Set.of("said", "says", "told", "tells", "asked", "asks",
            "added", "adds", "wrote", "writes", "tweeted", "tweets", "stated", "noted", "insisted", "argued");

    /**
     * Prepositions that also open a clause: a noun phrase after one, right before the verb, is that clause's
     * subject ("a fine after the man had posted"), not a post-modifier of the noun before them.
     */
    private static final Set<String> CLAUSE_OPENING_PREPOSITIONS = Set.of("after", "before", "since", "until", "till");

    /** The longest participle clause, in tokens, that {@link #mainSubject} steps past before the subject. */
    private static final int MAX_OPENING_CLAUSE = 15;

    private final TextModel m;
    private final Phrases ph;
    private final Cue[] cues;

    AttributionSyntax(TextModel model, Phrases phrases) {
        this.m = model;
        this.ph = phrases;
        cues = new Cue[model.size()];
        for (int i = 0; i < model.size(); i++) {
            cues[i] = cueAt(i);
        }
    }

    /** Whether token {@code i}, outside quotations, is a cue of the given kind. */
    boolean cue(int i, CueKind kind) {
        return m.narrative(i) && cues[i] != null && cues[i].kind() == kind;
    }

    /** Whether token {@code i}, in a quotation or not, is a reporting verb: what opens an attribution. */
    boolean reportingVerb(int i) {
        return cues[i] != null && cues[i].kind() == CueKind.VERB;
    }

    /** The noun phrase a cue governs ("according to X"), or null. */
    Np cuePhrase(int i) {
        return cues[i] == null ? null : cues[i].phrase();
    }


    /** The subject of reporting verb {@code v}, which lies in group {@code g}. */
    Mention subjectForCue(int v, Group g, int depth) {
        int lo = lowerBound(v, g.first());
        int hi = upperBound(v, g.last());
        Cue cue = cues[v];
        if (cue.phrase() != null) {
            return ph.analyse(cue.phrase()); // a passive verb with its agent: "was told by X"
        }
        boolean onlyPunctuation = true;
        for (int k = lo; k < v; k++) {
            if (!m.tok(k).is("PUNCT") && !m.tok(k).is("ADV")) {
                onlyPunctuation = false;
            }
        }
        if (onlyPunctuation && invertible(v)) {
            // inverted after a quotation or at the start of a clause: "“...,” said X", "Said X: “...”"
            int k = v + 1;
            while (k <= hi && m.tok(k).is("ADV")) {
                k++;
            }
            Mention after = ph.analyse(ph.startingAt(k, hi));
            if (after != null) {
                return after;
            }
        }
        // "X spoke on Monday about ..., arguing that “...”": a participle clause after a comma has the
        // subject of the clause it hangs on, not the noun phrase before the comma
        Mention s = participleAfterComma(v, lo) ? null : subjectOf(v, lo);
        if (s != null) {
            return s;
        }
        Mention main = gerundSubject(v, g, lo);
        if (main != null) {
            return main;
        }
        if (depth < 3) {
            for (int k = v - 1; k >= lo; k--) {
                if (cues[k] != null && cues[k].kind() == CueKind.VERB && !reducedRelative(k, lo)
                        && !(participleAfterComma(v, lo) && relativeClauseVerb(k, lo))) {
                    return subjectForCue(k, g, depth + 1); // "... and clarified", "..., adding"
                }
            }
        }
        main = mainSubject(lo, v - 1);
        if (main == null && conjoinedAfterQuotation(v, lo)) {
            // "Mackler issued a statement saying his comment “...” and said leaders will have a “...”": the
            // second verb shares the subject of the clause the quotation interrupts
            int start = m.sentenceTokens(m.sentenceOf[v])[0];
            main = start < lo ? mainSubject(start, lo - 1) : null;
        }
        if (main != null || !m.tok(v).lower().endsWith("ing")) {
            return main;
        }
        // "After saying ..., she was ...": the subject of the clause after the participle's
        for (int k = v + 1; k <= hi; k++) {
            if (Phrases.isComma(m.tok(k))) {
                Mention after = ph.analyse(ph.startingAt(k + 1, hi));
                return after != null && (after.isPronoun() || after.referent() != null) ? after : null;
            }
        }
        return null;
    }

    /**
     * "Netanyahu rallied supporters by warning that ...": a gerund after a preposition has the subject of
     * the verb before the preposition, in the same clause; null when there is no such verb.
     */
    private Mention gerundSubject(int v, Group g, int lo) {
        int p = v - 1;
        while (p >= lo && m.tok(p).is("ADV")) {
            p--;
        }
        if (p <= lo || !m.tok(v).lower().endsWith("ing") || !GERUND_PREPOSITIONS.contains(m.tok(p).lower())) {
            return null;
        }
        for (int k = p - 1; k >= lo && !m.tok(k).is("PUNCT"); k--) {
            if (m.tok(k).is("VERB")) {
                return subjectOfVerb(k, g);
            }
        }
        return null;
    }

    /**
     * Whether reporting verb {@code v} may come before its subject: a participle ("“...,” telling Fox 35 that")
     * or "told X" does not invert, what follows it is its object.
     */
    private boolean invertible(int v) {
        Tok t = m.tok(v);
        return !t.lower().endsWith("ing") && !"tell".equals(Lexicons.speechLemma(t.text(), t.lemma()));
    }

    /**
     * Whether verb {@code v} lies in a relative clause between commas that closes before token {@code before}:
     * "whether his plan, which the Tax Foundation estimates would cost $170 billion, would risk “...”" says
     * nothing of who "estimates" the quotation.
     */
    boolean inClosedRelativeClause(int v, int before) {
        int open = v - 1;
        while (open >= 0 && m.narrative(open) && !m.tok(open).is("PUNCT") && m.sentenceOf[open] == m.sentenceOf[v]) {
            open--;
        }
        if (open < 0 || !Phrases.isComma(m.tok(open)) || m.sentenceOf[open] != m.sentenceOf[v]) {
            return false;
        }
        String relative = m.tok(open + 1).lower();
        if (!Lexicons.RELATIVE_PRONOUNS.contains(relative) || relative.equals("that")) {
            return false; // "that" after a comma opens no relative clause of this kind
        }
        int close = v + 1;
        while (close < before && m.narrative(close) && !Phrases.isComma(m.tok(close))) {
            close++;
        }
        // the main clause goes on after the closing comma, with a verb of its own, before the quotation
        // ("..., would risk “...”"); a comma right before it introduces it ("who joked, “...”")
        for (int k = close + 1; k < before && m.narrative(k); k++) {
            if (m.tok(k).is("VERB") || m.tok(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of any verb {@code v} of group {@code g} ("Reid has gone after ..."), or null. */
    Mention subjectOfVerb(int v, Group g) {
        int lo = lowerBound(v, g.first());
        return participleAfterComma(v, lo) ? mainSubject(lo, v - 1) : subjectOf(v, lo);
    }

    /**
     * Whether verb {@code v} goes on the clause that the quotation ending before {@code lo} interrupts: only
     * "and" (and adverbs) stand between them, or {@code v} is a participle right after it ("... did not want
     * to address “that person,” telling Fox 35 that").
     */
    private boolean conjoinedAfterQuotation(int v, int lo) {
        int j = v - 1;
        while (j >= lo && m.tok(j).is("ADV")) {
            j--;
        }
        if (lo == 0 || m.narrative(lo - 1)) {
            return false;
        }
        return (j == lo && m.tok(j).lower().equals("and")) || (j < lo && m.tok(v).lower().endsWith("ing"));
    }

    /**
     * "a lawsuit filed by a fired staffer alleging that ...": a present participle right after a noun modifies
     * that noun; a participle clause later in the sentence ("..., calling it “meritless”") hangs on a finite
     * verb, not on it.
     */
    private boolean reducedRelative(int v, int lo) {
        return v > lo && m.tok(v).lower().endsWith("ing") && ph.nounish(v - 1);
    }

    /**
     * Whether verb {@code k} has a relative pronoun for its subject ("an architect who said he was stiffed"):
     * a participle after a comma further on ("..., saying") hangs on the main clause, not on that verb.
     */
    private boolean relativeClauseVerb(int k, int lo) {
        int j = skipVerbGroup(k - 1, lo);
        return j >= lo && Lexicons.RELATIVE_PRONOUNS.contains(m.tok(j).lower());
    }

    /** Whether reporting verb {@code v} is a present participle right after a comma (", arguing that"). */
    private boolean participleAfterComma(int v, int lo) {
        int j = v - 1;
        while (j >= lo && m.tok(j).is("ADV")) {
            j--;
        }
        return j > lo && Phrases.isComma(m.tok(j)) && m.tok(v).lower().endsWith("ing") && m.tok(v).is("VERB");
    }

    /** First narrative token of the stretch that ends before {@code v}: after the last quotation before it. */
    private int lowerBound(int v, int groupFirst) {
        int k = v - 1;
        while (k >= groupFirst && m.narrative(k)) {
            k--;
        }
        return k + 1;
    }

    private int upperBound(int v, int groupLast) {
        int k = v + 1;
        while (k <= groupLast && m.narrative(k)) {
            k++;
        }
        return k - 1;
    }

    /** The noun phrase before verb {@code v} that is its subject, not reaching left of {@code lo}. */
    private Mention subjectOf(int v, int lo) {
        int j = skipVerbGroup(v - 1, lo);
        j = skipParenthesis(j, lo);
        if (j < lo) {
            return null;
        }
        Tok t = m.tok(j);
        if (Phrases.isComma(t)) {
            return commaSubject(j, lo);
        }
        if (t.is("CCONJ") || t.is("PUNCT")) {
            return null;
        }
        Np np = ph.endingAt(j, lo);
        while (np != null && ph.temporal(np)) {
            // "issued a report this month charging ...": a time phrase is an adverbial, the subject is before it
            int k = np.first() - 1;
            if (k >= lo && m.tok(k).is("ADP")) {
                k--; // "Reyes on Monday said"
            }
            np = ph.endingAt(k, lo);
        }
        if (np == null) {
            return null;
        }
        np = lastConjunctAfterObject(np, lo);
        if (j == v - 1 && m.tok(v).lower().endsWith("ing") && m.nameOf[j] >= 0 && m.name(j).last() == j) {
            // "footage of Trump saying ...": a person's name right before a present participle is its subject
            Mention named = ph.analyse(new Np(m.name(j).first(), j));
            if (named != null && personName(named)) {
                return named;
            }
        }
        np = skipPostmodifiers(np, lo);
        Np antecedent = restrictiveRelativeAntecedent(np, lo);
        if (antecedent != null) {
            np = skipPostmodifiers(antecedent, lo);
        }
        Mention mention = ph.analyse(np, headline(np.first()));
        Mention named = description(mention) ? nameBeforeUnclosedApposition(np.first(), lo) : null;
        return named != null ? named : relativeAntecedent(mention, lo);
    }

    /**
     * "Anthony Anton, president and CEO of Washington Restaurant Association stated": a description after a
     * comma that follows a person's name opening the clause is the name's apposition whose closing comma the
     * writer left out, so the name is the subject; null when the phrase at {@code first} is no such apposition.
     */
    private Mention nameBeforeUnclosedApposition(int first, int lo) {
        int comma = first - 1;
        if (comma - 1 < lo || !Phrases.isComma(m.tok(comma)) || m.nameOf[comma - 1] < 0) {
            return null;
        }
        TextModel.Name name = m.name(comma - 1);
        if (name.last() != comma - 1 || !EntityType.PER.name().equals(name.type())
                || (name.first() > lo && !m.tok(name.first() - 1).is("PUNCT"))) {
            return null;
        }
        return ph.analyse(new Np(name.first(), name.last()));
    }

    /**
     * "a White House official who spoke anonymously to discuss internal strategy said": the phrase before the
     * verb closes a relative clause without commas, whose "who" follows the verb's subject; that subject, or null
     * when no "who" with a verb after it opens the clause {@code np} ends.
     */
    private Np restrictiveRelativeAntecedent(Np np, int lo) {
        boolean verb = false;
        for (int k = np.first() - 1; k > lo && m.narrative(k); k--) {
            Tok t = m.tok(k);
            if (t.lower().equals("who")) {
                return verb && ph.nounish(k - 1) ? ph.endingAt(k - 1, lo) : null;
            }
            if (t.is("PUNCT") || t.is("CCONJ")) {
                return null;
            }
            verb |= t.is("VERB");
        }
        return null;
    }

    /**
     * Back from {@code j} past the adverbs, auxiliaries and negation of a verb group, and past a
     * prepositional phrase between an auxiliary and its verb ("who has in the past described"): the token
     * before them.
     */
    private int skipVerbGroup(int j, int lo) {
        while (true) {
            // a name the tagger took for an auxiliary is no part of the verb group: "which Will claims"
            while (j >= lo && m.nameOf[j] < 0 && (m.tok(j).is("ADV") || m.tok(j).is("AUX")
                    || m.tok(j).lower().equals("not") || m.tok(j).lower().equals("n't"))) {
                j--;
            }
            Np inner = j >= lo ? ph.endingAt(j, lo) : null;
            int p = inner == null ? -1 : inner.first() - 1;
            // right after the auxiliary, and no person's name in it: "were upset after Obama called", with
            // "upset" taken for an adverb, is no such phrase
            if (p <= lo || !m.tok(p).is("ADP") || m.tok(p).lower().equals("of") || !m.tok(p - 1).is("AUX")
                    || (m.nameOf[j] >= 0 && EntityType.PER.name().equals(m.name(j).type()))) {
                return j;
            }
            j = p - 1;
        }
    }

    /** Before a parenthesis that ends at {@code j} ("Rep. Ana Ruiz (D-Ohio) said"): the token before it. */
    private int skipParenthesis(int j, int lo) {
        if (j < lo || !m.tok(j).text().equals(")")) {
            return j;
        }
        for (int k = j - 1; k >= lo && k >= j - 12; k--) {
            if (m.tok(k).text().equals("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /** "X, who ..., said": the subject "who" stands for the phrase before it. */
    private Mention relativeAntecedent(Mention mention, int lo) {
        if (mention == null || !mention.isPronoun() || !Lexicons.RELATIVE_PRONOUNS.contains(mention.pronoun())) {
            return mention;
        }
        int k = mention.first() - 1;
        if (k >= lo && Phrases.isComma(m.tok(k))) {
            k--;
        }
        int from = Math.max(0, lo - 50);
        Np np = ph.endingAt(k, from);
        if (np == null) {
            return null;
        }
        Mention antecedent = ph.analyse(np);
        if (mention.pronoun().equals("who") && antecedent != null && !personal(antecedent)) {
            // "Dianne Feinstein, the ranking Democrat on the Senate Intelligence Committee, who said": "who" is
            // the person's, not the committee's that ends the phrase before it
            Np modified = skipPostmodifiers(np, from);
            if (modified != np) {
                Mention described = ph.analyse(modified);
                Mention named = described != null && !personName(described)
                        ? personBeforeApposition(modified.first(), from) : null;
                return named != null ? named : described;
            }
        }
        return antecedent;
    }

    /**
     * A description of one thing that does not speak: no name, no pronoun, a head that is no person's noun and no
     * text, medium or organisation that words can come from ("the spate of shootings"; not "the report", "the
     * email", "the committee").
     */
    boolean speechlessThing(Mention mention) {
        Referent r = mention.referent();
        if (mention.isPronoun() || r == null || r.kind() != Referent.Kind.NOMINAL || r.members().size() != 1) {
            return false;
        }
        String head = m.word(r.members().get(0).last());
        return !Lexicons.animate(head) && !Lexicons.DOCUMENT_NOUNS.contains(head)
                && !Lexicons.OCCASION_NOUNS.contains(head) && !Lexicons.ORGANISATION_NOUNS.contains(head);
    }

    /** A person's name, or a description whose head is a person's noun. */
    boolean personal(Mention mention) {
        Referent r = mention.referent();
        if (mention.isPronoun() || r == null) {
            return true;
        }
        if (r.kind() == Referent.Kind.NOMINAL) {
            return Lexicons.animate(m.word(r.members().get(0).last()));
        }
        return r.members().stream().allMatch(x -> x.isName() && personName(x.name()));
    }

    /**
     * "Dianne Feinstein of California, the ranking Democrat": the person's name before the apposition that
     * starts at {@code first}; null when no comma and person's name stand before it.
     */
    private Mention personBeforeApposition(int first, int lo) {
        int comma = first - 1;
        if (comma - 1 < lo || !Phrases.isComma(m.tok(comma))) {
            return null;
        }
        Mention before = ph.analyse(ph.endingAt(comma - 1, lo));
        return before != null && !before.isPronoun() && personName(before) ? before : null;
    }

    /** Past a prepositional phrase or participle that modifies the subject: "the statement released by X". */
    private Np skipPostmodifiers(Np np, int lo) {
        Np current = np;
        while (true) {
            int p = current.first() - 1;
            if (p < lo || !m.narrative(p)) {
                return current;
            }
            Tok tp = m.tok(p);
            if (!tp.is("ADP") || tp.lower().equals("of") || CLAUSE_OPENING_PREPOSITIONS.contains(tp.lower())) {
                return current;
            }
            int q = p - 1;
            if (q - 1 >= lo && (m.tok(q).is("ADP") || m.tok(q).is("PART") || m.tok(q).is("ADV"))
                    && m.tok(q - 1).is("VERB") && !m.tok(q - 1).lower().endsWith("ing")) {
                q--; // "an email sent out by the campaign": the particle of a phrasal participle
            }
            // "The report released by the agency", "Protesters marching through the streets": a
            // participle right after a noun; an -ing form elsewhere opens a clause of its own
            if (q >= lo && m.tok(q).is("VERB") && (!m.tok(q).lower().endsWith("ing")
                    || (q - 1 >= lo && (m.tok(q - 1).is("NOUN") || m.tok(q - 1).is("PROPN"))))) {
                q--;
            }
            Np before = ph.endingAt(q, lo);
            if (before == null) {
                return current;
            }
            current = before;
        }
    }

    private enum Segment { NP, COMITATIVE, INTRO, RELATIVE, ASIDE, CLAUSE }

    /**
     * The subject of a verb preceded by a comma: "X, the spokesman, said", "X, who ..., said",
     * "After the meetings, A and B, along with C, announced".
     */
    private Mention commaSubject(int comma, int lo) {
        List<int[]> segments = new ArrayList<>();
        int end = comma - 1;
        for (int k = comma - 1; k >= lo; k--) {
            if (Phrases.isComma(m.tok(k))) {
                if (end >= k + 1) {
                    segments.add(0, new int[] {k + 1, end});
                }
                end = k - 1;
            }
        }
        if (end >= lo) {
            segments.add(0, new int[] {lo, end});
        }
        List<int[]> kept = new ArrayList<>();
        List<Segment> kinds = new ArrayList<>();
        for (int s = segments.size() - 1; s >= 0; s--) {
            int[] seg = segments.get(s);
            boolean coordinated = m.tok(seg[0]).is("CCONJ");
            if (coordinated) {
                seg = new int[] {seg[0] + 1, seg[1]};
                if (seg[0] > seg[1]) {
                    break;
                }
            }
            if (endsWithPlace(seg)) {
                // "Daniloff, now retired in Cambridge, Mass., said": the state after a place's comma is the place's
                while (!kept.isEmpty() && placeTail(kept.get(0))) {
                    kept.remove(0);
                    kinds.remove(0);
                }
            }
            Segment kind = classify(seg);
            int[] introduced = kind == Segment.INTRO ? introducedSubject(seg) : null;
            if (introduced != null) {
                // "as Tom Ridge, a former secretary, put it", "Even Rendell, a Clinton supporter, said": the
                // clause's subject after its opening word, the phrase after the comma its apposition
                kept.add(0, introduced);
                kinds.add(0, Segment.NP);
                break;
            }
            if (kind == Segment.INTRO && origin(seg)) {
                // "X, of Springfield, Va., said": where the person is from, with its state after a comma
                while (!kept.isEmpty() && placeTail(kept.get(0))) {
                    kept.remove(0);
                    kinds.remove(0);
                }
                continue;
            }
            if (kind == Segment.CLAUSE || (kind == Segment.INTRO && !kept.isEmpty())) {
                break;
            }
            if (kind == Segment.NP || kind == Segment.COMITATIVE) {
                kept.add(0, seg);
                kinds.add(0, kind);
            }
            if (coordinated && !kept.isEmpty()) {
                break;
            }
        }
        int core = kinds.indexOf(Segment.NP);
        if (core < 0) {
            return null;
        }
        int[] coreSeg = kept.get(core);
        int coreEnd = skipParenthesis(coreSeg[1], coreSeg[0]);
        Np coreNp = ph.endingAt(coreEnd, coreSeg[0]);
        if (coreNp == null || coreNp.first() != coreSeg[0]) {
            coreNp = ph.startingAt(coreSeg[0], coreEnd); // a phrase with prepositional phrases: its head
        }
        Mention mention = relativeAntecedent(ph.analyse(coreNp, headline(coreSeg[0])), lo);
        if (mention == null) {
            return null;
        }
        if (core + 1 < kept.size() && kinds.get(core + 1) == Segment.NP && description(mention)) {
            // "A Twitter spokesman, Tom Reyes, said": the name in apposition, not its title, is the source
            int[] next = kept.get(core + 1);
            Np apposition = ph.endingAt(skipParenthesis(next[1], next[0]), next[0]);
            Mention named = apposition == null || apposition.first() != next[0] ? null : ph.analyse(apposition);
            if (named != null && (personName(named) || (mention.referent().plural() && personNames(named)))) {
                mention = named; // "Two military analysts, Patrick Megahan and Chris Harman, found"
            }
        }
        List<Referent.Member> extra = new ArrayList<>();
        for (int s = core + 1; s < kept.size(); s++) {
            if (kinds.get(s) != Segment.COMITATIVE) {
                continue;
            }
            int[] seg = kept.get(s);
            int k = seg[0] + comitativeLength(seg[0]);
            Mention member = ph.analyse(ph.startingAt(k, seg[1]));
            if (s + 1 < kept.size() && kinds.get(s + 1) == Segment.NP) {
                int[] next = kept.get(s + 1);
                Mention appos = ph.analyse(ph.endingAt(next[1], next[0]));
                if (appos != null && appos.referent() != null && appos.referent().kind() != Referent.Kind.NOMINAL) {
                    member = appos; // "along with their counterparts, X and Y": the names
                }
            }
            if (member != null && member.referent() != null) {
                extra.addAll(member.referent().members());
            }
        }
        if (extra.isEmpty() || mention.isPronoun()) {
            return mention;
        }
        List<Referent.Member> members = new ArrayList<>(mention.referent().members());
        members.addAll(extra);
        return mention.withReferent(Referent.group(members));
    }

    /**
     * A segment of a subordinating word or an adverb and one noun phrase ("as Tom Ridge", "Even Rendell"; not
     * "In Iowa", a preposition's object): the phrase's tokens, else null. A time ("Earlier Monday") is no
     * mention, so it never becomes the subject.
     */
    private int[] introducedSubject(int[] seg) {
        Tok t = m.tok(seg[0]);
        if (seg[0] >= seg[1] || !(t.is("SCONJ") || t.is("ADV") || t.lower().equals("as"))) {
            return null;
        }
        Np np = ph.startingAt(seg[0] + 1, seg[1]);
        return np == null || np.first() != seg[0] + 1 || np.last() != seg[1] ? null
                : new int[] {seg[0] + 1, seg[1]};
    }

    /** "of Springfield", "from Ohio": a segment of "of" or "from" and a capitalised place. */
    private boolean origin(int[] seg) {
        String w = m.tok(seg[0]).lower();
        return (w.equals("of") || w.equals("from")) && seg[0] < seg[1] && m.tok(seg[0] + 1).capitalised()
                && m.nameOf[seg[0] + 1] >= 0;
    }

    /** Whether a segment ends with the last word of a place's name ("retired in Cambridge"). */
    private boolean endsWithPlace(int[] seg) {
        int k = seg[1];
        return m.nameOf[k] >= 0 && m.name(k).last() == k && EntityType.LOC.name().equals(m.name(k).type());
    }

    /** "Va.", "N.C.": a short segment of capitalised words that goes on a place before its comma. */
    private boolean placeTail(int[] seg) {
        if (seg[1] - seg[0] > 3) {
            return false;
        }
        for (int k = seg[0]; k <= seg[1]; k++) {
            if (!m.tok(k).capitalised() && !m.tok(k).text().equals(".")) {
                return false;
            }
        }
        return true;
    }

    private Segment classify(int[] seg) {
        int a = seg[0];
        int b = seg[1];
        if (comitativeLength(a) > 0) {
            return Segment.COMITATIVE;
        }
        Tok t = m.tok(a);
        if (Lexicons.RELATIVE_PRONOUNS.contains(t.lower()) && !t.is("NOUN")) {
            return Segment.RELATIVE;
        }
        if (t.is("ADP") || t.is("SCONJ") || t.is("ADV") || t.is("PART")) {
            return Segment.INTRO;
        }
        if (t.is("VERB")) {
            return Segment.ASIDE; // "X, speaking at a rally, said"
        }
        boolean numbersOnly = true;
        for (int k = a; k <= b; k++) {
            numbersOnly &= m.tok(k).is("NUM") || m.tok(k).is("PUNCT");
        }
        if (numbersOnly) {
            return Segment.ASIDE; // an age: "X, 45, said"
        }
        int end = skipParenthesis(b, a);
        Np np = ph.endingAt(end, a);
        if (np != null && np.first() == a) {
            return Segment.NP;
        }
        // "the director of debate at the University of Michigan": a noun phrase and its prepositional phrases
        Np head = ph.startingAt(a, end);
        int k = head == null ? a - 1 : head.last();
        while (head != null && k < end && m.tok(k + 1).is("ADP")) {
            Np pp = ph.startingAt(k + 2, end);
            if (pp == null) {
                break;
            }
            k = pp.last();
        }
        return head != null && k == end ? Segment.NP : Segment.CLAUSE;
    }

    private int comitativeLength(int a) {
        for (List<String> words : Lexicons.COMITATIVES) {
            boolean match = true;
            for (int w = 0; w < words.size() && match; w++) {
                match = a + w < m.size() && m.narrative(a + w) && m.tok(a + w).lower().equals(words.get(w));
            }
            if (match) {
                return words.size();
            }
        }
        return 0;
    }

    /** The subject at the start of a clause ({@code start..end}), past an introductory phrase. */
    Mention mainSubject(int start, int end) {
        int k = start;
        while (k <= end && (m.tok(k).is("CCONJ") || m.tok(k).is("PUNCT"))) {
            k++;
        }
        k = k <= end ? ph.afterDateline(k, end) : k;
        k = k <= end ? afterOpeningParticipleClause(k, end) : k;
        // past introductory phrases, one or more: "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said"
        while (k <= end && (m.tok(k).is("ADP") || m.tok(k).is("SCONJ") || m.tok(k).is("ADV"))) {
            int comma = nextComma(k, end);
            if (comma > end) {
                return null;
            }
            k = comma + 1;
            int tail = nextComma(k, end);
            if (tail <= end && place(k, tail - 1)) {
                k = tail + 1; // the state or country after a place's comma belongs to the phrase
            }
        }
        if (k > end) {
            return null;
        }
        Np np = ph.startingAt(k, end);
        if (np != null && ph.temporal(np) && np.last() + 1 < end && Phrases.isComma(m.tok(np.last() + 1))) {
            np = ph.startingAt(np.last() + 2, end); // "Last year, he played down ...": a time phrase is no subject
        }
        if (np == null) {
            return null;
        }
        if (ph.possessor(np.last(), end)) {
            return null; // "The party's existing rules": a possessor whose noun the tagger missed, no subject
        }
        Mention subject = ph.analyse(np, headline(k));
        int comma = np.last() + 1;
        if (description(subject) && comma + 1 <= end && appositionMark(comma)) {
            // "A Twitter spokesman, Tom Reyes, said ...", "One superdelegate, party chairwoman Nancy Worley,
            // pledged ...", "A former candidate -- John McCain, who lost in 2008 -- said": the person named in
            // apposition
            Np apposition = ph.startingAt(comma + 1, end);
            Mention named = apposition == null ? null : ph.analyse(apposition);
            if (named != null && personName(named) && apposition.last() + 1 <= end
                    && (appositionMark(apposition.last() + 1) || finiteVerb(apposition.last() + 1))) {
                return named; // "A potential vice president pick, Haley is ...": the phrase before is the apposition
            }
        }
        return subject;
    }

    /**
     * "will brand you a liar and NBC News will accuse": a coordination after an object pronoun joins two
     * clauses, not two subjects; the verb's subject is the last conjunct. {@code np} itself otherwise.
     */
    private Np lastConjunctAfterObject(Np np, int lo) {
        int p = np.first() - 1;
        if (p < lo || !m.tok(p).is("PRON") || !Lexicons.ONLY_OBJECT_PRONOUNS.contains(m.tok(p).lower())) {
            return np;
        }
        for (int k = np.last() - 1; k > np.first(); k--) {
            if (Phrases.isAnd(m.tok(k))) {
                return new Np(k + 1, np.last());
            }
        }
        return np;
    }

    /** A comma or a dash, which open and close an apposition. */
    private boolean appositionMark(int k) {
        return Phrases.isComma(m.tok(k)) || SpeakerAttributor.DASHES.contains(m.tok(k).text());
    }

    /**
     * "Walking to the next address, Ebeling reminisced": past a participle clause that opens the sentence at
     * {@code k} and ends in a comma (no auxiliary inside: "Walking to school is healthy, ..." has a gerund for
     * subject); {@code k} when there is none.
     */
    private int afterOpeningParticipleClause(int k, int end) {
        // only where the sentence opens with it: in "“...,” scoffed Arianna Gil, 22," the subject follows the verb
        if (!Phrases.participle(m.tok(k)) || !opensSentence(k)) {
            return k;
        }
        int comma = nextComma(k + 1, end);
        if (comma >= end || comma - k > MAX_OPENING_CLAUSE) {
            return k;
        }
        for (int j = k + 1; j < comma; j++) {
            if (m.tok(j).is("AUX") || !m.narrative(j)) {
                return k;
            }
        }
        return comma + 1;
    }

    /** Whether token {@code k} opens its sentence, past conjunctions and punctuation that is no quotation's. */
    private boolean opensSentence(int k) {
        for (int j = m.sentenceTokens(m.sentenceOf[k])[0]; j < k; j++) {
            if (!m.narrative(j) || !(m.tok(j).is("CCONJ") || m.tok(j).is("PUNCT"))) {
                return false;
            }
        }
        return true;
    }

    /** The first comma at or after {@code k}; {@code end + 1} when there is none up to {@code end}. */
    private int nextComma(int k, int end) {
        while (k <= end && !Phrases.isComma(m.tok(k))) {
            k++;
        }
        return k;
    }

    /** Whether tokens {@code a..b} are exactly one name of a place. */
    private boolean place(int a, int b) {
        return a <= b && m.nameOf[a] >= 0 && m.name(a).first() == a && m.name(a).last() == b
                && EntityType.LOC.name().equals(m.name(a).type());
    }

    /** A verb or auxiliary that is no participle or gerund ("is", "said"; not "pledging"). */
    private boolean finiteVerb(int k) {
        Tok t = m.tok(k);
        return (t.is("VERB") || t.is("AUX")) && !t.lower().endsWith("ing");
    }

    /** A common-noun phrase of one member ("a Twitter spokesman"), no name, pronoun or group. */
    private static boolean description(Mention mention) {
        return mention != null && !mention.isPronoun() && mention.referent() != null
                && mention.referent().kind() == Referent.Kind.NOMINAL && mention.referent().members().size() == 1;
    }

    /** Coordinated persons' names ("Patrick Megahan and Chris Harman"), each as {@link #personName} takes it. */
    private static boolean personNames(Mention mention) {
        Referent r = mention.referent();
        return r != null && r.kind() == Referent.Kind.GROUP
                && r.members().stream().allMatch(x -> x.isName() && personName(x.name()));
    }

    /** A single person's name: typed so, or an untyped name of two words or more. */
    static boolean personName(Mention mention) {
        Referent r = mention.referent();
        return r != null && r.kind() == Referent.Kind.NAME && personName(r.members().get(0).name());
    }

    private static boolean personName(TextModel.Name n) {
        return EntityType.PER.name().equals(n.type()) || (TextModel.UNTYPED.equals(n.type()) && n.last() > n.first());
    }

    /**
     * The first name in a cue's phrase up to its comma, for a phrase the tagger broke with a word it took
     * for a verb ("According to conservative talk radio host Rush Limbaugh, ...").
     */
    private Np nameBeforeComma(int from, int end) {
        for (int k = from; k <= end && m.narrative(k) && !m.tok(k).text().equals(","); k++) {
            if (m.nameOf[k] >= 0) {
                return ph.startingAt(k, end);
            }
        }
        return null;
    }

    private boolean headline(int token) {
        return m.headline(m.paragraphOf[token]);
    }

    // ---------------------------------------------------------------- cues

    private Cue cueAt(int i) {
        Tok t = m.tok(i);
        String lower = t.lower();
        if (lower.equals("according") && i + 2 < m.size() && m.tok(i + 1).lower().equals("to")) {
            Np np = ph.startingAt(i + 2, sentenceEnd(i));
            if (np == null) {
                np = nameBeforeComma(i + 2, sentenceEnd(i));
            }
            return np == null ? null : new Cue(i, CueKind.ACCORDING, np);
        }
        if (lower.equals("under") && i + 1 < m.size()) {
            Np np = ph.startingAt(i + 1, sentenceEnd(i));
            if (np != null && Lexicons.DOCUMENT_NOUNS.contains(m.tok(np.last()).lower())) {
                return new Cue(i, CueKind.UNDER, np);
            }
            return null;
        }
        if (lower.equals("put") && i + 1 < m.size() && m.tok(i + 1).lower().equals("it")) {
            return new Cue(i, CueKind.VERB, null); // "as X put it"
        }
        if (GO.contains(lower) && i + 2 < m.size() && m.tok(i + 1).lower().equals("on")
                && GO_ON_ENDS.contains(m.tok(i + 2).text())) {
            return new Cue(i, CueKind.VERB, null); // "“...,” he went on.": "go on" closing its clause goes on speaking
        }
        String lemma = Lexicons.speechLemma(t.text(), t.lemma());
        if (lemma == null) {
            return null;
        }
        boolean verb = t.is("VERB") || (RELIABLE_FORMS.contains(lower) && !t.is("AUX") && !t.is("ADP"))
                || ph.verbAfterNoun(i)
                || (headline(i) && t.capitalised() && i > 0 && (t.is("PROPN") || t.is("NOUN"))
                        && (lower.endsWith("s") || lower.endsWith("ing")) && m.tok(i - 1).capitalised());
        if (!verb) {
            return null;
        }
        if (i > 0 && (m.tok(i - 1).text().equals("-") || m.tok(i - 1).lower().equals("so"))) {
            return null; // "so-called"
        }
        if (i > 0 && !t.lower().endsWith("ing") && nounContext(m.tok(i - 1)) && !ph.speakingAdjective(i - 1)
                && !ph.ageCompound(i - 1)) {
            return null; // a noun the tagger took for a verb: "late-night tweets", "his claims"
        }
        if (lemma.equals("report") && i + 1 < m.size() && m.tok(i + 1).lower().equals("to")) {
            return null; // "a force reporting to the commander"
        }
        if (passive(i)) {
            int by = i + 1;
            if (by < m.size() && m.tok(by).lower().equals("by")) {
                Np agent = ph.startingAt(by + 1, sentenceEnd(i));
                return agent == null ? null : new Cue(i, CueKind.VERB, agent);
            }
            return null; // "is considered ..." says nothing about who considers
        }
        return new Cue(i, CueKind.VERB, null);
    }

    /** A word after which a noun, not a verb, follows. */
    private static boolean nounContext(Tok prev) {
        String l = prev.lower();
        if (prev.is("DET") || prev.is("NUM") || prev.possessive()) {
            return !l.equals("that") && !l.equals("who");
        }
        if (prev.is("PRON")) {
            return Set.of("his", "their", "its", "our", "my", "your").contains(l);
        }
        return prev.is("ADJ") && !Set.of("later", "earlier", "first", "last", "also", "once").contains(l);
    }

    private boolean passive(int v) {
        String form = m.tok(v).lower();
        if (form.endsWith("ing")) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && m.tok(k).is("ADV")) {
            k--;
        }
        return k >= 0 && BE.contains(m.tok(k).lower());
    }

    private int sentenceEnd(int i) {
        return m.sentenceTokens(m.sentenceOf[i])[1];
    }
}
