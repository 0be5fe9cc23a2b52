package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.opennlp.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_NOUN;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_VERB;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class CoreNlpPosTaggerTest {

    @Test
    void tagsThePipelinesTokensWithUniversalTagsInDkproTypes() throws Exception {
        JCas jcas = JCasFactory.createText("Later, the admiral chuckled. The ad touts his record.", "en");
        runPipeline(jcas,
                createEngineDescription(OpenNlpSegmenter.class,
                        OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                        OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
                createEngineDescription(CoreNlpPosTagger.class));

        assertThat(select(jcas, Token.class))
                .extracting(Token::getCoveredText, t -> t.getPos().getPosValue())
                .containsExactly(tuple("Later", "ADV"), tuple(",", "PUNCT"), tuple("the", "DET"), tuple("admiral", "NOUN"),
                        tuple("chuckled", "VERB"), tuple(".", "PUNCT"), tuple("The", "DET"), tuple("ad", "NOUN"),
                        tuple("touts", "VERB"), tuple("his", "PRON"), tuple("record", "NOUN"), tuple(".", "PUNCT"));
        assertThat(select(jcas, Token.class).stream().filter(t -> t.getCoveredText().equals("admiral")).findFirst()
                .orElseThrow().getPos()).isInstanceOf(POS_NOUN.class);
        assertThat(select(jcas, Token.class).stream().filter(t -> t.getCoveredText().equals("touts")).findFirst()
                .orElseThrow().getPos()).isInstanceOf(POS_VERB.class);
    }

    @Test
    void aModelThatCannotBeLoadedIsNamedInTheError() {
        assertThatThrownBy(() -> createEngine(CoreNlpPosTagger.class, CoreNlpPosTagger.PARAM_MODEL, "no/such/model.tagger"))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining("cannot load the CoreNLP tagger no/such/model.tagger");
    }

    @Test
    void aLongRunOfMarksReachesTheTaggerAsItsFirstMarkAndApostrophesStraight() {
        assertThat(CoreNlpPosTagger.forTagger("““““““““")).isEqualTo("“");
        assertThat(CoreNlpPosTagger.forTagger("-----")).isEqualTo("-");
        assertThat(CoreNlpPosTagger.forTagger("...")).isEqualTo("...");
        assertThat(CoreNlpPosTagger.forTagger("he’d")).isEqualTo("he'd");
        assertThat(CoreNlpPosTagger.forTagger("1990s")).isEqualTo("1990s");
    }
}
