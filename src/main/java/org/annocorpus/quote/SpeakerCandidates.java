package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.Phrases.Np;
import org.annocorpus.quote.SpeakerAttributor.Attribution;
import org.annocorpus.scheme.EntityType;
import org.annocorpus.scheme.SpeakerNames;

/**
 * The candidate speakers of one quotation for {@link SpeakerRanker}, each with its features: every sieve's
 * proposal, a few proposals no sieve makes (the nearest name before and after the quotation in its
 * paragraph, the subject of the sentence before, the previous quotation's speaker, the document's most
 * quoted speaker so far) and "no speaker". Candidates with the same normalised speaker are one candidate
 * that keeps the mention of its first proposer and the features of all.
 *
 * <p>Features are general (no open-class word is a feature; word lists only sort a description's head into a
 * person, a text or thing, or unknown, and find first-person pronouns): which sieves proposed it and which came
 * first, the mention's kind and entity type (for a description, what its head names), the distributional
 * cluster of its head word, distance and side, the discourse (previous speaker, how often it was quoted and
 * named), the quotation's content (whether it names the candidate, whether it speaks in the first person) and
 * the mention's role (the word class before and after it). Each feature name starts with its group ({@link #GROUPS})
 * so that a model can be trained on some groups only.
 */
final class SpeakerCandidates {

    /**
     * Feature groups: sieve proposals, mention kind and entity type, word clusters, position, discourse, the
     * quotation's content (whether it names the candidate, whether it speaks in the first person) and the
     * mention's grammatical role as its neighbours show it (after a preposition, before a verb, a possessor).
     */
    static final List<String> GROUPS = List.of("sieve", "kind", "cluster", "position", "discourse", "content", "role");

    /** Extra candidates no sieve proposes, by the name they are recorded under. */
    static final String NAME_BEFORE = "name-before";
    static final String NAME_AFTER = "name-after";
    static final String NAME_PARAGRAPH = "name-paragraph";
    static final String NAME_PREVIOUS_PARAGRAPH = "name-previous-paragraph";
    static final String SENTENCE_BEFORE = "sentence-before";
    static final String PREVIOUS_SPEAKER = "previous-speaker";
    static final String TOP_SPEAKER = "top-speaker";

    private static final List<String> EXTRAS = List.of(NAME_BEFORE, NAME_AFTER, NAME_PARAGRAPH,
            NAME_PREVIOUS_PARAGRAPH, SENTENCE_BEFORE, PREVIOUS_SPEAKER, TOP_SPEAKER);

    /** One candidate: its attribution (null for "no speaker"), speaker string, proposers and features. */
    record Candidate(Attribution attribution, String speaker, List<String> proposers, List<String> features) {

        boolean none() {
            return attribution == null;
        }
    }

    /**
     * How far "every name of the paragraph" reaches on each side of a quotation: further than any news
     * paragraph (the longest of the gold's has fewer names), so that a text without paragraph breaks costs
     * a window per quotation, not the whole text.
     */
    private static final int PARAGRAPH_NAMES_EACH_SIDE = 64;
    private static final int PARAGRAPH_TOKENS_EACH_SIDE = 2_000;

    private final SpeakerAttributor s;
    private final WordClusters clusters;
    /** Normalised speaker to how often quotations before {@link #countedTo} were attributed to it. */
    private final Map<String, Integer> quoted = new HashMap<>();
    private int countedTo;
    /** The speaker quoted most often before {@link #countedTo} (the first to get there), and how often. */
    private Attribution topSpeaker;
    private int topCount;
    /** Normalised speaker to the number of the document's names with that canonical form. */
    private Map<String, Integer> nameCounts;

    SpeakerCandidates(SpeakerAttributor attributor, WordClusters clusters) {
        this.s = attributor;
        this.clusters = clusters;
    }

    /** The candidates of quotation {@code q}; the last is "no speaker". */
    List<Candidate> of(int q) {
        Map<String, Attribution> byKey = new LinkedHashMap<>();
        Map<String, List<String>> proposers = new HashMap<>();
        List<Attribution> proposals = new ArrayList<>(s.proposals(q));
        proposals.addAll(extras(q));
        for (Attribution a : proposals) {
            String speaker = s.speaker(a.referent());
            if (speaker.isEmpty()) {
                continue;
            }
            String key = SpeakerNames.normalise(speaker);
            byKey.putIfAbsent(key, a);
            List<String> names = proposers.computeIfAbsent(key, k -> new ArrayList<>());
            if (!names.contains(a.sieve())) {
                names.add(a.sieve());
            }
        }
        boolean bare = !s.hasWords(s.group(q));
        Map<String, Integer> quoted = quotedSoFar(q);
        String previous = q > 0 && s.attributionOf(q - 1) != null
                ? SpeakerNames.normalise(s.speaker(s.attributionOf(q - 1).referent())) : "";
        Content content = new Content(namedInside(q), firstPerson(q));
        boolean anySieve = false;
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Attribution> e : byKey.entrySet()) {
            Attribution a = e.getValue();
            List<String> by = proposers.get(e.getKey());
            anySieve |= !isExtra(by.get(0));
            List<String> features = features(q, a, by, e.getKey(), bare, quoted, previous, content);
            if (out.isEmpty() && !isExtra(by.get(0))) {
                // the candidate the sieves' order picks: its kind, cluster and place tell when it is wrong
                List<String> top = new ArrayList<>();
                for (String f : features) {
                    if (!f.startsWith("sieve:") && !f.startsWith("discourse:")) {
                        top.add(f.substring(0, f.indexOf(':') + 1) + "top&" + f.substring(f.indexOf(':') + 1));
                    }
                }
                top.add("sieve:top");
                top.add("sieve:top&bare=" + bare);
                features.addAll(top);
            }
            out.add(new Candidate(a, s.speaker(a.referent()), List.copyOf(by), List.copyOf(features)));
        }
        List<String> none = new ArrayList<>();
        none.add("sieve:none");
        none.add("sieve:none&bare=" + bare);
        none.add("sieve:none&anySieve=" + anySieve);
        none.add("sieve:none&candidates=" + Math.min(out.size(), 4));
        out.add(new Candidate(null, "", List.of(), List.copyOf(none)));
        return out;
    }

    static boolean isExtra(String proposer) {
        return EXTRAS.contains(proposer);
    }

    /** Candidates no sieve makes: the nearest names, the subject before, earlier speakers. */
    private List<Attribution> extras(int q) {
        TextModel m = s.m;
        List<Attribution> out = new ArrayList<>();
        int first = s.first(q);
        int last = s.last(q);
        int para = m.paragraphOf[first];
        for (int k = first - 1; k >= 0 && m.paragraphOf[k] == para; k--) {
            if (m.narrative(k) && m.nameOf[k] >= 0 && speakingType(m.name(k))) {
                add(out, nameMention(m.name(k)), NAME_BEFORE);
                break;
            }
        }
        for (int k = last + 1; k < m.size() && m.paragraphOf[k] == para; k++) {
            if (m.narrative(k) && m.nameOf[k] >= 0 && speakingType(m.name(k))) {
                add(out, nameMention(m.name(k)), NAME_AFTER);
                break;
            }
        }
        // every other name of the paragraph (as far as a news paragraph reaches), and the last name of the
        // paragraph before
        int paraStart = m.tokenAtOrAfter(m.paragraphs.get(para).begin());
        int lo = first;
        for (int k = first - 1, names = 0; k >= paraStart && first - k <= PARAGRAPH_TOKENS_EACH_SIDE
                && names < PARAGRAPH_NAMES_EACH_SIDE; k--) {
            lo = k;
            names += m.nameOf[k] >= 0 && m.name(k).first() == k ? 1 : 0;
        }
        int hi = last;
        for (int k = last + 1, names = 0; k < m.size() && m.paragraphOf[k] == para
                && k - last <= PARAGRAPH_TOKENS_EACH_SIDE && names < PARAGRAPH_NAMES_EACH_SIDE; k++) {
            hi = k;
            names += m.nameOf[k] >= 0 && m.name(k).first() == k ? 1 : 0;
        }
        for (int k = lo; k <= hi; k++) {
            if (m.narrative(k) && m.nameOf[k] >= 0 && m.name(k).first() == k && speakingType(m.name(k))) {
                add(out, nameMention(m.name(k)), NAME_PARAGRAPH);
            }
        }
        for (int k = paraStart - 1; k >= 0 && m.paragraphOf[k] == m.paragraphOf[Math.max(paraStart - 1, 0)]; k--) {
            if (m.narrative(k) && m.nameOf[k] >= 0 && speakingType(m.name(k))) {
                add(out, nameMention(m.name(k)), NAME_PREVIOUS_PARAGRAPH);
                break;
            }
        }
        int sentence = m.sentenceOf[s.group(q).first()];
        if (sentence > 0) {
            int[] range = m.sentenceTokens(sentence - 1);
            if (range[0] <= range[1]) {
                add(out, s.syntax.mainSubject(range[0], range[1]), SENTENCE_BEFORE);
            }
        }
        if (q > 0 && s.attributionOf(q - 1) != null) {
            out.add(s.attributionOf(q - 1).by(PREVIOUS_SPEAKER));
        }
        countSpeakersBefore(q);
        if (topSpeaker != null) {
            out.add(topSpeaker.by(TOP_SPEAKER));
        }
        return out;
    }

    private void add(List<Attribution> out, Mention mention, String name) {
        Attribution a = mention == null ? null : s.distant(mention);
        if (a != null && a.referent() != null) {
            out.add(a.by(name));
        }
    }

    private Mention nameMention(TextModel.Name name) {
        return s.ph.analyse(new Np(name.first(), name.last()));
    }

    /** Persons, organisations and untyped names speak; places and other names rarely do. */
    private static boolean speakingType(TextModel.Name name) {
        return !EntityType.LOC.name().equals(name.type()) && !EntityType.MISC.name().equals(name.type());
    }

    /** How often each speaker was quoted before quotation {@code q} (read only). */
    private Map<String, Integer> quotedSoFar(int q) {
        countSpeakersBefore(q);
        return quoted;
    }

    /**
     * Counts the speakers of the quotations before {@code q}, going on from where the last call stopped: the
     * quotations are ranked in text order and those before the one ranked are final
     * ({@link SpeakerAttributor#attributionOf}), so a document costs one pass, not one per quotation.
     */
    private void countSpeakersBefore(int q) {
        if (q < countedTo) {
            quoted.clear();
            countedTo = 0;
            topSpeaker = null;
            topCount = 0;
        }
        for (; countedTo < q; countedTo++) {
            Attribution a = s.attributionOf(countedTo);
            if (a != null) {
                int c = quoted.merge(SpeakerNames.normalise(s.speaker(a.referent())), 1, Integer::sum);
                if (c > topCount) {
                    topCount = c; // the first speaker to reach the highest count
                    topSpeaker = a;
                }
            }
        }
    }

    private int namedInDocument(String key) {
        if (nameCounts == null) {
            nameCounts = new HashMap<>();
            for (TextModel.Name n : s.m.names) {
                nameCounts.merge(SpeakerNames.normalise(s.canonical(n)), 1, Integer::sum);
            }
        }
        return nameCounts.getOrDefault(key, 0);
    }

    /**
     * The speaker string's shape: with a digit ("LEAST 10 KILLED", "11 attacks") or in capitals, as
     * headline words are, or plain.
     */
    private static String shape(String speaker) {
        if (speaker.chars().anyMatch(Character::isDigit)) {
            return "digit";
        }
        boolean letters = speaker.chars().filter(Character::isLetter).count() >= 4;
        return letters && speaker.contains(" ") && speaker.equals(speaker.toUpperCase(Locale.ROOT)) ? "capitals" : "plain";
    }

    /** What the quotation's own words say: the names in it (normalised canonical forms), a first-person word. */
    private record Content(Set<String> names, boolean firstPerson) {
    }

    private List<String> features(int q, Attribution a, List<String> by, String key, boolean bare,
            Map<String, Integer> quoted, String previous, Content content) {
        TextModel m = s.m;
        List<String> f = new ArrayList<>();
        // sieves: who proposed it, who first
        String first = by.get(0);
        f.add("sieve:first=" + first);
        f.add("sieve:first=" + first + "&bare=" + bare);
        int sieves = 0;
        for (String p : by) {
            f.add("sieve:by=" + p);
            sieves += isExtra(p) ? 0 : 1;
        }
        f.add("sieve:count=" + Math.min(sieves, 3));
        f.add("sieve:count=" + Math.min(by.size(), 4) + "&firstExtra=" + isExtra(first));
        // kind: the mention and its referent
        Mention mention = a.mention();
        Referent r = a.referent();
        String kind = r.kind().name() + (mention.isPronoun() ? "-pronoun" : "");
        f.add("kind:" + kind);
        f.add("kind:" + kind + "&first=" + first);
        String type = r.nameType().isEmpty() ? (r.kind() == Referent.Kind.NAME ? "untyped" : "-") : r.nameType();
        f.add("kind:type=" + type);
        f.add("kind:plural=" + r.plural());
        if (mention.isPronoun()) {
            f.add("kind:pronoun=" + mention.pronoun());
            f.add("kind:pronounRoute=" + s.reference.pronounRoute(mention.first()));
        }
        if (r.kind() == Referent.Kind.NOMINAL) {
            // a text or a thing the sieves name is seldom a person's description left unresolved
            String head = s.reference.nominalHeadClass(r);
            f.add("kind:nominalHead=" + head + "&plural=" + r.plural());
            f.add("kind:nominalHead=" + head + "&first=" + first);
            f.add("kind:nominalLength=" + Math.min(r.members().get(0).last() - r.members().get(0).first() + 1, 4));
        }
        f.add("kind:shape=" + shape(s.speaker(r)));
        // cluster of the head word: of the mention itself when it is a description, else of the referent
        int head = headToken(mention, r);
        if (head >= 0) {
            String word = m.tok(head).text();
            String d = clusters.distsim(word);
            f.add("cluster:d=" + d);
            f.add("cluster:d=" + d + "&kind=" + r.kind());
            String[] g = clusters.glove(word);
            for (int i = 0; i < g.length; i++) {
                f.add("cluster:g" + i + "=" + g[i] + "&kind=" + r.kind());
            }
        }
        // position: distance and side, sentence and paragraph
        int qf = s.first(q);
        int ql = s.last(q);
        String side;
        int distance;
        if (mention.last() < qf) {
            side = "before";
            distance = qf - mention.last();
        } else if (mention.first() > ql) {
            side = "after";
            distance = mention.first() - ql;
        } else {
            side = "inside";
            distance = 0;
        }
        String bucket = bucket(distance);
        f.add("position:side=" + side);
        f.add("position:" + side + "&d=" + bucket);
        f.add("position:" + side + "&d=" + bucket + "&kind=" + r.kind());
        int sentence = m.sentenceOf[mention.first()];
        boolean sameSentence = sentence >= m.sentenceOf[qf] && sentence <= m.sentenceOf[ql];
        boolean sameParagraph = m.paragraphOf[mention.first()] == m.paragraphOf[qf];
        f.add("position:sameSentence=" + sameSentence + "&sameParagraph=" + sameParagraph);
        f.add("position:bare=" + bare + "&sameSentence=" + sameSentence);
        // discourse: the previous speaker, how often quoted and named
        boolean prev = key.equals(previous);
        f.add("discourse:previous=" + prev);
        f.add("discourse:previous=" + prev + "&bare=" + bare);
        f.add("discourse:quoted=" + Math.min(quoted.getOrDefault(key, 0), 3));
        f.add("discourse:named=" + bucket(namedInDocument(key)));
        // content: a speaker seldom names itself in its own words; first-person words mark speech
        f.add("content:namedInside=" + content.names().contains(key));
        f.add("content:firstPerson=" + content.firstPerson() + "&kind=" + r.kind());
        // role: a subject stands before its verb; a name after a preposition or a possessor seldom speaks
        String before = neighbour(mention.first() - 1);
        String after = s.ph.possessor(mention.last(), m.size() - 1) ? "possessive" : neighbour(mention.last() + 1);
        f.add("role:before=" + before);
        f.add("role:after=" + after);
        return f;
    }

    /**
     * The word class of the token next to a mention: its Universal Dependencies tag, the preposition itself
     * (a closed class: "by" marks an agent, "for" a beneficiary), or "quote" inside a quotation.
     */
    private String neighbour(int k) {
        TextModel m = s.m;
        if (k < 0 || k >= m.size()) {
            return "edge";
        }
        if (!m.narrative(k)) {
            return "quote";
        }
        TextModel.Tok t = m.tok(k);
        return t.is("ADP") ? "ADP=" + t.lower() : t.pos();
    }

    /** The normalised canonical forms of the names inside quotation {@code q}. */
    private Set<String> namedInside(int q) {
        Set<String> out = new HashSet<>();
        TextModel m = s.m;
        for (int k = s.first(q); k <= s.last(q); k++) {
            if (!m.narrative(k) && m.nameOf[k] >= 0) {
                out.add(SpeakerNames.normalise(s.canonical(m.name(k))));
            }
        }
        return out;
    }

    /** Whether quotation {@code q} holds a first-person pronoun. */
    private boolean firstPerson(int q) {
        TextModel m = s.m;
        for (int k = s.first(q); k <= s.last(q); k++) {
            if (!m.narrative(k) && m.tok(k).is("PRON") && Lexicons.FIRST_PERSON_PRONOUNS.contains(m.tok(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The head token the candidate's cluster is read from; -1 for none. */
    private static int headToken(Mention mention, Referent r) {
        if (!mention.isPronoun() && r.kind() == Referent.Kind.NOMINAL) {
            return mention.last();
        }
        Referent.Member member = r.members().get(0);
        return member.isName() ? member.name().last() : member.last();
    }

    private static String bucket(int n) {
        if (n <= 2) {
            return Integer.toString(n);
        }
        return n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : n <= 50 ? "21-50" : "51+";
    }

    static String group(String feature) {
        return feature.substring(0, feature.indexOf(':')).toLowerCase(Locale.ROOT);
    }
}
