package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Named entities from the shape of English names in running text:
 * <ul>
 * <li>PER: capitalised words after a title or honorific ("Prime Minister Jane Doe", "Secretary of State
 * John Roe", "Mr. Roe", "spokesman Li Wei");</li>
 * <li>ORG: a run of capitalised words with an organisation head noun ("Ministry of Health", "Northern
 * Fleet Command", "US Forces Korea": the head may be followed by "of ..." or by place names);</li>
 * <li>LOC: a run of capitalised words ending in a place head noun ("Nagano Prefecture", "Coral Islands");</li>
 * <li>MISC: a capitalised name right before a weapon noun ("Trident ballistic missiles").</li>
 * </ul>
 * A pattern covers a region (for a person: title and name); named entities found earlier inside that
 * region are replaced, and ones that cross its border are cut back to the part outside it: the title of
 * a person is no part of an entity, and the longest name wins. Headlines (title case or capitals) are
 * skipped, because there every word is capitalised.
 */
@ResourceMetaData(name = "Name pattern recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class NamePatternRecognizer extends JCasAnnotator_ImplBase {

    /** Lexicon files: listed names are never taken for a person's name or a weapon's name. */
    public static final String PARAM_LEXICON_LOCATIONS = "lexiconLocations";
    @ConfigurationParameter(name = PARAM_LEXICON_LOCATIONS, defaultValue = {
            "classpath:/org/annocorpus/ner/lexicon/countries.tsv",
            "classpath:/org/annocorpus/ner/lexicon/places.tsv",
            "classpath:/org/annocorpus/ner/lexicon/cities.tsv",
            "classpath:/org/annocorpus/ner/lexicon/demonyms.tsv",
            "classpath:/org/annocorpus/ner/lexicon/organisations.tsv"})
    private String[] lexiconLocations;

    private static final int MAX_NAME_TOKENS = 4;

    private Lexicon lexicon;

    /** A pattern's result: the entity {@code begin..end} and the region it claims. */
    record Found(int regionBegin, int regionEnd, int begin, int end, String type) {
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
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<NerToken> tokens = NerTokenizer.tokenize(text, selectCovered(Token.class, sentence));
            for (Found found : find(tokens)) {
                claim(jcas, found);
            }
        }
    }

    /** All pattern matches of a sentence, not overlapping (persons first, then organisations and places, then weapons). */
    List<Found> find(List<NerToken> tokens) {
        List<Found> result = new ArrayList<>();
        if (tokens.isEmpty() || Casing.isAllCaps(tokens) || Casing.isTitleCase(tokens)) {
            return result;
        }
        List<Found> candidates = new ArrayList<>(persons(tokens));
        candidates.addAll(organisationsAndPlaces(tokens));
        candidates.addAll(weapons(tokens));
        for (Found c : candidates) {
            boolean clash = result.stream().anyMatch(r -> r.regionBegin() < c.regionEnd() && c.regionBegin() < r.regionEnd());
            if (!clash) {
                result.add(c);
            }
        }
        return result;
    }

    /** Replaces the entities inside the region and cuts back those crossing its border. */
    private static void claim(JCas jcas, Found found) {
        for (NamedEntity e : Entities.overlapping(jcas, found.regionBegin(), found.regionEnd())) {
            String type = e.getValue();
            int begin = e.getBegin();
            int end = e.getEnd();
            e.removeFromIndexes();
            if (begin < found.regionBegin()) {
                Entities.addTrimmed(jcas, begin, found.regionBegin(), type);
            }
            if (end > found.regionEnd()) {
                Entities.addTrimmed(jcas, found.regionEnd(), end, type);
            }
        }
        Entities.add(jcas, found.begin(), found.end(), found.type());
    }

    // ---------------------------------------------------------------- persons after titles

    private List<Found> persons(List<NerToken> t) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i).text();
            boolean honorific = NameWords.HONORIFICS.contains(word);
            if (!honorific && !NameWords.TITLES.contains(word)) {
                continue;
            }
            int j = i + 1;
            if (!honorific && j < t.size() && (t.get(j).text().equals("of") || t.get(j).text().equals("for"))) {
                int k = j + 1;
                while (k < t.size() && NameWords.PORTFOLIO_WORDS.contains(t.get(k).text())) {
                    k++;
                }
                if (k == j + 1) {
                    continue;
                }
                j = k;
            }
            int end = j;
            while (end < t.size() && end - j < MAX_NAME_TOKENS && isPersonNameToken(t, end, end == j)) {
                end++;
            }
            if (end == j || !hasLowerCase(t.get(j).text())) {
                continue;
            }
            int regionStart = i;
            while (regionStart > 0 && NameWords.TITLE_MODIFIERS.contains(t.get(regionStart - 1).text())) {
                regionStart--;
            }
            found.add(new Found(t.get(regionStart).begin(), t.get(end - 1).end(), t.get(j).begin(), t.get(end - 1).end(), "PER"));
            i = end - 1;
        }
        return found;
    }

    private boolean isPersonNameToken(List<NerToken> t, int index, boolean first) {
        String word = t.get(index).text();
        if (!first && NameWords.NAME_SUFFIXES.contains(word)) {
            return true;
        }
        if (!NameWords.looksLikeName(word) || NameWords.CALENDAR.contains(word) || NameWords.TITLES.contains(word)
                || NameWords.HONORIFICS.contains(word) || NameWords.ORGANISATION_HEADS.contains(word)
                || NameWords.PLACE_HEADS.contains(word)) {
            return false;
        }
        return lexicon.typeOf(word) == null;
    }

    private static boolean hasLowerCase(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    // ---------------------------------------------------------------- organisations and places by head noun

    private List<Found> organisationsAndPlaces(List<NerToken> t) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!startsRun(t.get(i).text())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.size()) {
                String w = t.get(end).text();
                if (continuesRun(w)) {
                    end++;
                } else if (NameWords.NAME_CONNECTORS.contains(w) && end + 1 < t.size()
                        && (continuesRun(t.get(end + 1).text()) || t.get(end + 1).text().equals("the")
                                && end + 2 < t.size() && continuesRun(t.get(end + 2).text()))) {
                    end += t.get(end + 1).text().equals("the") ? 2 : 1;
                } else {
                    break;
                }
            }
            String type = runType(t, i, end);
            if (type != null) {
                NerToken first = t.get(i);
                NerToken last = t.get(end - 1);
                found.add(new Found(first.begin(), last.end(), first.begin(), last.end(), type));
            }
            i = end;
        }
        return found;
    }

    private static boolean startsRun(String word) {
        return continuesRun(word) && !NameWords.DETERMINERS.contains(word) && !NameWords.HONORIFICS.contains(word)
                && !NameWords.TITLES.contains(word);
    }

    private static boolean continuesRun(String word) {
        return NameWords.looksLikeName(word) && !NameWords.CALENDAR.contains(word) && !NameWords.DETERMINERS.contains(word);
    }

    /** ORG or LOC for a run of name words {@code from..to-1}, or null. */
    private String runType(List<NerToken> t, int from, int to) {
        if (to - from < 2) {
            return null;
        }
        if (lexicon.typeOf(join(t, from, to)) != null) {
            return null;
        }
        for (int h = to - 1; h >= from; h--) {
            if (NameWords.ORGANISATION_HEADS.contains(t.get(h).text()) && h > from && tailAllowed(t, h + 1, to)) {
                return "ORG";
            }
        }
        if (NameWords.PLACE_HEADS.contains(t.get(to - 1).text())) {
            return "LOC";
        }
        return null;
    }

    /** After an organisation head: nothing, an "of ..." phrase, or place names ("US Forces Korea"). */
    private boolean tailAllowed(List<NerToken> t, int from, int to) {
        if (from == to || NameWords.NAME_CONNECTORS.contains(t.get(from).text())) {
            return true;
        }
        List<NerToken> tail = WordPieces.of(t.subList(from, to));
        List<Lexicon.Match> matches = lexicon.match(tail);
        int covered = 0;
        for (Lexicon.Match m : matches) {
            if (!"LOC".equals(m.type())) {
                return false;
            }
            covered += m.last() - m.first() + 1;
        }
        return covered == tail.size();
    }

    private static String join(List<NerToken> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(t.get(k - 1).end() == t.get(k).begin() ? "" : " ");
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- weapons

    private List<Found> weapons(List<NerToken> t) {
        List<Found> found = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            if (!NameWords.WEAPON_NOUNS.contains(t.get(i).text())) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && i - k <= 3 && NameWords.WEAPON_MODIFIERS.contains(t.get(k).text())) {
                k--;
            }
            int nameEnd = k + 1;
            int nameStart = nameEnd;
            while (nameStart - 1 >= 1 && nameEnd - nameStart < 2 && isWeaponNameToken(t.get(nameStart - 1).text())) {
                nameStart--;
            }
            if (nameStart == nameEnd) {
                continue;
            }
            Found f = new Found(t.get(nameStart).begin(), t.get(nameEnd - 1).end(), t.get(nameStart).begin(),
                    t.get(nameEnd - 1).end(), "MISC");
            if (found.isEmpty() || !found.get(found.size() - 1).equals(f)) {
                found.add(f);
            }
        }
        return found;
    }

    private boolean isWeaponNameToken(String word) {
        return NameWords.looksLikeName(word) && !NameWords.CALENDAR.contains(word) && !NameWords.DETERMINERS.contains(word)
                && !word.matches(".*-\\p{Ll}.*") && lexicon.typeOf(word) == null
                && !NameWords.ORGANISATION_HEADS.contains(word) && !NameWords.TITLES.contains(word);
    }
}
