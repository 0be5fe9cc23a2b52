package org.annocorpus.ner;


import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.corenlp.CoreNlpResources;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Named entities from Stanford CoreNLP's CRF sequence models, run directly on the pipeline's sentences
 * and tokens (re-cut CoNLL-style by {@link NerTokenizer}). Consecutive tokens with the same label become
 * one {@code NamedEntity} over the whole multi-token span. CoreNLP labels are mapped to the scheme's
 * types; labels without a mapping (DATE, MONEY, PERCENT, TIME, ...) are left to other layers.
 * <p>
 * Several models are combined as CoreNLP's {@code ClassifierCombiner} does: each model in turn adds its
 * mentions where no earlier model has one; in {@code NORMAL} mode only with labels that no earlier model
 * can produce, in {@code HIGH_RECALL} mode with any label. The combination is done here on the mentions,
 * because each model must see the sentence through its own preprocessing
 * ({@code classifySentence}).
 */
@ResourceMetaData(name = "CoreNLP named-entity recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class CoreNlpNamedEntityRecognizer extends JCasAnnotator_ImplBase {

    /** How the mentions of several models are combined. */
    public enum CombinationMode {
        /** A later model adds only labels no earlier model produces, on tokens still free (CoreNLP's default). */
        NORMAL,
        /** A later model adds any label on tokens still free. */
        HIGH_RECALL,
        /**
         * The first model leads and the others vote: a mention of the first model takes the type that a
         * majority of all models give the same span; where the first model has nothing, a mention that a
         * majority of the models agree on (same span, same type) is added.
         */
        VOTE
    }

    /**
     * CRF models, as class-path resource paths or file paths, in order of precedence. The default is
     * CoreNLP's CoNLL-2003 4-class model.
     */
    public static final String PARAM_MODEL_LOCATIONS = "modelLocations";
    @ConfigurationParameter(name = PARAM_MODEL_LOCATIONS, defaultValue = CoreNlpResources.CONLL_4CLASS)
    private String[] modelLocations;

    /** How several models are combined: NORMAL, HIGH_RECALL or VOTE. */
    public static final String PARAM_COMBINATION_MODE = "combinationMode";
    @ConfigurationParameter(name = PARAM_COMBINATION_MODE, defaultValue = "NORMAL")
    private CombinationMode combinationMode;

    /** CoreNLP label to entity type, as {@code LABEL=TYPE}; a label not listed is dropped. */
    public static final String PARAM_LABEL_MAPPING = "labelMapping";
    @ConfigurationParameter(name = PARAM_LABEL_MAPPING, defaultValue = {"PERSON=PER", "ORGANIZATION=ORG",
            "LOCATION=LOC", "MISC=MISC", "PER=PER", "ORG=ORG", "LOC=LOC"})
    private String[] labelMapping;

    private final List<AbstractSequenceClassifier<CoreLabel>> models = new ArrayList<>();
    private Map<String, String> mapping;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        mapping = parseMapping(labelMapping);
        models.clear();
        for (String location : modelLocations) {
            try {
                models.add(CoreNlpResources.model(location));
            } catch (IOException e) {
                throw new ResourceInitializationException(e);
            }
        }
    }

    /** Parses {@code LABEL=TYPE} pairs. */
    static Map<String, String> parseMapping(String[] pairs) throws ResourceInitializationException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new ResourceInitializationException(new IllegalArgumentException(
                        "label mapping '" + pair + "' is not of the form LABEL=TYPE"));
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        for (List<NerToken> tokens : NerTokenizer.sentences(jcas)) {
            for (Mention mention : recognise(tokens)) {
                String type = combinationMode == CombinationMode.VOTE ? mention.label() : mapping.get(mention.label());
                if (type == null) {
                    continue;
                }
                NamedEntity entity = new NamedEntity(jcas, tokens.get(mention.first()).begin(),
                        tokens.get(mention.last()).end());
                entity.setValue(type);
                entity.addToIndexes();
            }
        }
    }

    /** A run of tokens {@code first..last} (inclusive) with one CoreNLP label. */
    record Mention(int first, int last, String label) {
    }

    /** The combined mentions of all models over one sentence, in token order. */
    List<Mention> recognise(List<NerToken> tokens) {
        List<List<Mention>> perModel = new ArrayList<>();
        List<Set<String>> labelSets = new ArrayList<>();
        for (AbstractSequenceClassifier<CoreLabel> model : models) {
            perModel.add(mentions(classify(model, tokens), model.backgroundSymbol()));
            labelSets.add(model.labels());
        }
        return combine(combinationMode, mapping, perModel, labelSets, tokens.size());
    }

    /**
     * Combines the mentions of several models (given in precedence order) as the combination mode says.
     * In VOTE mode the mentions returned carry the mapped entity types, otherwise the models' labels.
     */
    static List<Mention> combine(CombinationMode combinationMode, Map<String, String> mapping,
            List<List<Mention>> perModel, List<Set<String>> labelSets, int size) {
        if (combinationMode == CombinationMode.VOTE) {
            return vote(mapping, perModel, size);
        }
        boolean[] taken = new boolean[size];
        Set<String> earlierLabels = new HashSet<>();
        List<Mention> result = new ArrayList<>();
        for (int k = 0; k < perModel.size(); k++) {
            for (Mention m : perModel.get(k)) {
                if (combinationMode == CombinationMode.NORMAL && earlierLabels.contains(m.label())) {
                    continue;
                }
                if (free(taken, m)) {
                    result.add(m);
                }
            }
            for (Mention m : result) {
                for (int i = m.first(); i <= m.last(); i++) {
                    taken[i] = true;
                }
            }
            earlierLabels.addAll(labelSets.get(k));
        }
        result.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return result;
    }

    /** Majority vote on mapped types, led by the first model (see {@link CombinationMode#VOTE}). */
    private static List<Mention> vote(Map<String, String> mapping, List<List<Mention>> perModel, int size) {
        int models = perModel.size();
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (List<Mention> mentions : perModel) {
            for (Mention m : mentions) {
                String type = mapping.get(m.label());
                if (type != null) {
                    votes.computeIfAbsent(m.first() + ":" + m.last(), k -> new LinkedHashMap<>()).merge(type, 1, Integer::sum);
                }
            }
        }
        boolean[] taken = new boolean[size];
        List<Mention> result = new ArrayList<>();
        for (Mention m : perModel.get(0)) {
            String type = mapping.get(m.label());
            if (type == null) {
                continue;
            }
            for (Map.Entry<String, Integer> v : votes.get(m.first() + ":" + m.last()).entrySet()) {
                if (v.getValue() * 2 > models) {
                    type = v.getKey();
                }
            }
            result.add(new Mention(m.first(), m.last(), type));
            for (int i = m.first(); i <= m.last(); i++) {
                taken[i] = true;
            }
        }
        for (Map.Entry<String, Map<String, Integer>> span : votes.entrySet()) {
            String[] bounds = span.getKey().split(":");
            Mention candidate = new Mention(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]), null);
            for (Map.Entry<String, Integer> v : span.getValue().entrySet()) {
                if (v.getValue() * 2 > models && free(taken, candidate)) {
                    result.add(new Mention(candidate.first(), candidate.last(), v.getKey()));
                    for (int i = candidate.first(); i <= candidate.last(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        result.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return result;
    }

    private static boolean free(boolean[] taken, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> classify(AbstractSequenceClassifier<CoreLabel> model, List<NerToken> tokens) {
        List<CoreLabel> words = new ArrayList<>(tokens.size());
        for (NerToken token : tokens) {
            CoreLabel word = new CoreLabel();
            word.setWord(token.text());
            word.setValue(token.text());
            word.setOriginalText(token.text());
            word.setBeginPosition(token.begin());
            word.setEndPosition(token.end());
            words.add(word);
        }
        List<CoreLabel> labelled = model.classifySentence(words);
        List<String> labels = new ArrayList<>(labelled.size());
        for (CoreLabel word : labelled) {
            labels.add(word.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return labels;
    }

    /** Runs of equal non-background labels. */
    static List<Mention> mentions(List<String> labels, String background) {
        List<Mention> mentions = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : null;
            String current = start >= 0 ? labels.get(start) : null;
            if (current != null && !current.equals(label)) {
                mentions.add(new Mention(start, i - 1, current));
                start = -1;
            }
            if (start < 0 && label != null && !label.equals(background)) {
                start = i;
            }
        }
        return mentions;
    }
}
