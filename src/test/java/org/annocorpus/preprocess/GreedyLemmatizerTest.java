package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.opennlp.OpenNlpLemmatizer;
import org.dkpro.core.opennlp.OpenNlpPosTagger;
import org.dkpro.core.opennlp.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class GreedyLemmatizerTest {

    private static final String TEXT = "The mayors said that the children were running to the boats. "
            + "She has written two better books than he wrote. Wolves ate the geese in Oslo's parks.";
    private static final String MODEL = "classpath:/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static List<String> lemmas(AnalysisEngineDescription lemmatizer) throws Exception {
        JCas jcas = JCasFactory.createText(TEXT, "en");
        runPipeline(jcas,
                createEngineDescription(OpenNlpSegmenter.class,
                        OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                        OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
                createEngineDescription(OpenNlpPosTagger.class,
                        OpenNlpPosTagger.PARAM_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                        OpenNlpPosTagger.PARAM_POS_MAPPING_LOCATION, "classpath:/org/dkpro/core/api/lexmorph/tagset/en-ud-pos.map"),
                lemmatizer);
        return select(jcas, Token.class).stream().map(t -> t.getLemma().getValue()).toList();
    }

    @Test
    void lemmatisesInflectedWords() throws Exception {
        List<String> greedy = lemmas(createEngineDescription(GreedyLemmatizer.class,
                GreedyLemmatizer.PARAM_MODEL_LOCATION, MODEL));

        assertThat(greedy).startsWith("the", "mayor", "say", "that", "the", "child", "be", "run", "to", "the", "boat");
        assertThat(greedy).contains("write", "good", "book", "wolf", "eat");
    }

    @Test
    void agreesWithTheBeamSearchLemmatizerOnTheseSentences() throws Exception {
        List<String> greedy = lemmas(createEngineDescription(GreedyLemmatizer.class,
                GreedyLemmatizer.PARAM_MODEL_LOCATION, MODEL, GreedyLemmatizer.PARAM_CACHE_SIZE, 3));
        List<String> beam = lemmas(createEngineDescription(OpenNlpLemmatizer.class,
                OpenNlpLemmatizer.PARAM_MODEL_LOCATION, MODEL));

        assertThat(greedy).isEqualTo(beam);
    }
}
