package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.preprocess.internal.OpenNlpModels;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP statistical lemmatizer (the same model and features as DKPro's {@code OpenNlpLemmatizer}),
 * decoded greedily: each token takes its most probable lemma class, found in one pass over the scores,
 * where the beam search sorts the thousands of classes of the model for every token and beam entry.
 * The decision for a token depends only on its context features, so decisions are cached by those
 * features: a frequent word with the same tag after the same previous decision is decided once. The
 * cache is exact, so the output does not depend on what was cached before.
 */
@ResourceMetaData(name = "Greedy OpenNLP lemmatizer")
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma")
public class GreedyLemmatizer extends JCasAnnotator_ImplBase {

    /** The OpenNLP lemmatizer model: {@code classpath:/path} or a file path. */
    public static final String PARAM_MODEL_LOCATION = "modelLocation";
    @ConfigurationParameter(name = PARAM_MODEL_LOCATION)
    private String modelLocation;

    /** Decisions kept in the cache; when it is full it starts again empty. */
    public static final String PARAM_CACHE_SIZE = "cacheSize";
    @ConfigurationParameter(name = PARAM_CACHE_SIZE, defaultValue = "200000")
    private int cacheSize;

    private MaxentModel model;
    private LemmatizerContextGenerator contexts;
    private SequenceValidator<String> validator;
    private final Map<String, String> decisions = new HashMap<>();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            LemmatizerModel loaded = OpenNlpModels.lemmatizer(modelLocation);
            model = loaded.getArtifact("lemmatizer.model");
            if (model == null) {
                throw new ResourceInitializationException(new IOException(modelLocation
                        + " holds no maxent lemmatizer model (a sequence-trained model needs OpenNlpLemmatizer)"));
            }
            contexts = loaded.getFactory().getContextGenerator();
            validator = loaded.getFactory().getSequenceValidator();
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) {
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> tokens = selectCovered(Token.class, sentence);
            String[] words = new String[tokens.size()];
            String[] tags = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).getText();
                tags[i] = tokens.get(i).getPosValue();
            }
            String[] classes = decide(words, tags);
            String[] lemmas = LemmatizerME.decodeLemmas(words, classes);
            for (int i = 0; i < lemmas.length; i++) {
                Token token = tokens.get(i);
                Lemma lemma = new Lemma(jcas, token.getBegin(), token.getEnd());
                lemma.setValue(lemmas[i]);
                lemma.addToIndexes();
                token.setLemma(lemma);
            }
        }
    }

    /** The lemma class of every token, left to right, each the best given the decisions before it. */
    String[] decide(String[] words, String[] tags) {
        String[] classes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] features = contexts.getContext(i, words, tags, classes);
            String key = String.join("\u0000", features);
            String decided = decisions.get(key);
            if (decided == null) {
                decided = best(i, words, classes, model.eval(features));
                if (decisions.size() >= cacheSize) {
                    decisions.clear();
                }
                decisions.put(key, decided);
            }
            classes[i] = decided;
        }
        return classes;
    }

    private String best(int i, String[] words, String[] classes, double[] scores) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, words, classes, model.getOutcome(o))) {
                best = o;
            }
        }
        return model.getOutcome(best);
    }
}
