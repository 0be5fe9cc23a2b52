package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Brings entity spans to the scheme's boundaries, whichever recognizer made them:
 * <ul>
 * <li>no white space or punctuation at either end (the full stop of "U.S." stays);</li>
 * <li>no leading determiner ("the Philippines" gives "Philippines");</li>
 * <li>no honorific or title before a person's name ("Mr. Roe" gives "Roe" PER);</li>
 * <li>no possessive ("Japan’s" gives "Japan");</li>
 * <li>no portfolio of a title ("Secretary of [State]" is no entity; "Secretary of [Defense Jane Roe]"
 * gives "Jane Roe");</li>
 * <li>names joined by a hyphen are separate entities when each part is a listed name ("US-China" gives
 * "US" and "China"), and a name joined to a common word keeps only the name ("Kyiv-based" gives
 * "Kyiv"); a name that contains a hyphen itself ("Indo-Pacific") stays whole;</li>
 * <li>a coordination that repeats its first word ("Department of Labor and Department of Energy") or
 * lists only listed names ("Peru, Chile and Bolivia") is one entity per conjunct;</li>
 * <li>coordinated names that share a plural head are one entity ("North and Baltic Seas").</li>
 * </ul>
 */
@ResourceMetaData(name = "Named-entity span normalizer")
@TypeCapability(
        inputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class NamedEntitySpanNormalizer extends JCasAnnotator_ImplBase {

    /** Lexicon files that tell names from common words in hyphenated compounds and lists. */
    public static final String PARAM_LEXICON_LOCATIONS = "lexiconLocations";
    @ConfigurationParameter(name = PARAM_LEXICON_LOCATIONS, defaultValue = {
            "classpath:/org/annocorpus/ner/lexicon/countries.tsv",
            "classpath:/org/annocorpus/ner/lexicon/places.tsv",
            "classpath:/org/annocorpus/ner/lexicon/cities.tsv",
            "classpath:/org/annocorpus/ner/lexicon/demonyms.tsv",
            "classpath:/org/annocorpus/ner/lexicon/organisations.tsv"})
    private String[] lexiconLocations;

    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("\\b(\\p{L}[\\p{L}.-]*)\\s+(of|for)\\s+(the\\s+)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("(['\u2019][sS]?)$");
    private static final Pattern CONJUNCTION = Pattern.compile(",\\s+(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+");

    private Lexicon lexicon;

    /** A span with a type. */
    record Span(int begin, int end, String type) {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon = Lexicon.load(lexiconLocations);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        List<Span> result = new ArrayList<>();
        List<NamedEntity> entities = new ArrayList<>(select(jcas, NamedEntity.class));
        for (NamedEntity entity : entities) {
            result.addAll(normalise(text, new Span(entity.getBegin(), entity.getEnd(), entity.getValue())));
        }
        result = mergeSharedHeads(text, result);
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

    /** The spans one entity becomes (none, one, or several). */
    List<Span> normalise(String text, Span span) {
        int[] t = Spans.trim(text, span.begin(), span.end());
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
                begin = skipSpace(text, begin + firstSpace, end);
                changed = true;
            }
        }
        if (begin >= end) {
            return List.of();
        }
        List<Span> parts = splitCoordination(text, begin, end, type);
        if (parts != null) {
            return parts;
        }
        parts = splitHyphenated(text, begin, end, type);
        if (parts != null) {
            return parts;
        }
        return List.of(new Span(begin, end, type));
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

    /** The names of a hyphenated compound, or null to keep the span whole. */
    private List<Span> splitHyphenated(String text, int begin, int end, String type) {
        String s = text.substring(begin, end);
        if (firstSpace(s) >= 0 || lexicon.typeOf(s) != null) {
            return null;
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
        if (allListed && !commonWord) {
            List<Span> parts = new ArrayList<>();
            for (NerToken n : names) {
                parts.add(new Span(n.begin(), n.end(), lexicon.typeOf(n.text())));
            }
            return parts;
        }
        if (allListed) {
            // "US-Japan-led": the names without the common word
            List<Span> parts = new ArrayList<>();
            for (NerToken n : names) {
                parts.add(new Span(n.begin(), n.end(), lexicon.typeOf(n.text())));
            }
            return parts;
        }
        return null;
    }

    /** Joins "A and B" into one place when B ends in a plural head the two share ("East and South China Seas"). */
    private static List<Span> mergeSharedHeads(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        List<Span> result = new ArrayList<>();
        for (Span s : sorted) {
            if (!result.isEmpty()) {
                Span previous = result.get(result.size() - 1);
                if (previous.end() <= s.begin() && sharesHead(text, previous, s)) {
                    result.set(result.size() - 1, new Span(previous.begin(), s.end(), s.type()));
                    continue;
                }
            }
            result.add(s);
        }
        return result;
    }

    private static boolean sharesHead(String text, Span left, Span right) {
        String between = text.substring(left.end(), right.begin());
        if (!between.matches("\\s+and\\s+")) {
            return false;
        }
        String rightText = text.substring(right.begin(), right.end());
        String head = rightText.substring(rightText.lastIndexOf(' ') + 1);
        if (!NameWords.SHARED_PLURAL_HEADS.contains(head) || rightText.indexOf(' ') < 0) {
            return false;
        }
        String leftText = text.substring(left.begin(), left.end());
        String leftLast = leftText.substring(leftText.lastIndexOf(' ') + 1);
        return !NameWords.PLACE_HEADS.contains(leftLast) && !NameWords.SHARED_PLURAL_HEADS.contains(leftLast);
    }
}
