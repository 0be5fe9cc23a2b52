package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Brings entity spans to the scheme's boundaries, whichever recognizer made them:
 * <ul>
 * <li>no white space or punctuation at either end (the full stop of "U.S." stays);</li>
 * <li>no leading determiner ("the Philippines" gives "Philippines");</li>
 * <li>no honorific or title before a person's name ("Mr. Roe" gives "Roe" PER);</li>
 * <li>no possessive ("Japan’s" gives "Japan");</li>
 * <li>no title: an entity that ends in a title is cut before it ("US Secretary of Defense" gives "US"),
 * one that is only a title or its modifiers is dropped ("Defense" in "Defense Secretary");</li>
 * <li>no portfolio of a title ("Secretary of [State]" is no entity; "Secretary of [Defense Jane Roe]"
 * gives "Jane Roe");</li>
 * <li>names joined by a hyphen are separate entities when each part is a listed name ("US-China" gives
 * "US" and "China"), and a name joined to a common word keeps only the name ("Kyiv-based" gives
 * "Kyiv"); a name that contains a hyphen itself ("Indo-Pacific") stays whole;</li>
 * <li>a name of several words joined by a hyphen to a participle or a word of kind keeps the name ("New York-based",
 * "Donald Trump-led", "Islamic State-style"), and a prefix joined to a name is cut off ("anti-Trump", "pro-Newt
 * Gingrich"; capitalised only before one word: "Anti-Defamation League" stays);</li>
 * <li>a coordination that repeats its first word ("Department of Labor and Department of Energy") or
 * lists only listed names ("Peru, Chile and Bolivia") is one entity per conjunct;</li>
 * <li>coordinated names that share a plural head are one entity ("North and Baltic Seas");</li>
 * <li>names joined by a slash are separate entities of the same type ("Reuters/Ipsos");</li>
 * <li>a party tag after a politician's name gives the party letter MISC and the state LOC ("(D-N.Y.)",
 * "(R-Tex)", "..., R-Fla., ..."), whatever was found there before;</li>
 * <li>a nickname in marks between a person's first name and the next word is part of one PER ("Ana “Chica”
 * Lopez"), whatever was found on the nickname and the last name before (GUIDELINES H48); not in a headline,
 * where every word is capitalised;</li>
 * <li>no auxiliary verb that opens a question ("[Will] Lopez run again?" gives "Lopez");</li>
 * <li>a generational suffix after a person's name is part of it ("Harry Hurt III", "William F. Buckley, Jr.").</li>
 * </ul>
 * <p>Lexicons ({@link #PARAM_LEXICON_LOCATIONS}): they tell names from common words in hyphenated
 * compounds and lists.
 */
@ResourceMetaData(name = "Named-entity span normalizer")
@TypeCapability(
        inputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class NamedEntitySpanNormalizer extends LexiconAnnotatorBase {


    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("\\b(\\p{L}[\\p{L}.-]*)\\s+(of|for)\\s+(the\\s+)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("(['\u2019][sS]?)$");
    private static final Pattern PARTY_TAG = Pattern.compile(
            "\\(([DRI])-(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)\\)");
    /** A prefix joined to a name by a hyphen ("anti-Trump", "Pro-Clinton"), no part of the name. */
    private static final Pattern HYPHEN_PREFIX = Pattern.compile("^(?:anti|pro|non|ex|neo|post|pre|Anti|Pro|Non|Ex)-(?=\\p{Lu})");
    /**
     * A participle or a word of kind joined by a hyphen to the last word of a name ("-based", "-led",
     * "-winning", "-style"); a lower-case syllable of a name ("Ban Ki-moon") is none.
     */
    private static final Pattern HYPHEN_SUFFIX = Pattern.compile(
            "(?<=[\\p{L}.])-(?:\\p{Ll}+(?:ed|ing)|style|type|run|like|born|made|era|wide|free|friendly|bound)$");
    /** "..., R-Fla., ...": a party tag between commas after a name, its state one word. */
    private static final Pattern PARTY_TAG_AFTER_COMMA = Pattern.compile(
            "(?<=\\p{L}\\.?, )([DRI])-(\\p{Lu}[\\p{L}.]*)(?=[,;:)]|\\s|$)");
    private static final Pattern CONJUNCTION = Pattern.compile(",\\s+(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+");

    /** A span with a type. */
    record Span(int begin, int end, String type) {
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Span> result = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>(select(jcas, NamedEntity.class));
        List<Span> partyTags = partyTags(text);
        for (NamedEntity entity : entities) {
            boolean inTag = partyTags.stream().anyMatch(t -> t.begin() < entity.getEnd() && entity.getBegin() < t.end());
            if (!inTag) {
                result.addAll(normalise(text, new Span(entity.getBegin(), entity.getEnd(), entity.getValue())));
            }
        }
        result = mergeSharedHeads(text, result);
        List<List<NerToken>> sentences = NerTokenizer.sentences(jcas);
        result = joinNicknames(text, result, headlines(text, sentences));
        result = withoutQuestionAuxiliaries(text, result, questionStarts(sentences));
        result = withGenerationalSuffixes(text, result);
        result.addAll(partyTags);
        result.sort(Comparator.comparingInt(Span::begin));
        for (NamedEntity entity : entities) {
            entity.removeFromIndexes();
        }
        int lastEnd = -1;
        for (Span s : result) {
            // normalising never widens a span except by merging, so overlaps can only come from input overlaps
            if (s.begin() >= lastEnd) {
                Entities.add(jcas, s.begin(), s.end(), s.type());
                lastEnd = s.end();
            }
        }
    }

    /**
     * Party letter (MISC) and state (LOC) of every party tag in the text: in brackets ("(R-Tex)") or between
     * commas after a name ("Sen. Ana Lopez, R-Fla., said"), there only with a state's AP abbreviation or a
     * listed place, so that ", D-Day" is none.
     */
    private List<Span> partyTags(String text) {
        List<Span> tags = new ArrayList<>();
        Matcher m = PARTY_TAG.matcher(text);
        while (m.find()) {
            tags.add(new Span(m.start(1), m.end(1), "MISC"));
            tags.add(new Span(m.start(2), m.end(2), "LOC"));
        }
        Matcher c = PARTY_TAG_AFTER_COMMA.matcher(text);
        while (c.find()) {
            String state = c.group(2);
            String bare = state.endsWith(".") ? state.substring(0, state.length() - 1) : state;
            int stateEnd = c.end(2);
            if ("LOC".equals(lexicon.typeOf(bare))) {
                stateEnd = c.start(2) + bare.length(); // "R-Iowa." at a sentence end: the full stop is the sentence's
            } else if (!NameWords.STATE_ABBREVIATIONS.contains(state)) {
                continue;
            }
            tags.add(new Span(c.start(1), c.end(1), "MISC"));
            tags.add(new Span(c.start(2), stateEnd, "LOC"));
        }
        tags.sort(Comparator.comparingInt(Span::begin));
        return tags;
    }

    /** The spans one entity becomes (none, one, or several). */
    List<Span> normalise(String text, Span span) {
        int[] t = Spans.trim(text, span.begin(), withAbbreviationStop(text, span.begin(), span.end()));
        if (t == null) {
            return List.of();
        }
        int begin = t[0];
        int end = t[1];
        String type = span.type();
        boolean changed = true;
        while (changed && begin < end) {
            changed = false;
            String s = text.substring(begin, end);
            int firstSpace = firstSpace(s);
            String firstWord = firstSpace < 0 ? s : s.substring(0, firstSpace);
            if (firstSpace > 0 && (NameWords.DETERMINERS.contains(firstWord) || NameWords.HONORIFICS.contains(firstWord)
                    || "PER".equals(type) && (NameWords.TITLES.contains(firstWord) || NameWords.TITLE_MODIFIERS.contains(firstWord)))) {
                if (NameWords.HONORIFICS.contains(firstWord)) {
                    type = "PER";
                }
                begin = skipSpace(text, begin + firstSpace, end);
                changed = true;
                continue;
            }
            Matcher possessive = POSSESSIVE.matcher(NerTokenizer.normalise(s));
            if (possessive.find() && possessive.start() > 0 && !s.endsWith(".")
                    && (possessive.group(1).length() == 2 || s.charAt(possessive.start() - 1) == 's')) {
                int[] trimmed = Spans.trim(text, begin, begin + possessive.start());
                if (trimmed == null) {
                    return List.of();
                }
                begin = trimmed[0];
                end = trimmed[1];
                changed = true;
                continue;
            }
            if (isAfterTitleOf(text, begin) && NameWords.PORTFOLIO_WORDS.contains(firstWord)) {
                if (firstSpace < 0) {
                    return List.of();
                }
                // "Secretary of [Defense Jane Roe]": the rest must be a person's name, not "Air France"
                String rest = text.substring(skipSpace(text, begin + firstSpace, end), end);
                if (rest.split("\\s+").length >= 2 && lexicon.typeOf(rest) == null) {
                    begin = skipSpace(text, begin + firstSpace, end);
                    changed = true;
                }
            }
        }
        if (begin >= end) {
            return List.of();
        }
        if (!"PER".equals(type)) {
            // "Billie Jean King" is a person's name; "US Secretary of Defense" is no organisation
            int[] withoutTitle = withoutTitle(text, begin, end);
            if (withoutTitle == null) {
                return List.of();
            }
            begin = withoutTitle[0];
            end = withoutTitle[1];
        }
        List<Span> parts = splitSlash(text, begin, end, type);
        if (parts != null) {
            return parts;
        }
        parts = splitCoordination(text, begin, end, type);
        if (parts != null) {
            return parts;
        }
        parts = splitHyphenated(text, begin, end, type);
        if (parts != null) {
            return parts;
        }
        return List.of(new Span(begin, end, type));
    }

    /** The end past the full stop of an abbreviation the entity ends in, if the recogniser left it out ("Fla|."). */
    private static int withAbbreviationStop(String text, int begin, int end) {
        if (end >= text.length() || text.charAt(end) != '.') {
            return end;
        }
        int wordStart = end;
        while (wordStart > begin && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return Spans.isAbbreviation(text.substring(wordStart, end)) ? end + 1 : end;
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\\u00A0]+(\\S+)");

    /**
     * The span without a trailing title ("US Secretary of Defense" gives "US"); null when the entity is
     * only a title, or only title modifiers right before a title ("Defense" in "Defense Secretary").
     */
    private static int[] withoutTitle(String text, int begin, int end) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(begin, end));
        while (m.find()) {
            words.add(new int[] {begin + m.start(), begin + m.end()});
        }
        int title = -1;
        for (int k = 0; k < words.size(); k++) {
            if (NameWords.isTitle(word(text, words.get(k)))) {
                title = k;
                break;
            }
        }
        if (title < 0) {
            boolean allModifiers = words.stream().allMatch(w -> NameWords.TITLE_MODIFIERS.contains(word(text, w)))
                    && !(words.size() == 1 && NameWords.CHAMBERS.contains(word(text, words.get(0))));
            Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            if (allModifiers && next.find() && NameWords.isTitle(next.group(1))) {
                return null;
            }
            return new int[] {begin, end};
        }
        for (int k = title + 1; k < words.size(); k++) {
            String w = word(text, words.get(k));
            if (!NameWords.TITLE_MODIFIERS.contains(w) && !NameWords.PORTFOLIO_WORDS.contains(w) && !NameWords.isTitle(w)
                    && !w.equals("of") && !w.equals("for")) {
                // a name follows the title: the pattern recognizer deals with titles before names
                return new int[] {begin, end};
            }
        }
        int cut = title;
        while (cut > 0 && NameWords.TITLE_MODIFIERS.contains(word(text, words.get(cut - 1)))
                && !NameWords.CHAMBERS.contains(word(text, words.get(cut - 1)))) {
            cut--; // "Defense" of "Defense Secretary" goes with the title; "House" of "House Speaker" is a body
        }
        if (cut == 0) {
            return null;
        }
        String lastKept = word(text, words.get(cut - 1));
        if (NameWords.NAME_CONNECTORS.contains(lastKept) || NameWords.DETERMINERS.contains(lastKept)) {
            return new int[] {begin, end};
        }
        return Spans.trim(text, begin, words.get(cut - 1)[1]);
    }

    private static String word(String text, int[] span) {
        return NerTokenizer.normalise(text.substring(span[0], span[1]));
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int from, int end) {
        while (from < end && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        return from;
    }

    /** True when a title and "of"/"for" stand right before the offset ("Secretary of |State"). */
    private static boolean isAfterTitleOf(String text, int begin) {
        String before = text.substring(Math.max(0, begin - 40), begin);
        Matcher m = TITLE_OF_BEFORE.matcher(before);
        return m.find() && (NameWords.TITLES.contains(m.group(1)) || NameWords.TITLE_MODIFIERS.contains(m.group(1)));
    }

    /** One entity per conjunct, or null to keep the span whole. */
    private List<Span> splitCoordination(String text, int begin, int end, String type) {
        String s = text.substring(begin, end);
        Matcher m = CONJUNCTION.matcher(s);
        List<int[]> conjuncts = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            conjuncts.add(new int[] {from, m.start()});
            from = m.end();
        }
        if (conjuncts.isEmpty()) {
            return null;
        }
        conjuncts.add(new int[] {from, s.length()});
        if (lexicon.typeOf(s) != null) {
            return null;
        }
        String firstWord = s.split("\\s+")[0];
        boolean allListed = true;
        boolean repeatsFirstWord = true;
        for (int k = 0; k < conjuncts.size(); k++) {
            String c = s.substring(conjuncts.get(k)[0], conjuncts.get(k)[1]);
            allListed &= lexicon.typeOf(c) != null;
            if (k > 0) {
                repeatsFirstWord &= c.split("\\s+")[0].equals(firstWord) && c.contains(" ");
            }
        }
        if (!allListed && !repeatsFirstWord) {
            return null;
        }
        List<Span> parts = new ArrayList<>();
        for (int[] c : conjuncts) {
            String part = s.substring(c[0], c[1]);
            String listed = lexicon.typeOf(part);
            parts.addAll(normalise(text, new Span(begin + c[0], begin + c[1], allListed ? listed : type)));
        }
        return parts;
    }

    /** "Reuters/Ipsos": each side of a slash that joins two names, with the same type; else null. */
    private List<Span> splitSlash(String text, int begin, int end, String type) {
        String s = text.substring(begin, end);
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1 || lexicon.typeOf(s) != null) {
            return null;
        }
        List<Span> parts = new ArrayList<>();
        int from = 0;
        for (String part : s.split("/", -1)) {
            int partEnd = from + part.length();
            boolean name = part.length() > 1 && NameWords.looksLikeName(part)
                    && !Character.isWhitespace(part.charAt(part.length() - 1)) && part.chars().anyMatch(Character::isLowerCase);
            if (!name) {
                return null;
            }
            parts.addAll(normalise(text, new Span(begin + from, begin + partEnd, type)));
            from = partEnd + 1;
        }
        return parts;
    }

    /** The names of a hyphenated compound, or null to keep the span whole. */
    private List<Span> splitHyphenated(String text, int begin, int end, String type) {
        String s = text.substring(begin, end);
        if (lexicon.typeOf(s) != null) {
            return null;
        }
        Matcher prefix = HYPHEN_PREFIX.matcher(s);
        if (prefix.find() && prefix.end() < s.length()
                && (Character.isLowerCase(s.charAt(0)) || firstSpace(s.substring(prefix.end())) < 0)) {
            // "anti-Trump", "pro-Newt Gingrich": the name without the prefix; a capitalised prefix only before one
            // word ("Anti-Trump", not "Anti-Defamation League")
            int[] rest = Spans.trim(text, begin + prefix.end(), end);
            return rest == null ? List.of() : normalise(text, new Span(rest[0], rest[1], type));
        }
        if (firstSpace(s) >= 0) {
            Matcher suffix = HYPHEN_SUFFIX.matcher(s);
            // "Donald Trump-led", "New York-based": a name of several words joined to a common word keeps the name
            return suffix.find() ? List.of(new Span(begin, begin + suffix.start(), type)) : null;
        }
        List<NerToken> pieces = WordPieces.of(List.of(new NerToken(begin, end, NerTokenizer.normalise(s))));
        if (pieces.size() < 3) {
            return null;
        }
        List<NerToken> names = new ArrayList<>();
        boolean commonWord = false;
        for (NerToken piece : pieces) {
            if (piece.text().equals("-")) {
                continue;
            }
            if (NameWords.looksLikeName(piece.text())) {
                names.add(piece);
            } else {
                commonWord = true;
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        boolean allListed = names.stream().allMatch(n -> lexicon.typeOf(n.text()) != null);
        if (names.size() == 1 && commonWord) {
            // "Kyiv-based", "anti-American": the name alone
            NerToken name = names.get(0);
            String listed = lexicon.typeOf(name.text());
            return List.of(new Span(name.begin(), name.end(), listed != null ? listed : type));
        }
        if (allListed && !commonWord && americanIdentity(names)) {
            return null;
        }
        if (allListed) {
            // "US-Japan", also "US-Japan-led": each listed name on its own, without the common word
            List<Span> parts = new ArrayList<>();
            for (NerToken n : names) {
                parts.add(new Span(n.begin(), n.end(), lexicon.typeOf(n.text())));
            }
            return parts;
        }
        return null;
    }

    /**
     * "African-American", "Mexican-Americans": demonyms joined before "American" name one group of people
     * (an American identity), not a relation between two, so the compound stays one name.
     */
    private boolean americanIdentity(List<NerToken> names) {
        String last = names.get(names.size() - 1).text();
        return names.size() >= 2 && (last.equals("American") || last.equals("Americans"))
                && names.stream().allMatch(n -> "MISC".equals(lexicon.typeOf(n.text())));
    }

    /**
     * Widens a name that ends in a plural head over the names coordinated before it, which share that
     * head ("East and South China Seas"), dropping the entities found there.
     */
    private static List<Span> mergeSharedHeads(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        List<Span> result = new ArrayList<>();
        for (Span s : sorted) {
            int begin = sharedHeadStart(text, s);
            if (begin < s.begin()) {
                while (!result.isEmpty() && result.get(result.size() - 1).end() > begin) {
                    result.remove(result.size() - 1);
                }
                result.add(new Span(begin, s.end(), "LOC"));
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** After a first name: a one-word nickname in marks, then the capitalised last name. */
    private static final Pattern NICKNAME_AFTER = Pattern.compile(
            "^[ \\u00A0]+[“\"‘](\\p{Lu}[\\p{L}.'’-]*)[”\"’][ \\u00A0]+(\\p{Lu}[\\p{L}'’-]*\\p{L})(?![\\p{L}\\p{N}])");

    /**
     * Widens a person's name over a nickname in marks and the last name after it ("Ana “Chica” Lopez"), dropping
     * the entities found on the nickname and the last name; one that goes on past the last name keeps the rest
     * where that begins with a capital ("Lopez of Lima" as one ORG leaves nothing, "of Lima" being no name).
     */
    private static List<Span> joinNicknames(String text, List<Span> spans, List<int[]> headlines) {
        List<Span> result = new ArrayList<>(spans.size());
        int joinedEnd = -1;
        int h = 0;
        for (Span s : spans) {
            while (h < headlines.size() && headlines.get(h)[1] <= s.begin()) {
                h++;
            }
            boolean inHeadline = h < headlines.size() && headlines.get(h)[0] <= s.begin();
            if (s.begin() < joinedEnd) {
                int[] rest = s.end() > joinedEnd ? Spans.trim(text, joinedEnd, s.end()) : null;
                if (rest != null && Character.isUpperCase(text.codePointAt(rest[0]))) {
                    result.add(new Span(rest[0], rest[1], s.type()));
                }
                continue;
            }
            Matcher m = "PER".equals(s.type()) && !inHeadline
                    ? NICKNAME_AFTER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 80))) : null;
            if (m != null && m.find()) {
                joinedEnd = s.end() + m.end(2);
                result.add(new Span(s.begin(), joinedEnd, "PER"));
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** A generational suffix right after a name, a comma before it or not ("Harry Hurt III", "William F. Buckley, Jr."). */
    private static final Pattern GENERATIONAL_SUFFIX = Pattern.compile(
            "^,?[ \\u00A0](?:(?:Jr|Sr)\\.?|II|III|IV)(?![\\p{L}\\p{N}])");

    /**
     * Widens a person's name over the generational suffix after it, which is part of the name (CoNLL-2003 and
     * the scheme: "Martin Luther King Jr.", "Harry Hurt III"); a recognizer that stops before it leaves the
     * surname alone. A suffix that is an entity of its own is dropped.
     */
    private static List<Span> withGenerationalSuffixes(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        int widenedEnd = -1;
        for (Span s : spans) {
            if (s.begin() < widenedEnd) {
                continue;
            }
            Matcher m = "PER".equals(s.type())
                    ? GENERATIONAL_SUFFIX.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 6))) : null;
            if (m != null && m.find()) {
                widenedEnd = s.end() + m.end();
                result.add(new Span(s.begin(), widenedEnd, "PER"));
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** Auxiliary verbs that open a yes-no question, capitalised there like a first name. */
    private static final Set<String> QUESTION_AUXILIARIES = Set.of("Will", "Can", "Could",
            "Would", "Should", "Shall", "May", "Might", "Must", "Did", "Does", "Do", "Is", "Was", "Are", "Were", "Has",
            "Have", "Had");

    /** Where the sentences that end in a question mark begin. */
    private static Set<Integer> questionStarts(List<List<NerToken>> sentences) {
        Set<Integer> starts = new HashSet<>();
        for (List<NerToken> tokens : sentences) {
            int last = tokens.size() - 1;
            while (last >= 0 && QUOTE_MARK_TOKEN.matcher(tokens.get(last).text()).matches()) {
                last--; // "... come down?”": the closing mark after the question mark
            }
            if (last >= 0 && tokens.get(last).text().endsWith("?")) {
                starts.add(tokens.get(0).begin());
            }
        }
        return starts;
    }

    /** A token that is only quotation marks (the NER tokens write them as ' and "). */
    private static final Pattern QUOTE_MARK_TOKEN = Pattern.compile("[\"'“”‘’]+");

    /** Cuts the auxiliary off a person's name that opens a question and goes on after it ("Will Lopez"). */
    private static List<Span> withoutQuestionAuxiliaries(String text, List<Span> spans, Set<Integer> questionStarts) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int space = firstSpace(text.substring(s.begin(), s.end()));
            if ("PER".equals(s.type()) && space > 0 && questionStarts.contains(s.begin())
                    && QUESTION_AUXILIARIES.contains(text.substring(s.begin(), s.begin() + space))) {
                result.add(new Span(skipSpace(text, s.begin() + space, s.end()), s.end(), s.type()));
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /**
     * The sentences in title case or capitals, in text order: there every word is capitalised ("Lopez ‘Stuns’
     * Crowd"), so a word in marks between two names is no nickname.
     */
    private static List<int[]> headlines(String text, List<List<NerToken>> sentences) {
        Set<String> lowerCaseWords = Casing.lowerCaseWords(text);
        List<int[]> result = new ArrayList<>();
        for (List<NerToken> tokens : sentences) {
            if (!tokens.isEmpty() && (Casing.isAllCaps(tokens) || Casing.isHeadline(tokens, lowerCaseWords))) {
                result.add(new int[] {tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()});
            }
        }
        return result;
    }

    private static final Pattern COORDINATED_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\p{Lu}[\\p{L}.-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.-]*){0,3})\\s+and\\s+$");

    /** Where the coordination before a plural-head name starts, or the name's own begin. */
    private static int sharedHeadStart(String text, Span span) {
        String name = text.substring(span.begin(), span.end());
        int lastSpace = firstSpace(new StringBuilder(name).reverse().toString());
        if (lastSpace < 0) {
            return span.begin();
        }
        String head = name.substring(name.length() - lastSpace);
        if (!NameWords.SHARED_PLURAL_HEADS.contains(head)) {
            return span.begin();
        }
        Matcher m = COORDINATED_BEFORE.matcher(text.substring(Math.max(0, span.begin() - 60), span.begin()));
        if (!m.find()) {
            return span.begin();
        }
        String left = m.group(1);
        String leftLast = left.substring(left.lastIndexOf(' ') + 1);
        if (NameWords.PLACE_HEADS.contains(leftLast) || NameWords.SHARED_PLURAL_HEADS.contains(leftLast)
                || NameWords.DETERMINERS.contains(left.split(" ")[0])) {
            return span.begin();
        }
        return span.begin() - (m.end() - m.start(1));
    }
}
