package org.annocorpus.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.ner.tagger.EntityTagger;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.annocorpus.ner.tagger.TaggerModels;
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
 * Named entities from the project's own trained tagger ({@code corpus train ner}; see
 * {@code eval/ner/README.md}): plain Java inference over the shipped weights, no native library, no
 * network. The tagger sees the whole document at once (its second pass uses the first pass's entities
 * for other mentions of a word) on the pipeline's sentences and tokens re-cut CoNLL-style by
 * {@link NerTokenizer}.
 */
@ResourceMetaData(name = "Trained named-entity recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class TrainedNamedEntityRecognizer extends JCasAnnotator_ImplBase {

    /** The model: a {@code classpath:/...} resource or a file path; the default is the shipped model. */
    public static final String PARAM_MODEL_LOCATION = "modelLocation";
    @ConfigurationParameter(name = PARAM_MODEL_LOCATION, defaultValue = TaggerModels.DEFAULT)
    private String modelLocation;

    private EntityTagger tagger;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            tagger = TaggerModels.model(modelLocation);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<List<NerToken>> sentences = NerTokenizer.sentences(jcas);
        List<TaggedSentence> document = new ArrayList<>(sentences.size());
        for (List<NerToken> sentence : sentences) {
            List<String> words = new ArrayList<>(sentence.size());
            for (NerToken token : sentence) {
                words.add(token.text());
            }
            document.add(new TaggedSentence(words, List.of()));
        }
        List<List<Span>> entities = tagger.tag(document);
        for (int s = 0; s < sentences.size(); s++) {
            List<NerToken> tokens = sentences.get(s);
            for (Span span : entities.get(s)) {
                NamedEntity entity = new NamedEntity(jcas, tokens.get(span.first()).begin(), tokens.get(span.last()).end());
                entity.setValue(span.type());
                entity.addToIndexes();
            }
        }
    }
}
