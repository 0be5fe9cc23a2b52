package org.annocorpus.ner;


import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.text.DcorefLists;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * One name, one type per document, as news text uses names:
 * <ol>
 * <li>in a headline written in title case, where every word is capitalised and capitals say nothing, an
 * entity stands only where the lexicon or the rest of the document confirms its name, or it is a person
 * whose surname the text gives a person and whose other words are first names ("Omar Mateen" over "Omar
 * Mir Seddique Mateen"); a name dropped there gives no surname to rule 2;</li>
 * <li>the surname of a person named in full is a person wherever it stands alone ("Jane Roe ... Roe
 * said"), even where a model took it for a place, also written in capitals as a transcript's speaker
 * label ("ROE: ..."); a name of two or three name words that ends in that surname is a person too
 * ("Donald Trump ... Ivana Trump"), unless a word before the surname is listed, a title or a head noun
 * of organisation or place names;</li>
 * <li>a name tagged with different types takes the type most of its mentions have (only with
 * {@link #PARAM_MAJORITY_TYPE});</li>
 * <li>a name tagged somewhere is tagged wherever it occurs again untagged (as whole words, with the
 * same capitalisation), but only when its tagged mentions agree on one type (or it is the surname of a
 * person named in full): a type the document itself is unsure of is not spread.</li>
 * </ol>
 * Surnames that are also listed place or organisation names are left alone ("George Washington" does not
 * make every "Washington" a person).
 * <p>Lexicons ({@link #PARAM_LEXICON_LOCATIONS}): a surname listed there is not spread as a person's name.
 */
@ResourceMetaData(name = "Named-entity document consistency")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class NamedEntityDocumentConsistency extends LexiconAnnotatorBase {


    /** Tag untagged occurrences of names tagged elsewhere in the document (rule 4). */
    public static final String PARAM_PROPAGATE = "propagate";
    @ConfigurationParameter(name = PARAM_PROPAGATE, defaultValue = "true")
    private boolean propagate;

    /**
     * Give every mention of a name the type most of its mentions have (rule 3). Off by default: in
     * sports and market reports one name stands for a place and for a team or an index in the same text,
     * and on the CoNLL-2003 development set the rule costs more than it gains.
     */
    public static final String PARAM_MAJORITY_TYPE = "majorityType";
    @ConfigurationParameter(name = PARAM_MAJORITY_TYPE, defaultValue = "false")
    private boolean majorityType;

    /**
     * Also spread names whose mentions were tagged with different types, with the majority type (the
     * behaviour before this parameter). Off by default: a name the document tags two ways is one the
     * recognisers are unsure of, and spreading a wrong type multiplies the error.
     */
    public static final String PARAM_SPREAD_CONFLICTING = "spreadConflicting";
    @ConfigurationParameter(name = PARAM_SPREAD_CONFLICTING, defaultValue = "false")
    private boolean spreadConflicting;

    /**
     * A confidence gate on rule 4: a name is spread only when at least this many of its mentions were
     * tagged (surnames of persons named in full are always spread). 1 spreads a name tagged once.
     */
    public static final String PARAM_MIN_TAGGED_MENTIONS = "minTaggedMentions";
    @ConfigurationParameter(name = PARAM_MIN_TAGGED_MENTIONS, defaultValue = "1")
    private int minTaggedMentions;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        // a headline name dropped as unconfirmed gives no surname to spread
        Map<String, String> allSurnames = surnames(jcas);
        Map<String, String> surnames = dropUnconfirmedInHeadlines(jcas, allSurnames) ? surnames(jcas) : allSurnames;
        Map<String, String> types = majorityTypes(jcas, surnames, spreadConflicting);
        // "PENCE" and "Ivana Trump" are persons also where they are spread to untagged mentions
        types.replaceAll((text, type) -> java.util.Objects.requireNonNullElse(personBySurname(text, surnames), type));
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            String key = Lexicon.key(entity.getCoveredText());
            String type = majorityType || surnames.containsKey(key) ? types.get(key) : null;
            if (type == null) {
                type = personBySurname(key, surnames);
            }
            if (type != null && !type.equals(entity.getValue())) {
                entity.setValue(type);
            }
        }
        if (propagate) {
            Map<String, Integer> tagged = new HashMap<>();
            for (NamedEntity entity : select(jcas, NamedEntity.class)) {
                tagged.merge(Lexicon.key(entity.getCoveredText()), 1, Integer::sum);
            }
            Map<String, String> spreadable = new HashMap<>(types);
            spreadable.keySet().removeIf(text -> !surnames.containsKey(text)
                    && tagged.getOrDefault(text, 0) < minTaggedMentions);
            spread(jcas, spreadable);
        }
    }

    /** Removes entities of title-case sentences whose names neither the lexicon nor the other sentences confirm. */
    private boolean dropUnconfirmedInHeadlines(JCas jcas, Map<String, String> surnames) {
        String text = jcas.getDocumentText();
        java.util.Set<String> lowerCaseWords = Casing.lowerCaseWords(text);
        List<NamedEntity> inHeadlines = new ArrayList<>();
        java.util.Set<NamedEntity> seen = new java.util.HashSet<>();
        for (List<NerToken> tokens : NerTokenizer.sentences(jcas)) {
            if (Casing.isHeadline(tokens, lowerCaseWords)) {
                int begin = tokens.get(0).begin();
                int end = tokens.get(tokens.size() - 1).end();
                for (NamedEntity e : selectCovered(jcas, NamedEntity.class, begin, end)) {
                    if (seen.add(e)) {
                        inHeadlines.add(e);
                    }
                }
            }
        }
        if (inHeadlines.isEmpty()) {
            return false;
        }
        java.util.Set<String> confirmed = new java.util.HashSet<>(surnames.keySet());
        for (NamedEntity e : select(jcas, NamedEntity.class)) {
            if (!seen.contains(e)) {
                confirmed.add(Lexicon.key(e.getCoveredText()));
            }
        }
        boolean dropped = false;
        java.util.Set<String> bodySurnames = new java.util.HashSet<>();
        for (NamedEntity e : select(jcas, NamedEntity.class)) {
            if (!seen.contains(e) && "PER".equals(e.getValue())) {
                String[] words = Lexicon.key(e.getCoveredText()).split(" ");
                bodySurnames.add(words[words.length - 1]);
            }
        }
        for (NamedEntity e : inHeadlines) {
            String name = Lexicon.key(e.getCoveredText());
            if (!confirmed.contains(name) && lexicon.typeOf(name) == null && !fullNameOfBodyPerson(e, name, bodySurnames)) {
                e.removeFromIndexes();
                dropped = true;
            }
        }
        return dropped;
    }

    /**
     * "Omar Mateen" in a headline over "Omar Mir Seddique Mateen" in the text: a person of the headline is
     * confirmed when the text names a person with its surname and every word before the surname is a
     * first name (Stanford's list) or an initial; the headline keeps the name whole instead of the
     * surname alone that rule 4 would spread there.
     */
    private static boolean fullNameOfBodyPerson(NamedEntity e, String name, java.util.Set<String> bodySurnames) {
        String[] words = name.split(" ");
        if (!"PER".equals(e.getValue()) || words.length < 2 || !bodySurnames.contains(words[words.length - 1])) {
            return false;
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (!DcorefLists.isFirstName(words[k]) && !words[k].matches("\\p{Lu}\\.")) {
                return false;
            }
        }
        return true;
    }

    /** Surnames of persons named with at least two words, as name to "PER". */
    private Map<String, String> surnames(JCas jcas) {
        Map<String, String> surnames = new HashMap<>();
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            if (!"PER".equals(entity.getValue())) {
                continue;
            }
            String[] words = Lexicon.key(entity.getCoveredText()).split(" ");
            int last = words.length - 1;
            while (last > 0 && (NameWords.NAME_SUFFIXES.contains(words[last]) || words[last].matches("\\p{Lu}\\.?"))) {
                last--;
            }
            if (last < 1) {
                continue;
            }
            String surname = words[last];
            if (surname.length() > 1 && NameWords.looksLikeName(surname) && surname.chars().anyMatch(Character::isLowerCase)
                    && lexicon.typeOf(surname) == null && !NameWords.CALENDAR.contains(surname)) {
                surnames.put(surname, "PER");
            }
        }
        return surnames;
    }

    /** PER for a capitals-only surname or a short name ending in a surname of the document; else null. */
    private String personBySurname(String key, Map<String, String> surnames) {
        if (key.length() > 1 && key.chars().noneMatch(Character::isLowerCase)) {
            String titleCase = key.charAt(0) + key.substring(1).toLowerCase(java.util.Locale.ROOT);
            return surnames.containsKey(titleCase) ? "PER" : null;
        }
        String[] words = key.split(" ");
        if (words.length < 2 || words.length > 3 || !surnames.containsKey(words[words.length - 1])) {
            return null;
        }
        for (int k = 0; k < words.length - 1; k++) {
            String w = words[k];
            if (!NameWords.looksLikeName(w) || lexicon.typeOf(w) != null || NameWords.isTitle(w)
                    || NameWords.HONORIFICS.contains(w) || NameWords.ORGANISATION_HEADS.contains(w)
                    || NameWords.PLACE_HEADS.contains(w) || NameWords.TITLE_MODIFIERS.contains(w)) {
                return null;
            }
        }
        return "PER";
    }

    /** The type of each entity text: a surname's PER, else the type most mentions have (the first on a tie). */
    private Map<String, String> majorityTypes(JCas jcas, Map<String, String> surnames, boolean keepConflicting) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            counts.computeIfAbsent(Lexicon.key(entity.getCoveredText()), k -> new LinkedHashMap<>())
                    .merge(entity.getValue(), 1, Integer::sum);
        }
        Map<String, String> types = new HashMap<>();
        counts.forEach((text, byType) -> {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : byType.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            if (keepConflicting || byType.size() == 1 || majorityType) {
                types.put(text, best);
            }
        });
        types.putAll(surnames);
        return types;
    }

    /** Tags untagged whole-word occurrences of the known names. */
    private static void spread(JCas jcas, Map<String, String> types) {
        Map<String, String> names = new HashMap<>();
        types.forEach((text, type) -> {
            if (text.length() > 1 && text.chars().anyMatch(Character::isUpperCase)) {
                names.put(text, type);
            }
        });
        if (names.isEmpty()) {
            return;
        }
        Lexicon known = Lexicon.of(names);
        String text = jcas.getDocumentText();
        List<int[]> additions = new ArrayList<>();
        List<String> additionTypes = new ArrayList<>();
        for (List<NerToken> tokens : NerTokenizer.sentences(jcas)) {
            List<NerToken> pieces = WordPieces.of(tokens);
            for (Lexicon.Match match : known.match(pieces)) {
                int begin = pieces.get(match.first()).begin();
                int end = pieces.get(match.last()).end();
                if (!Entities.overlapsAny(jcas, begin, end)) {
                    additions.add(new int[] {begin, end});
                    additionTypes.add(match.type());
                }
            }
        }
        for (int i = 0; i < additions.size(); i++) {
            Entities.add(jcas, additions.get(i)[0], additions.get(i)[1], additionTypes.get(i));
        }
    }
}
