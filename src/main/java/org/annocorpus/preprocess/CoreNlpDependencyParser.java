package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

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

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;

/**
 * Universal Dependencies of each sentence from Stanford CoreNLP's neural dependency parser (the English
 * UD model of the CoreNLP models jar), on the pipeline's own sentences and tokens. The parser needs Penn
 * Treebank tags, which the pipeline's UD tagger does not give: CoreNLP's tagger tags each sentence first
 * (its tags are used only here). Writes DKPro {@link Dependency} annotations (governor, dependent, the
 * relation as {@code dependencyType}); the root is not written.
 */
@ResourceMetaData(name = "CoreNLP dependency parser",
        description = "Universal Dependencies from CoreNLP's neural parser, on the pipeline's sentences and tokens.")
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency")
public class CoreNlpDependencyParser extends JCasAnnotator_ImplBase {

    public static final String PARAM_PARSER_MODEL = "parserModel";
    @ConfigurationParameter(name = PARAM_PARSER_MODEL, defaultValue = "edu/stanford/nlp/models/parser/nndep/english_UD.gz")
    private String parserModel;

    public static final String PARAM_TAGGER_MODEL = "taggerModel";
    @ConfigurationParameter(name = PARAM_TAGGER_MODEL,
            defaultValue = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger")
    private String taggerModel;

    /** Longer sentences (tables, lists run together) are not parsed: the parser's time grows with them. */
    public static final String PARAM_MAX_TOKENS = "maxTokens";
    @ConfigurationParameter(name = PARAM_MAX_TOKENS, defaultValue = "150")
    private int maxTokens;

    private MaxentTagger tagger;
    private DependencyParser parser;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            tagger = new MaxentTagger(taggerModel);
            parser = DependencyParser.loadFromModelFile(parserModel);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(new IllegalStateException(
                    "cannot load the CoreNLP tagger " + taggerModel + " or parser " + parserModel + ": " + e.getMessage(), e));
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> tokens = selectCovered(Token.class, sentence);
            if (tokens.isEmpty() || tokens.size() > maxTokens) {
                continue;
            }
            List<CoreLabel> words = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel word = new CoreLabel();
                String text = tokens.get(i).getCoveredText();
                word.setWord(text);
                word.setValue(text);
                word.setOriginalText(text);
                word.setIndex(i + 1);
                words.add(word);
            }
            tagger.tagCoreLabels(words);
            GrammaticalStructure structure = parser.predict(words);
            for (TypedDependency d : structure.typedDependencies()) {
                if (d.gov().index() <= 0) {
                    continue;
                }
                Token dependent = tokens.get(d.dep().index() - 1);
                Dependency dependency = new Dependency(jcas, dependent.getBegin(), dependent.getEnd());
                dependency.setGovernor(tokens.get(d.gov().index() - 1));
                dependency.setDependent(dependent);
                dependency.setDependencyType(d.reln().toString());
                dependency.addToIndexes();
            }
        }
    }
}
