package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.quote.AttributionSyntax.CueKind;
import org.annocorpus.quote.Phrases.Np;
import org.annocorpus.quote.SpeakerAttributor.Group;
import org.annocorpus.quote.TextModel.Tok;
import org.annocorpus.scheme.EntityType;
import org.annocorpus.text.DcorefLists;

/**
 * What a mention of one document stands for, as the speaker sieves need it: a name stands for itself, a
 * pronoun or a description for an earlier mention.
 *
 * <p>Pronouns are resolved to an earlier mention: first to the person a sentence before asks something, then to
 * the speakers of the sentences before, then to their subjects, then to any mention that agrees in number,
 * kind and gender (he/she never stand for a noun phrase with an inanimate head, nor for a
 * person whose gender the text or the first name tells the other: {@link DcorefLists}), never to the name
 * their own verb governs ("he told Hannity"), up to eight sentences and three paragraphs back. "Both nations" and
 * "the two countries" stand for the last pair of coordinated names. A description after "the" stands for the person
 * in focus ("the former senator"), the organisation in focus ("the company"), a fuller description that names
 * whose it is ("the ministry" after "China's foreign ministry") or a source first introduced with "a" ("the source"
 * after "a source close to the campaign", which keeps that first description, GUIDELINES H49, H55).
 */
final class ReferenceResolver {

    /**
     * How far back a pronoun or a description looks for its person: a narrative of he/she sentences keeps
     * its person further than four sentences back ("camera" was taken for "she" with four).
     */
    private static final int LOOK_BACK_SENTENCES = 8;
    /**
     * How many references a resolution follows through ("she" to "she" to "the Republican incumbent" to "Kelly
     * Ayotte"): pronouns and descriptions alike, so a chain of pronouns still ends in the person described.
     */
    private static final int MAX_REFERENCE_DEPTH = 4;

    /** Words that make a title another office: a vice president is no president. */
    private static final Set<String> OFFICE_PREFIXES = Set.of("vice", "deputy", "assistant", "associate", "lieutenant");
    private static final int LOOK_BACK_PARAGRAPHS = 3;
    /** Determiners that introduce someone new, whom a later "the" with the same noun refers back to. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    /**
     * Words of a share of a group ("52 percent of registered voters", "52% of them"), which may stand without
     * their "of" for that group; with it, {@link Phrases} makes the phrase the group itself (GUIDELINES H30).
     */
    private static final Set<String> SHARES = Set.of("percent", "%");

    private final TextModel m;
    private final Phrases ph;
    /** The reporting verbs whose subjects are the speakers of a sentence: prominent antecedents. */
    private final AttributionSyntax syntax;
    private final Map<Integer, List<Mention>> speakersOfSentence = new HashMap<>();
    /** A resolved pronoun's token to how it was resolved: {@link #pronounRoute}. */
    private final Map<Integer, String> pronounRoutes = new HashMap<>();
    private final Set<Integer> speakersInProgress = new HashSet<>();
    /** Lazily: the gender the document gives its persons. */
    private PersonGender genders;
    private CanonicalNames names;
    /** Lazily: the first tokens of the document's names, by canonical name, in text order. */
    private Map<String, List<Integer>> nameStarts;

    ReferenceResolver(TextModel model, Phrases phrases, AttributionSyntax syntax) {
        this.m = model;
        this.ph = phrases;
        this.syntax = syntax;
    }

    /** What a mention anywhere in the text stands for, pronouns and descriptions resolved; null for none. */
    Referent resolve(Mention mention) {
        return resolve(mention, 0);
    }

    /** The speaker string (canonical name) of a referent; "" for none. */
    String speaker(Referent r) {
        return names().speaker(r);
    }

    /** The canonical form of a name of the document. */
    String canonical(TextModel.Name name) {
        return names().canonical(name);
    }

    /** What a mention stands for, resolving pronouns and "both nations" to an earlier mention. */
    private Referent resolve(Mention mention, int depth) {
        if (mention == null) {
            return null;
        }
        if (!mention.isPronoun()) {
            Referent group = partitiveGroup(mention);
            if (group != null) {
                return group;
            }
            if (mention.count() >= 2) {
                return referring(mention);
            }
            if (depth > MAX_REFERENCE_DEPTH) {
                return mention.referent();
            }
            // also for a pronoun's candidates: "the GOP candidate ... he said"
            Referent described = describedPerson(mention, depth);
            if (described == null) {
                described = describedByDemonym(mention, depth);
            }
            if (described == null) {
                described = fullerDescription(mention);
            }
            if (described == null) {
                described = describedOrganisation(mention, depth);
            }
            if (described == null) {
                described = firstDescription(mention);
            }
            return described != null ? described : mention.referent();
        }
        String p = mention.pronoun();
        if (depth > MAX_REFERENCE_DEPTH || !(Lexicons.SINGULAR_PERSON_PRONOUNS.contains(p)
                || Lexicons.PLURAL_PRONOUNS.contains(p) || Lexicons.NEUTER_PRONOUNS.contains(p))) {
            return null;
        }
        int at = mention.first();
        int sentence = m.sentenceOf[at];
        String governed = nameGovernedBy(at);
        int frontedEnd = frontedParticipleClauseEnd(at);
        for (int s : sentencesLookedBack(at)) {
            // within a sentence, a person the text gives the pronoun's gender beats one of unknown gender that is
            // no speaker or subject ("Clinton ... her supporters behind then-senator Barack Obama. ... she said")
            Referent unknownGender = null;
            for (Candidate c : candidates(s, s == sentence ? at : Integer.MAX_VALUE)) {
                if (c.mention().first() == at || (s == sentence && c.mention().first() < frontedEnd && !c.prominent())) {
                    continue;
                }
                Referent r = resolve(c.mention(), depth + 1);
                if (r != null && governed != null && governed.equals(speaker(r))) {
                    continue;
                }
                if (r != null && agrees(r, p, c.prominent())) {
                    if (gender(p) == 0 || gender(r) == gender(p) || c.prominent()) {
                        String route = c.prominent() ? "prominent" : "other";
                        pronounRoutes.put(at, route + "&back=" + Math.min(sentence - s, 2));
                        return r;
                    }
                    if (unknownGender == null) {
                        unknownGender = r;
                    }
                }
            }
            if (unknownGender != null) {
                pronounRoutes.put(at, "unknownGender&back=" + Math.min(sentence - s, 2));
                return unknownGender;
            }
        }
        return null;
    }

    /**
     * "52 percent of registered voters agreed ..., while 63 percent said": a share without its "of" stands for
     * the group of the nearest share before it in the sentences looked back on that names one (GUIDELINES H30);
     * null when the mention is no such share or none names a group.
     */
    private Referent partitiveGroup(Mention mention) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NOMINAL || own.members().size() != 1) {
            return null;
        }
        int head = own.members().get(0).last();
        if (!SHARES.contains(m.word(head)) || (head + 1 < m.size() && m.word(head + 1).equals("of"))) {
            return null;
        }
        for (int s : sentencesLookedBack(mention.first())) {
            int[] range = m.sentenceTokens(s);
            for (int k = Math.min(range[1], mention.first() - 1) - 1; k >= range[0]; k--) {
                if (m.narrative(k) && SHARES.contains(m.word(k)) && m.word(k + 1).equals("of")) {
                    Referent group = groupOfShare(k, range[1]);
                    if (group != null) {
                        return group;
                    }
                }
            }
        }
        return null;
    }

    /** What the share at token {@code share} is of ("52 percent of registered voters": the voters), or null. */
    private Referent groupOfShare(int share, int end) {
        int j = share + 2;
        while (j < end && j < share + 8 && m.narrative(j + 1) && ph.nounish(j + 1)) {
            j++; // to the end of the noun phrase after "of"
        }
        Phrases.Np np = ph.endingAt(j, share);
        Mention mention = np == null || np.first() > share ? null : ph.analyse(np);
        Referent group = mention == null ? null : mention.referent();
        return group == null || group.members().isEmpty() || SHARES.contains(m.word(group.members().get(0).last()))
                ? null : group;
    }

    /**
     * The sentences a pronoun or description at token {@code at} looks back on for what it stands for: its own,
     * then the ones before it, nearest first, at most {@value #LOOK_BACK_SENTENCES} back and within
     * {@value #LOOK_BACK_PARAGRAPHS} paragraphs; sentences without tokens left out.
     */
    private List<Integer> sentencesLookedBack(int at) {
        int sentence = m.sentenceOf[at];
        int paragraph = m.paragraphOf[at];
        List<Integer> out = new ArrayList<>();
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
            int[] range = m.sentenceTokens(s);
            if (range[1] < range[0]) {
                continue;
            }
            if (paragraph - m.paragraphOf[range[0]] > LOOK_BACK_PARAGRAPHS) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    /**
     * "Asked about her vote if Clinton faces Trump, she replied": a participle clause that opens the sentence
     * has the pronoun after it as its subject, so no name inside the clause is the pronoun's (a speaker or
     * subject of the sentence before the pronoun still is). So for a prepositional phrase moved to the front
     * ("Of the scrutiny over Melania Trump, he said": he said it of her, so "he" is not she). The pronoun's
     * token when it follows such a clause's or phrase's comma, else -1.
     */
    private int frontedParticipleClauseEnd(int pronoun) {
        int[] range = m.sentenceTokens(m.sentenceOf[pronoun]);
        boolean afterComma = pronoun > range[0] + 1 && Phrases.isComma(m.tok(pronoun - 1));
        boolean fronted = Phrases.participle(m.tok(range[0])) || frontedPrepositionalPhrase(range[0], pronoun - 1);
        return fronted && afterComma ? pronoun : -1;
    }

    /**
     * A phrase from {@code from} to the comma at {@code comma} opened by a preposition, with no verb: no clause.
     * Not "As for Ban, he seems content": "as for" sets up the topic the pronoun then takes up.
     */
    private boolean frontedPrepositionalPhrase(int from, int comma) {
        if (!m.tok(from).is("ADP") || !m.narrative(from) || m.tok(from).lower().equals("as")) {
            return false;
        }
        for (int k = from + 1; k < comma; k++) {
            Tok t = m.tok(k);
            if (!m.narrative(k) || t.is("VERB") || t.is("AUX") || Phrases.isComma(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the pronoun at token {@code k} was resolved, for the ranker: to a speaker or subject
     * ("prominent"), to another mention, or to one of unknown gender, and how many sentences back (0, 1,
     * 2 or more); "" when it was not resolved.
     */
    String pronounRoute(int k) {
        return pronounRoutes.getOrDefault(k, "");
    }

    /**
     * The name that the verb of subject pronoun {@code pronoun} governs ("he told Hannity", "she said to
     * Kaine"), as a speaker string; null for none. A pronoun never stands for a name its own verb governs.
     */
    private String nameGovernedBy(int pronoun) {
        int k = pronoun + 1;
        while (k < m.size() && m.narrative(k) && (m.tok(k).is("ADV") || m.tok(k).is("AUX"))) {
            k++;
        }
        if (k >= m.size() || !m.narrative(k) || !m.tok(k).is("VERB")) {
            return null;
        }
        k++;
        if (k < m.size() && m.tok(k).lower().equals("to")) {
            k++;
        }
        TextModel.Name governed = nameStartingAt(k);
        return governed == null ? null : canonical(governed);
    }

    /** The name that starts at token {@code k} in the narrative ("told [Hannity]"); null for none. */
    private TextModel.Name nameStartingAt(int k) {
        return k < m.size() && m.narrative(k) && m.nameOf[k] >= 0 && m.name(k).first() == k ? m.name(k) : null;
    }

    /**
     * "the New York businessman", "the former first lady and U.S. senator": a definite description of a
     * person with no name in it stands for the person last in focus before it (a speaker or subject of the
     * sentences before, as for "he"), whose gender does not contradict the description's head; null when
     * the phrase is no such description or no person fits.
     */
    private Referent describedPerson(Mention mention, int depth) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NOMINAL || own.plural()) {
            return null;
        }
        Referent.Member member = own.members().get(0);
        // "Obama's former campaign strategist": a person's name as possessor is no name of the person described
        String possessor = possessorSurname(member.first(), member.last());
        if (possessor == null && !m.tok(mention.first()).lower().equals("the")) {
            return null;
        }
        if (commonNounPossessor(member.first(), member.last())) {
            return null; // "the ad's narrator": a role of a thing, no person in focus
        }
        if (possessor == null && introducedIndefinitely(member.last(), mention.first())) {
            return null; // "greeted by an organizer ... “...,” the organizer told them": the one introduced
        }
        int from = possessor == null ? member.first() : m.name(member.first()).last() + 1;
        for (int k = from; k <= member.last(); k++) {
            if (m.nameOf[k] >= 0 && m.name(k).type().equals(EntityType.PER.name())) {
                return null; // "the Clinton aide": a person of its own
            }
        }
        String head = m.word(member.last());
        String prefix = member.last() > member.first() ? officePrefix(member.last() - 1) : "";
        List<Referent> titled = titledPersons(head, prefix, mention.first());
        if (!titled.isEmpty()) {
            // "Obama said ... The president also said", though "World Bank President Jim Yong Kim" was named
            // since: the person in focus when the text gave that person the title, else the last one titled
            Referent focus = personInFocus(mention.first(), gender(own), possessor, depth);
            String focused = focus == null ? null : speaker(focus);
            return titled.stream().anyMatch(t -> speaker(t).equals(focused)) ? focus : titled.get(0);
        }
        if (!Lexicons.animate(head) && !ph.ageCompound(member.last())) {
            return null;
        }
        if (possessor == null && Lexicons.RELATIONAL_NOUNS.contains(head)) {
            return null; // "the spokesman", "the aide": someone who speaks for the person in focus, not that person
        }
        return personInFocus(mention.first(), gender(own), possessor, depth);
    }

    /**
     * Whether the head noun at {@code head} was introduced by an indefinite article in the sentences looked
     * back on before token {@code before} ("an organizer", "another man"): "the" then refers back to that
     * person, whom the text has not named.
     */
    private boolean introducedIndefinitely(int head, int before) {
        String word = m.word(head);
        for (int s : sentencesLookedBack(before)) {
            int[] range = m.sentenceTokens(s);
            for (int k = range[0]; k <= range[1] && k < before; k++) {
                if (m.narrative(k) && m.word(k).equals(word) && m.tok(k).is("NOUN")) {
                    Phrases.Np np = ph.endingAt(k, range[0]);
                    if (np != null && INDEFINITE.contains(m.tok(np.first()).lower()) && headedBy(np, k)) {
                        return true; // not "a question for the president": the article is the question's
                    }
                }
            }
        }
        return false;
    }

    /** Whether the noun phrase's head is token {@code head}, not a noun its post-modifier ends with. */
    private boolean headedBy(Phrases.Np np, int head) {
        Mention mention = ph.analyse(np);
        Referent r = mention == null ? null : mention.referent();
        return r != null && r.kind() == Referent.Kind.NOMINAL && r.members().get(0).last() == head;
    }

    /**
     * "the Texan", "the Republican": a demonym or a party's member named after "the", with no person's name
     * before it in the phrase, is a description of a person too (GUIDELINES H1), resolved as
     * {@link #describedPerson} does; null when the phrase is no such description or no person fits.
     */
    private Referent describedByDemonym(Mention mention, int depth) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NAME || own.members().size() != 1
                || !EntityType.MISC.name().equals(own.nameType()) || !m.tok(mention.first()).lower().equals("the")) {
            return null;
        }
        TextModel.Name name = own.members().get(0).name();
        String word = m.tok(name.last()).text();
        if (name.first() != name.last() || word.endsWith("s") || !m.tok(name.last()).capitalised()) {
            return null; // "the Democrats", "the Iowa Caucuses": a group or an event
        }
        for (int k = mention.first(); k < name.first(); k++) {
            if (m.nameOf[k] >= 0 && EntityType.PER.name().equals(m.name(k).type())) {
                return null;
            }
        }
        return personInFocus(mention.first(), 0, null, depth);
    }

    /**
     * Of the persons in focus before token {@code at} (speakers and subjects of the sentences looked back
     * on), nearest first, the one the document has named most often so far, of no other gender and not
     * named {@code possessor}: a description ("the Republican presidential candidate") names the article's
     * protagonist more often than a person just mentioned beside him.
     */
    private Referent personInFocus(int at, int gender, String possessor, int depth) {
        int sentence = m.sentenceOf[at];
        Referent best = null;
        int bestCount = -1;
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
            for (Candidate c : candidates(s, s == sentence ? at : Integer.MAX_VALUE)) {
                if (!c.prominent() || c.mention().first() == at) {
                    continue;
                }
                Referent r = resolve(c.mention(), depth + 1);
                if (r != null && r.kind() == Referent.Kind.NAME && personLike(r, false)
                        && (gender == 0 || gender(r) != -gender)
                        && (possessor == null || !possessor.equals(m.word(r.members().get(0).last())))) {
                    int count = mentionsBefore(r, at);
                    if (count > bestCount) {
                        best = r;
                        bestCount = count;
                    }
                }
            }
        }
        return best;
    }

    /**
     * "the editorial board" after "the Wall Street Journal editorial board", "the ministry" after "China's
     * foreign ministry": a singular definite description with no name in it stands for an earlier one of
     * the sentences looked back on that ends in the same words and names whose it is (an institution keeps
     * its fullest form, GUIDELINES H42); null when there is none.
     */
    private Referent fullerDescription(Mention mention) {
        Referent.Member member = definiteDescription(mention);
        if (member == null) {
            return null;
        }
        List<String> words = words(member.first(), member.end());
        int sentence = m.sentenceOf[mention.first()];
        for (int s = sentence - 1; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
            for (Candidate c : candidates(s, Integer.MAX_VALUE)) {
                Referent r = c.mention().referent();
                if (r != null && r.kind() == Referent.Kind.NOMINAL && r.members().size() == 1 && !r.plural()) {
                    Referent.Member other = r.members().get(0);
                    List<String> fuller = words(other.first(), other.end());
                    if (fuller.size() > words.size() && namesOwner(other.first(), other.end() - words.size())
                            && fuller.subList(fuller.size() - words.size(), fuller.size()).equals(words)) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "the source" after "a source close to him", "the email" after "an email fundraising appeal": a singular
     * definite description with no name in it, whose head and modifiers an unnamed source introduced with "a"
     * in the sentences looked back on has too, is that source, which keeps its first description as written
     * (GUIDELINES H49, H55); null when there is none.
     */
    private Referent firstDescription(Mention mention) {
        Referent.Member member = definiteDescription(mention);
        if (member == null) {
            return null;
        }
        List<String> modifiers = words(member.first(), member.last() - 1);
        String head = m.word(member.last());
        int sentence = m.sentenceOf[mention.first()];
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
            for (Candidate c : candidates(s, s == sentence ? mention.first() : Integer.MAX_VALUE)) {
                Referent r = c.mention().referent();
                String opener = m.tok(c.mention().first()).lower();
                if (r == null || r.kind() != Referent.Kind.NOMINAL || r.members().size() != 1 || r.plural()
                        || !(INDEFINITE.contains(opener) || opener.equals("one"))) {
                    continue;
                }
                Referent.Member first = r.members().get(0);
                List<String> described = words(first.first(), first.end());
                if (m.word(first.last()).equals(head) && described.containsAll(modifiers)
                        && described.size() > modifiers.size() + 1) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The one member of a singular description after "the" with no name in it ("the ministry"); null for any other mention. */
    private Referent.Member definiteDescription(Mention mention) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NOMINAL || own.members().size() != 1 || own.plural()
                || !m.tok(mention.first()).lower().equals("the")) {
            return null;
        }
        Referent.Member member = own.members().get(0);
        for (int k = member.first(); k <= member.end(); k++) {
            if (m.nameOf[k] >= 0) {
                return null;
            }
        }
        return member;
    }

    /** Whether the words {@code from} to {@code to} before a head hold a name and no "of" ("Clinton", "China's"). */
    private boolean namesOwner(int from, int to) {
        boolean name = false;
        for (int k = from; k <= to; k++) {
            if (m.tok(k).lower().equals("of")) {
                return false;
            }
            name |= m.nameOf[k] >= 0;
        }
        return name;
    }

    /** The words {@code from} to {@code to}, in lower case without glued possessives. */
    private List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(m.word(k));
        }
        return out;
    }

    /**
     * "the board" after "the Illinois Board of Elections": a bare definite noun stands for the organisation named
     * last before it whose name holds that noun. Else "the company", "the news outlet": a definite description
     * whose head is a kind of organisation, with no name in it, stands for an organisation named before it in its
     * own sentence ("fighting the Islamic State, ... the organization that"), else for the one last in focus in
     * the sentences looked back on (a speaker or subject: "Business Insider also commented ... “...,” the company
     * said"), else for the one named last outside quotations; null when the phrase is no such description or no
     * organisation is named.
     */
    private Referent describedOrganisation(Mention mention, int depth) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NOMINAL || own.plural()
                || !m.tok(mention.first()).lower().equals("the")) {
            return null;
        }
        Referent.Member member = own.members().get(0);
        for (int k = member.first(); k <= member.last(); k++) {
            if (m.nameOf[k] >= 0 || m.tok(k).possessive()) {
                return null; // "the Clinton campaign", "the party's committee": a body of its own
            }
        }
        int at = mention.first();
        TextModel.Name sameHead = member.first() == member.last() ? organisationNamedWith(member.last(), at) : null;
        if (sameHead != null) {
            return Referent.name(sameHead); // "the Illinois Board of Elections ... the board said"
        }
        if (!Lexicons.ORGANISATION_NOUNS.contains(m.word(member.last()))) {
            return null;
        }
        int sentence = m.sentenceOf[at];
        TextModel.Name named = organisationNamedBefore(at);
        if (named != null && m.sentenceOf[named.first()] == sentence) {
            return Referent.name(named);
        }
        Referent inFocus = organisationInFocus(at, depth);
        if (inFocus != null) {
            return inFocus;
        }
        return named == null ? null : Referent.name(named);
    }

    /**
     * The organisation named last before token {@code at}, outside quotations, whose name holds the word of
     * token {@code head} ("Board" in "Illinois Board of Elections" for "the board"), at most
     * {@value #LOOK_BACK_PARAGRAPHS} paragraphs back; null for none or for a noun of persons.
     */
    private TextModel.Name organisationNamedWith(int head, int at) {
        String word = m.word(head);
        if (Lexicons.animate(word)) {
            return null;
        }
        int paragraph = m.paragraphOf[at];
        for (int i = namesEndingBefore(at) - 1; i >= 0; i--) {
            TextModel.Name n = m.names.get(i);
            if (paragraph - m.paragraphOf[n.first()] > LOOK_BACK_PARAGRAPHS) {
                break;
            }
            if (!EntityType.ORG.name().equals(n.type()) || !m.narrative(n.first())) {
                continue;
            }
            for (int k = n.first(); k <= n.last(); k++) {
                if (m.word(k).equals(word)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** How many of the names (in text order) end before token {@code at}: those to look back on from it. */
    private int namesEndingBefore(int at) {
        int lo = 0;
        int hi = m.names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (m.names.get(mid).last() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The organisation named last outside quotations before token {@code at} in the sentences looked back on. */
    private TextModel.Name organisationNamedBefore(int at) {
        int sentence = m.sentenceOf[at];
        int paragraph = m.paragraphOf[at];
        for (int i = namesEndingBefore(at) - 1; i >= 0; i--) {
            TextModel.Name n = m.names.get(i);
            if (sentence - m.sentenceOf[n.first()] > LOOK_BACK_SENTENCES
                    || paragraph - m.paragraphOf[n.first()] > LOOK_BACK_PARAGRAPHS) {
                break;
            }
            if (EntityType.ORG.name().equals(n.type()) && m.narrative(n.first())) {
                return n;
            }
        }
        return null;
    }

    /**
     * The organisation that is a speaker or subject of the sentences looked back on from token {@code at}
     * (its own sentence before it included), the nearest first; null for none.
     */
    private Referent organisationInFocus(int at, int depth) {
        int sentence = m.sentenceOf[at];
        for (int s : sentencesLookedBack(at)) {
            for (Candidate c : candidates(s, s == sentence ? at : Integer.MAX_VALUE)) {
                if (!c.prominent()) {
                    continue;
                }
                Referent r = resolve(c.mention(), depth + 1);
                if (r != null && r.kind() == Referent.Kind.NAME && r.members().size() == 1
                        && EntityType.ORG.name().equals(r.nameType())) {
                    return r;
                }
            }
        }
        return null;
    }

    /** How often the document names the person of name referent {@code r} before token {@code at}. */
    private int mentionsBefore(Referent r, int at) {
        if (nameStarts == null) {
            Map<String, List<Integer>> starts = new HashMap<>();
            for (TextModel.Name n : m.names) { // in text order
                starts.computeIfAbsent(names().canonical(n), k -> new ArrayList<>()).add(n.first());
            }
            starts.values().forEach(java.util.Collections::sort);
            nameStarts = starts;
        }
        List<Integer> starts = nameStarts.getOrDefault(names().canonical(r.members().get(0).name()), List.of());
        int i = java.util.Collections.binarySearch(starts, at);
        return i >= 0 ? i : -i - 1;
    }

    /** Whether a common noun, no name, is a possessor inside the phrase ("the ad's narrator"). */
    private boolean commonNounPossessor(int first, int last) {
        for (int k = first; k < last; k++) {
            if (ph.possessor(k, last) && m.nameOf[k] < 0 && m.tok(k).is("NOUN") && !m.tok(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    /** The surname of a person's name that opens a phrase as its possessor ("Obama's ..."), or null. */
    private String possessorSurname(int first, int last) {
        if (m.nameOf[first] < 0) {
            return null;
        }
        TextModel.Name n = m.name(first);
        if (n.first() != first || n.last() >= last || !EntityType.PER.name().equals(n.type())) {
            return null;
        }
        return ph.possessor(n.last(), last) ? m.word(n.last()) : null;
    }

    /** Token {@code k} when it is a word that makes a title another office ("vice", "Vice-"), else "". */
    private String officePrefix(int k) {
        String word = m.word(k).replace("-", "");
        return OFFICE_PREFIXES.contains(word) ? word : "";
    }

    /**
     * "the president" after "President Barack Obama", "the governor" after "Gov. Mike Pence": the persons
     * named with the description's head as a title before the name, with the description's office prefix
     * ({@code prefix}, "vice", or "" for none) before the title; all such persons before {@code before},
     * the last named first.
     */
    private List<Referent> titledPersons(String head, String prefix, int before) {
        List<Referent> out = new ArrayList<>();
        for (int k = before - 1; k >= 0; k--) {
            // a role in lower case right before the name is a title too: "columnist Ai Jun" ... "the columnist"
            // (whatever its tag: the tagger makes "columnist" before a name an adjective)
            boolean role = k + 1 < before && m.nameOf[k + 1] >= 0;
            if (m.nameOf[k] >= 0 || !(m.tok(k).capitalised() || role) || !Lexicons.titleIsNoun(m.word(k), head)) {
                continue;
            }
            if (!(k > 0 ? officePrefix(k - 1) : "").equals(prefix)) {
                continue; // "the president" is not "Vice President Joseph R. Biden Jr."; "the vice president" is
            }
            int n = k + 1;
            while (n < before && m.nameOf[n] < 0 && m.tok(n).capitalised() && !m.tok(n).is("PUNCT")) {
                n++; // "President-elect", "Vice President": more title before the name
            }
            String type = n < before && m.nameOf[n] >= 0 ? m.name(n).type() : null;
            if (EntityType.PER.name().equals(type) || TextModel.UNTYPED.equals(type)) {
                Mention named = ph.analyse(new Phrases.Np(n, m.name(n).last()));
                if (named != null && named.referent() != null) {
                    out.add(named.referent());
                }
            }
        }
        return out;
    }

    /** "both nations", "the two countries": the last pair of coordinated sources before the phrase. */
    private Referent referring(Mention mention) {
        Referent own = mention.referent();
        if (own == null || own.kind() != Referent.Kind.NOMINAL || !own.plural()) {
            return own;
        }
        String head = m.tok(own.members().get(0).last()).lower();
        boolean places = Lexicons.PLACE_NOUNS.contains(head);
        for (int pass = 0; pass < 2; pass++) {
            for (int s = m.sentenceOf[mention.first()]; s >= 0; s--) {
                for (Candidate c : candidates(s, mention.first())) {
                    if ((pass == 0) != c.prominent() || c.mention().isPronoun() || c.mention().count() > 0) {
                        continue;
                    }
                    Referent r = c.mention().referent();
                    if (r != null && r.kind() == Referent.Kind.GROUP && r.members().size() == mention.count()
                            && r.members().stream().allMatch(x -> x.isName() && (!places || !x.name().type().equals(EntityType.PER.name())))) {
                        return r;
                    }
                }
            }
        }
        return own;
    }

    private boolean agrees(Referent r, String pronoun, boolean prominent) {
        if (Lexicons.SINGULAR_PERSON_PRONOUNS.contains(pronoun)) {
            return !r.plural() && personLike(r, prominent) && gender(r) != -gender(pronoun)
                    && (r.kind() != Referent.Kind.NOMINAL || personNoun(m.word(r.members().get(0).last())));
        }
        if (Lexicons.PLURAL_PRONOUNS.contains(pronoun)) {
            return (r.plural() && !inanimateNominal(r)) || (prominent && r.nameType().equals(EntityType.ORG.name()));
        }
        return !r.plural() && !personLike(r, false)
                && (r.kind() == Referent.Kind.NOMINAL || !r.nameType().equals(TextModel.UNTYPED) || prominent);
    }

    /**
     * A head noun that names a person: "he"/"she" stand for a description only with such a head (a noun
     * the animacy lists do not know, "the hashtag", is no person).
     */
    private static boolean personNoun(String head) {
        return Lexicons.animate(head) || head.endsWith("man") || head.endsWith("woman")
                || head.endsWith("person") || Lexicons.isTitle(head);
    }

    /** A noun phrase of one member whose head is inanimate ("the streets"). */
    private boolean inanimateNominal(Referent r) {
        return r.kind() == Referent.Kind.NOMINAL && r.members().size() == 1
                && Lexicons.inanimate(m.word(r.members().get(0).last()));
    }

    /**
     * What the head noun of a description names, for the ranker: "person" (the animacy lists or the project's
     * nouns of persons), "text" (a document noun or a thing: "the statement", "a marketing video") or
     * "unknown"; "" for a name.
     */
    String nominalHeadClass(Referent r) {
        if (r.kind() != Referent.Kind.NOMINAL || r.members().size() != 1) {
            return "";
        }
        String head = m.word(r.members().get(0).last());
        if (Lexicons.animate(head)) {
            return "person";
        }
        return textOrThing(head) ? "text" : "unknown";
    }

    /** A head noun of a written text ({@code quote/document-nouns.txt}) or of a thing (the animacy lists). */
    private static boolean textOrThing(String head) {
        return Lexicons.DOCUMENT_NOUNS.contains(head) || Lexicons.inanimate(head);
    }

    /** +1 masculine, -1 feminine, 0 unknown: of a pronoun or honorific. */
    private static int gender(String word) {
        return PersonGender.of(word);
    }

    /** The gender the document gives a single person ({@link PersonGender}). */
    private int gender(Referent r) {
        if (genders == null) {
            genders = new PersonGender(m, names());
        }
        return genders.of(r);
    }

    /** The document's names, for the person names they hold. */
    private CanonicalNames names() {
        if (names == null) {
            names = new CanonicalNames(m);
        }
        return names;
    }

    /**
     * A person, as far as the text tells: a person's name, or (when prominent) an untyped name or a speaking
     * noun phrase whose head can name a person ({@link DcorefLists}).
     */
    boolean personLike(Referent r, boolean prominent) {
        if (r.kind() == Referent.Kind.NAME) {
            String type = r.nameType();
            if (type.equals(EntityType.PER.name())) {
                return true;
            }
            TextModel.Name n = r.members().get(0).name();
            if (type.equals(TextModel.UNTYPED)) {
                return prominent || CanonicalNames.words(m.covered(n.begin(), n.end())).size() >= 2;
            }
            // "Austin said" typed as a place, where the document names "Lloyd Austin"
            return n.first() == n.last() && names().personSurname(m.covered(n.begin(), n.end()), type);
        }
        if (r.kind() != Referent.Kind.NOMINAL || !prominent) {
            return false;
        }
        String head = m.word(r.members().get(0).last());
        return !textOrThing(head);
    }

    /** A mention that a pronoun may stand for; prominent ones (speakers, subjects) are tried first. */
    private record Candidate(Mention mention, boolean prominent) {
    }

    /** Mentions of sentence {@code s} before token {@code limit}: speakers, then the subject, then the rest. */
    private List<Candidate> candidates(int s, int limit) {
        List<Candidate> out = new ArrayList<>();
        for (Mention sp : speakers(s)) {
            if (sp.last() < limit) {
                out.add(new Candidate(sp, true));
            }
        }
        int[] range = m.sentenceTokens(s);
        if (limit == Integer.MAX_VALUE) {
            Mention asked = addresseeOfQuestion(range);
            if (asked != null) {
                // "Earhardt then asked Rubio which states ... “...,” he said"
                out.add(0, new Candidate(asked, true));
            }
        }
        int start = range[0];
        while (start <= range[1] && !m.narrative(start)) {
            start++;
        }
        Mention subject = start <= range[1] ? syntax.mainSubject(start, Math.min(range[1], limit - 1)) : null;
        if (subject != null && subject.last() < limit) {
            out.add(new Candidate(subject, true));
        }
        // the other mentions nearest first: of two persons named in a sentence, "he" in the next one more
        // likely goes on with the later ("While Obama had ..., that concerns Henry Crespo. ... he said")
        int from = out.size();
        for (int k = range[0]; k <= range[1] && k < limit; k++) {
            if (!m.narrative(k)) {
                continue;
            }
            Tok t = m.tok(k);
            Np np = null;
            if (t.is("PRON") && (Lexicons.SINGULAR_PERSON_PRONOUNS.contains(t.lower())
                    || Lexicons.PLURAL_PRONOUNS.contains(t.lower()))) {
                np = new Np(k, k);
            } else if (ph.nounish(k) && (k + 1 > range[1] || !continuesPhrase(k + 1) || ph.possessor(k, range[1]))) {
                // a possessor is a mention of its own: "The Florida senator’s answer was ... But he"
                np = ph.endingAt(k, range[0]);
            }
            Mention mention = np == null ? null : ph.analyse(np);
            if (mention != null) {
                out.add(from, new Candidate(mention, false));
            }
            Mention endName = np == null ? null : nameEndingDescription(np, mention);
            if (endName != null) {
                out.add(from, new Candidate(endName, false));
            }
        }
        return out;
    }

    /**
     * "Footage of Al-Awlaki again appears. “...,” he says": the name that ends a description ({@code np},
     * analysed as {@code mention}) is a mention of its own; null when the phrase ends in no name or is one.
     */
    private Mention nameEndingDescription(Np np, Mention mention) {
        int k = np.last();
        if (m.nameOf[k] < 0 || m.name(k).last() != k || m.name(k).first() <= np.first()
                || (mention != null && mention.referent() != null
                        && mention.referent().kind() != Referent.Kind.NOMINAL)) {
            return null;
        }
        return ph.analyse(new Np(m.name(k).first(), k));
    }

    /**
     * The person a sentence (token {@code range}) asks something: the name right after a form of "ask" in its
     * main clause, before any comma or subordinator ("Hannity asked Trump how high the wall would be"). The
     * next sentences' "he" or "she" is more likely the one who answers than the one who asked; null when the
     * sentence asks no named person.
     */
    private Mention addresseeOfQuestion(int[] range) {
        for (int k = range[0]; k < range[1]; k++) {
            Tok t = m.tok(k);
            if (Phrases.isComma(t) || t.is("SCONJ") || t.lower().equals("when") || !m.narrative(k)) {
                return null; // the main clause's question only: not "..., when a young man asked Clinton why"
            }
            TextModel.Name asked = t.is("VERB") && "ask".equals(t.lemma()) ? nameStartingAt(k + 1) : null;
            if (asked != null && EntityType.PER.name().equals(asked.type())) {
                return ph.analyse(new Np(asked.first(), asked.last()));
            }
        }
        return null;
    }

    private boolean continuesPhrase(int k) {
        if (!m.narrative(k)) {
            return false;
        }
        return ph.nounish(k)
                || (Phrases.isAnd(m.tok(k)) && k + 1 < m.size() && m.narrative(k + 1) && ph.nounish(k + 1));
    }

    /**
     * Whether reporting verb {@code v} ends its sentence: after it come only quotations, punctuation,
     * adverbs and a short phrase without a verb ("in an interview", "on Monday").
     */
    private boolean endsSentence(int v, int sentenceLast) {
        int words = 0;
        for (int k = v + 1; k <= sentenceLast; k++) {
            Tok t = m.tok(k);
            if (!m.narrative(k) || t.is("PUNCT") || t.is("ADV")) {
                continue;
            }
            if (t.is("VERB") || t.is("AUX") || t.is("SCONJ") || ++words > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ryan did not exude confidence when Tapper asked whether ...": the subject of "ask" in a subordinate clause
     * asks the main clause's subject, who answers; it is no speaker of the sentence for a pronoun after it.
     */
    private boolean askerInSubordinateClause(Mention subject, int verb) {
        int before = subject.first() - 1;
        if (!"ask".equals(m.tok(verb).lemma()) || before < 0 || !m.narrative(before)) {
            return false;
        }
        Tok t = m.tok(before);
        return t.is("SCONJ") || t.lower().equals("when");
    }

    /** The subjects of the reporting verbs of sentence {@code s}, the one of a verb that ends it first. */
    private List<Mention> speakers(int s) {
        List<Mention> cached = speakersOfSentence.get(s);
        if (cached != null) {
            return cached;
        }
        if (!speakersInProgress.add(s)) {
            return List.of();
        }
        int[] range = m.sentenceTokens(s);
        List<Mention> out = new ArrayList<>();
        if (range[1] >= range[0]) {
            Group g = new Group(range[0], range[1]);
            int last = -1;
            for (int k = range[0]; k <= range[1]; k++) {
                if (syntax.cue(k, CueKind.VERB)) {
                    Mention sp = syntax.subjectForCue(k, g, 0);
                    if (sp != null && !askerInSubordinateClause(sp, k)) {
                        out.add(sp);
                        last = k;
                    }
                }
            }
            if (out.size() > 1 && endsSentence(last, range[1])) {
                // "Cruz electrified the crowds with promises ..., Stovall said.": a reporting verb that ends
                // its sentence governs all of it, so its subject is the sentence's speaker before the others
                out.add(0, out.remove(out.size() - 1));
            }
        }
        speakersInProgress.remove(s);
        speakersOfSentence.put(s, out);
        return out;
    }
}
