package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.preprocess.internal.PennToUniversal;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.api.lexmorph.pos.POSUtils;
import org.dkpro.core.api.resources.MappingProvider;
import org.dkpro.core.api.resources.MappingProviderFactory;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;

/**
 * Part-of-speech tags from Stanford CoreNLP's tagger (trained on newswire, with distributional-similarity word
 * classes), on the pipeline's own sentences and tokens, written as the Universal Dependencies tags the rest of
 * the pipeline reads ({@link PennToUniversal}), in the types a DKPro POS mapping names for them, as DKPro's own
 * taggers write them.
 */
@ResourceMetaData(name = "CoreNLP POS tagger",
        description = "Penn Treebank tags from CoreNLP's tagger, mapped to Universal Dependencies POS.")
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS")
public class CoreNlpPosTagger extends JCasAnnotator_ImplBase {

    /** The tagger model, a class path resource of the CoreNLP models jar or a file. */
    public static final String PARAM_MODEL = "model";
    @ConfigurationParameter(name = PARAM_MODEL,
            defaultValue = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger")
    private String model;

    /** DKPro's mapping of the UD tags to its POS types (DKPro's parameter name). */
    public static final String PARAM_POS_MAPPING_LOCATION = "POSMappingLocation";
    @ConfigurationParameter(name = PARAM_POS_MAPPING_LOCATION,
            defaultValue = "classpath:/org/dkpro/core/api/lexmorph/tagset/en-ud-pos.map")
    private String posMappingLocation;

    /** A word and a clitic the tokenizer left in one token ("he’d", "they’re", "don’t"), apostrophes straightened. */
    private static final Pattern CONTRACTION = Pattern.compile("(\\p{L}+?)(n't|'d|'ll|'re|'ve|'m|'s)",
            Pattern.CASE_INSENSITIVE);

    /** The longest run of marks shown to the tagger as it is. */
    private static final int MAX_MARKS = 3;

    private MaxentTagger tagger;
    private MappingProvider mapping;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            tagger = CoreNlpResources.tagger(model);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(
                    new IllegalStateException("cannot load the CoreNLP tagger " + model + ": " + e.getMessage(), e));
        }
        mapping = MappingProviderFactory.createPosMappingProvider(this, posMappingLocation, null, "en");
    }

    /**
     * A token as the tagger reads it: apostrophes straight, as it learnt them; a run of more than three marks with
     * no letter or digit ("““““", "-----", a 256-mark piece of a longer run) as its first mark, which the tagger
     * knows, where an unknown word costs it every open tag and a sentence of them minutes ("..." and "--" it knows).
     */
    static String forTagger(String token) {
        String text = token.replace('’', '\'');
        if (text.length() > MAX_MARKS && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return text.substring(0, Character.charCount(text.codePointAt(0)));
        }
        return text;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        mapping.configure(jcas.getCas());
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> tokens = selectCovered(Token.class, sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            // the tagger reads a contraction the tokenizer left whole ("he’d") as Penn Treebank writes it, two
            // words ("he", "'d"); the token takes its first word's tag
            List<String> words = new ArrayList<>(tokens.size());
            int[] wordOfToken = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                String text = forTagger(tokens.get(i).getCoveredText());
                wordOfToken[i] = words.size();
                Matcher contraction = CONTRACTION.matcher(text);
                if (contraction.matches()) {
                    words.add(contraction.group(1));
                    words.add(contraction.group(2));
                } else {
                    words.add(text);
                }
            }
            List<CoreLabel> labels = new ArrayList<>(words.size());
            for (String word : words) {
                CoreLabel label = new CoreLabel();
                label.setWord(word);
                label.setValue(word);
                labels.add(label);
            }
            tagger.tagCoreLabels(labels);
            List<String> penn = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                penn.add(label.tag());
            }
            String[] universal = PennToUniversal.map(words, penn);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String tag = universal[wordOfToken[i]];
                POS pos = (POS) jcas.getCas().createAnnotation(mapping.getTagType(tag), token.getBegin(), token.getEnd());
                pos.setPosValue(tag);
                POSUtils.assignCoarseValue(pos);
                pos.addToIndexes();
                token.setPos(pos);
            }
        }
    }
}
