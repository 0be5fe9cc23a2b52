package org.annocorpus.ner;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.annocorpus.scheme.SpeakerNames;
import org.annocorpus.text.DcorefLists;
import org.annocorpus.text.TokenView;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Named entities from the shape of English names in running text:
 * <ul>
 * <li>PER: capitalised words after a title or honorific ("Prime Minister Jane Doe", "Secretary of State
 * John Roe", "Mr. Roe", "spokesman Li Wei"), and ORG for a legislative chamber before the title ("House Speaker
 * Jane Roe");</li>
 * <li>PER: a first name that opens a sentence joins the person a model found right after it ("[Florent]
 * Groberg is ...");</li>
 * <li>ORG: a run of capitalised words with an organisation head noun ("Ministry of Health", "Northern
 * Fleet Command", "US Forces Korea": the head may be followed by "of ..." or by place names);</li>
 * <li>LOC: a run of capitalised words ending in a place head noun ("Nagano Prefecture", "Coral Islands");</li>
 * <li>MISC: a run of capitalised words ending in the head noun of a law, treaty, event or prize ("Kyoto
 * Protocol", "World War II");</li>
 * <li>MISC: a capitalised name right before a weapon noun ("Trident ballistic missiles");</li>
 * <li>ORG: a capitalised web domain used as a name ("Example.com"): the outlet or company that owns it;</li>
 * <li>MISC: an entity found earlier whose last word is the head of a law, treaty or show
 * ({@link NameWords#RETYPING_MISC_HEADS}: "Freedom of Information Act", "Steve Harvey Morning Show").</li>
 * </ul>
 * A pattern covers a region (for a person: title and name); named entities found earlier inside that
 * region are replaced (where one has exactly the pattern's span, the pattern's type wins only for the
 * unambiguous patterns: a name after a title, a weapon, a law or treaty, an organisation with a head such
 * as "Ministry" or "Forces"), and ones that cross its border are cut back to the part outside it: the title of
 * a person is no part of an entity, and the longest name wins. Headlines (title case or capitals) are
 * skipped, because there every word is capitalised.
 * <p>Lexicons ({@link #PARAM_LEXICON_LOCATIONS}): listed names are never taken for a person's or a
 * weapon's name.
 */
@ResourceMetaData(name = "Name pattern recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class NamePatternRecognizer extends LexiconAnnotatorBase {


    private static final int MAX_NAME_TOKENS = 4;

    /** A pattern's result: the entity {@code begin..end} and the region it claims. */
    record Found(int regionBegin, int regionEnd, int begin, int end, String type, boolean strong) {

        Found(int regionBegin, int regionEnd, int begin, int end, String type) {
            this(regionBegin, regionEnd, begin, end, type, false);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        java.util.Set<String> lowerCaseWords = Casing.lowerCaseWords(text);
        for (List<NerToken> tokens : NerTokenizer.sentences(jcas)) {
            if (tokens.isEmpty() || Casing.isAllCaps(tokens) || Casing.isHeadline(tokens, lowerCaseWords)) {
                continue;
            }
            for (Found found : find(tokens)) {
                claim(jcas, found);
            }
            retypeByHead(jcas, tokens);
            firstNameAtSentenceStart(jcas, tokens, lowerCaseWords);
        }
    }

    /**
     * "[Florent] Groberg is a former Army captain": at the start of a sentence a capital says nothing, and
     * a model often leaves a first name there out of the person it finds right after it. The word joins the
     * person when the part-of-speech tagger calls it a proper noun, it is a first name on Stanford's list or
     * a word its animacy lists do not know as a common noun ("Billionaire", "Activist" and "Absent" stay
     * out), and it is no word the document writes in lower case, no listed name, title, honorific, rank or
     * day.
     */
    private void firstNameAtSentenceStart(JCas jcas, List<NerToken> tokens, java.util.Set<String> lowerCaseWords) {
        if (tokens.size() < 3) {
            return;
        }
        NerToken first = tokens.get(0);
        NerToken next = tokens.get(1);
        String word = first.text();
        if (next.begin() != first.end() + 1 || !word.matches("\\p{Lu}\\p{Ll}+") || !isPersonNameToken(tokens, 0, true)
                || NameWords.TITLE_MODIFIERS.contains(word) || NameWords.RANKS.contains(word)
                || NameWords.DETERMINERS.contains(word) || lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT))
                || !firstNameOrNoCommonNoun(word) || !Entities.overlapping(jcas, first.begin(), first.end()).isEmpty()
                || !properNoun(jcas, first)) {
            return;
        }
        for (NamedEntity e : Entities.overlapping(jcas, next.begin(), next.end())) {
            if (e.getBegin() == next.begin() && "PER".equals(e.getValue())) {
                e.removeFromIndexes();
                e.setBegin(first.begin());
                e.addToIndexes();
            }
        }
    }

    /** A first name on Stanford's list, or a word its animacy lists do not know as a common noun ("Activist"). */
    private static boolean firstNameOrNoCommonNoun(String word) {
        return DcorefLists.isFirstName(word) || !(DcorefLists.animate(word) || DcorefLists.inanimate(word));
    }

    /** Whether the part-of-speech tagger took the token for a proper noun (false where there are no tags). */
    private static boolean properNoun(JCas jcas, NerToken token) {
        for (Token t : org.apache.uima.fit.util.JCasUtil.selectCovered(jcas, Token.class, token.begin(), token.end())) {
            return "PROPN".equals(TokenView.universal(t.getPos()));
        }
        return false;
    }

    /** Entities of two or more words ending in a law, treaty or show head are MISC. */
    private static void retypeByHead(JCas jcas, List<NerToken> tokens) {
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        for (NamedEntity e : org.apache.uima.fit.util.JCasUtil.selectCovered(jcas, NamedEntity.class, begin, end)) {
            String[] words = e.getCoveredText().trim().split("\\s+");
            if (words.length >= 2 && !"MISC".equals(e.getValue())
                    && NameWords.RETYPING_MISC_HEADS.contains(words[words.length - 1])) {
                e.setValue("MISC");
            }
        }
    }

    /** All pattern matches of a sentence, not overlapping (persons first, then organisations and places, then weapons). */
    List<Found> find(List<NerToken> tokens) {
        List<Found> result = new ArrayList<>();
        List<Found> candidates = new ArrayList<>(persons(tokens));
        candidates.addAll(domains(tokens));
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

    /**
     * Puts a pattern's entity into the CAS. An entity found earlier that holds the whole region (and
     * more), or that has exactly the pattern's span, stays: the longest name wins, and where both agree
     * on the span the earlier recognizer's type is kept, except for the unambiguous heads of laws and
     * treaties. Entities inside the region are replaced. An entity that crosses the region's border is
     * cut back to the part outside it when the region is a title and name (a title is no part of an
     * entity); otherwise the pattern gives way. A region holding a person is never an organisation,
     * place or weapon.
     */
    private void claim(JCas jcas, Found found) {
        List<NamedEntity> overlapping = Entities.overlapping(jcas, found.regionBegin(), found.regionEnd());
        boolean person = "PER".equals(found.type()) && found.regionBegin() < found.begin();
        for (NamedEntity e : overlapping) {
            boolean holdsRegion = e.getBegin() <= found.regionBegin() && e.getEnd() >= found.regionEnd();
            boolean sameSpan = e.getBegin() == found.begin() && e.getEnd() == found.end();
            boolean inside = e.getBegin() >= found.regionBegin() && e.getEnd() <= found.regionEnd();
            if (sameSpan && !found.strong() || holdsRegion && !sameSpan) {
                return;
            }
            if (person && longerPerson(jcas.getDocumentText(), e, found)) {
                return;
            }
            if (!inside && !person) {
                return;
            }
            if (!person && !"PER".equals(found.type()) && "PER".equals(e.getValue()) && !sameSpan) {
                return;
            }
            if (!person && found.type().equals(e.getValue()) && e.getEnd() == found.end() && e.getBegin() > found.begin()
                    && !allListed(jcas.getDocumentText(), found.begin(), e.getBegin())) {
                // a model found this name with fewer words on the left: widen it only over listed names
                // ("[Japan-U.S.] Security Council"), not over other capitalised words ("Company Name")
                return;
            }
        }
        String text = jcas.getDocumentText();
        for (NamedEntity e : overlapping) {
            if (person && e.getBegin() < found.regionBegin() && !"PER".equals(e.getValue())
                    && noTitleWord(text, found.regionBegin(), e.getEnd())) {
                continue; // "[U.S. Air Force] Gen. Jerry Boykin": the organisation whose title it is stays whole
            }
            String type = e.getValue();
            int begin = e.getBegin();
            int end = e.getEnd();
            e.removeFromIndexes();
            if (begin < found.regionBegin()) {
                addCut(jcas, text, begin, found.regionBegin(), type);
            }
            if (end > found.regionEnd()) {
                addCut(jcas, text, found.regionEnd(), end, type);
            }
        }
        Entities.add(jcas, found.begin(), found.end(), found.type());
    }

    /**
     * A model's person that starts with the pattern's name and goes on over more name-like words ("Rep. [Jim
     * Jordan]", "Lt. Gov. [Patty Judge]", "Gen. [George Washington]", where the pattern stops at a listed place
     * or a title word): the longer name wins.
     */
    private static boolean longerPerson(String text, NamedEntity e, Found found) {
        if (!"PER".equals(e.getValue()) || e.getBegin() != found.begin() || e.getEnd() <= found.end()) {
            return false;
        }
        for (String word : text.substring(found.end(), e.getEnd()).trim().split("\\s+")) {
            if (!NameWords.looksLikeName(word) || NameWords.CALENDAR.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when no word of {@code begin..end} is a title ("Air Force" before "Gen.", not "Secretary of Defense"). */
    private static boolean noTitleWord(String text, int begin, int end) {
        if (end <= begin) {
            return false;
        }
        for (String word : text.substring(begin, end).trim().split("\\s+")) {
            if (NameWords.isTitle(word) || NameWords.HONORIFICS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when every word in {@code begin..end} is a listed name (pieces of hyphenated words count). */
    private boolean allListed(String text, int begin, int end) {
        List<NerToken> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(begin, end));
        while (m.find()) {
            words.add(new NerToken(begin + m.start(), begin + m.end(), NerTokenizer.normalise(m.group())));
        }
        for (NerToken piece : WordPieces.of(words)) {
            if (!piece.text().equals("-") && lexicon.typeOf(piece.text()) == null) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\s\\u00A0]+");

    /** Keeps the part of a cut entity when it still looks like a name. */
    private static void addCut(JCas jcas, String text, int begin, int end, String type) {
        int[] span = Spans.trim(text, begin, end);
        if (span == null) {
            return;
        }
        String part = text.substring(span[0], span[1]);
        String first = part.split("\\s+")[0];
        if (NameWords.looksLikeName(first) && !NameWords.CALENDAR.contains(first) && !NameWords.DETERMINERS.contains(first)) {
            Entities.add(jcas, span[0], span[1], type);
        }
    }

    // ---------------------------------------------------------------- persons after titles

    private List<Found> persons(List<NerToken> t) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String word = t.get(i).text();
            boolean honorific = NameWords.HONORIFICS.contains(word);
            if (!honorific && !NameWords.isTitle(word)) {
                continue;
            }
            int j = i + 1;
            if (!honorific && j < t.size() && (t.get(j).text().equals("of") || t.get(j).text().equals("for"))) {
                int k = j + 1;
                boolean portfolio = false;
                while (k < t.size() && NameWords.PORTFOLIO_WORDS.contains(t.get(k).text())) {
                    portfolio |= NameWords.looksLikeName(t.get(k).text());
                    k++;
                }
                if (!portfolio) {
                    continue;
                }
                j = k;
            }
            int end = j;
            while (end < t.size() && end - j < MAX_NAME_TOKENS && isPersonNameToken(t, end, end == j)) {
                end++;
            }
            // a particle goes with the name only when a capitalised part follows ("Lex van Drooge")
            while (end > j && SpeakerNames.NAME_PARTICLES.contains(stem(t.get(end - 1).text()))) {
                end--;
            }
            if (end == j || !hasLowerCase(t.get(j).text())) {
                continue;
            }
            int regionStart = i;
            NerToken chamber = null;
            while (regionStart > 0 && NameWords.TITLE_MODIFIERS.contains(t.get(regionStart - 1).text())) {
                if (NameWords.CHAMBERS.contains(t.get(regionStart - 1).text())) {
                    chamber = t.get(regionStart - 1); // "House Speaker Jane Roe": the chamber is an organisation
                    break;
                }
                regionStart--;
            }
            // a name right after a title is a person, whatever a model said about the same words
            found.add(new Found(t.get(regionStart).begin(), t.get(end - 1).end(), t.get(j).begin(), t.get(end - 1).end(),
                    "PER", true));
            if (chamber != null) {
                // after the person, whose claim leaves the chamber's word as the part of a longer name outside it
                found.add(new Found(chamber.begin(), chamber.end(), chamber.begin(), chamber.end(), "ORG", true));
            }
            i = end - 1;
        }
        return found;
    }

    /** A particle written joined to the next part ("al-Abidine") counts as the particle. */
    private static String stem(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 ? word.substring(0, hyphen) : word;
    }

    private boolean isPersonNameToken(List<NerToken> t, int index, boolean first) {
        String word = t.get(index).text();
        if (!first && (NameWords.NAME_SUFFIXES.contains(word) || SpeakerNames.NAME_PARTICLES.contains(stem(word)))) {
            return true;
        }
        if (!NameWords.looksLikeName(word) || NameWords.CALENDAR.contains(word) || NameWords.isTitle(word)
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
                } else if (NameWords.NAME_CONNECTORS.contains(w) && NameWords.OF_HEADS.contains(t.get(end - 1).text())
                        && end + 1 < t.size()
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
                boolean strong = "MISC".equals(type) && NameWords.LEGAL_HEADS.contains(t.get(end - 1).text())
                        || "ORG".equals(type) && hasStrongHead(t, i, end);
                found.add(new Found(first.begin(), last.end(), first.begin(), last.end(), type, strong));
            }
            i = end;
        }
        return found;
    }

    private static boolean startsRun(String word) {
        return continuesRun(word) && !NameWords.DETERMINERS.contains(word) && !NameWords.HONORIFICS.contains(word)
                && !NameWords.isTitle(word);
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
            if (NameWords.ORGANISATION_HEADS.contains(t.get(h).text()) && !endsListedName(t, from, h)
                    && tailAllowed(t, h + 1, to)) {
                return "ORG";
            }
        }
        String last = t.get(to - 1).text();
        if (NameWords.PLACE_HEADS.contains(last)) {
            return "LOC";
        }
        // "Kyoto Protocol", "World War II", "Asian Cup 2024"
        boolean numbered = last.matches("[IVX]+");
        String head = numbered ? t.get(to - 2).text() : last;
        if (NameWords.MISC_HEADS.contains(head) && (!numbered || to - from >= 3)) {
            return "MISC";
        }
        return null;
    }

    private static boolean hasStrongHead(List<NerToken> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NameWords.STRONG_ORGANISATION_HEADS.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** True when the words up to the head {@code h} end in a listed name ("West Bank"): then it is no head. */
    private boolean endsListedName(List<NerToken> t, int from, int h) {
        for (int k = from; k < h; k++) {
            if (lexicon.typeOf(join(t, k, h + 1)) != null) {
                return true;
            }
        }
        return false;
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

    // ---------------------------------------------------------------- outlets named by their web domain

    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}-]*\\.(?:com|org|net|info|news|io|co|us|uk|tv|fm)");

    /** A capitalised web domain used as a name is the outlet or company that owns it ("Example.com"). */
    private static List<Found> domains(List<NerToken> t) {
        List<Found> found = new ArrayList<>();
        for (NerToken token : t) {
            if (DOMAIN.matcher(token.text()).matches()) {
                found.add(new Found(token.begin(), token.end(), token.begin(), token.end(), "ORG", true));
            }
        }
        return found;
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
                    t.get(nameEnd - 1).end(), "MISC", true);
            if (found.isEmpty() || !found.get(found.size() - 1).equals(f)) {
                found.add(f);
            }
        }
        return found;
    }

    private boolean isWeaponNameToken(String word) {
        return NameWords.looksLikeName(word) && !NameWords.CALENDAR.contains(word) && !NameWords.DETERMINERS.contains(word)
                && !word.matches(".*-\\p{Ll}.*") && lexicon.typeOf(word) == null
                && !NameWords.ORGANISATION_HEADS.contains(word) && !NameWords.isTitle(word);
    }
}
