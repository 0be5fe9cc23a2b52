package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.annocorpus.io.XmiCorpusWriter;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.dkpro.core.opennlp.OpenNlpLemmatizer;
import org.dkpro.core.opennlp.OpenNlpPosTagger;
import org.dkpro.core.opennlp.OpenNlpSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class CodePointBoundariesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "He wrote “😀” online.",
            "China💞’s exports rose.",
            "“😀😀” and ‘🇵🇹’ then 💞’s.",
            "A sentence.😀 Another one 𝔸𝔹’s. 🙂"
    })
    void noTokenSentenceOrLemmaHoldsHalfACharacter(String text) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");

        runPipeline(jcas,
                createEngineDescription(OpenNlpSegmenter.class,
                        OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                        OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
                createEngineDescription(CodePointBoundaries.class),
                createEngineDescription(CliticSplitter.class),
                createEngineDescription(OpenNlpPosTagger.class,
                        OpenNlpPosTagger.PARAM_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"),
                createEngineDescription(OpenNlpLemmatizer.class,
                        OpenNlpLemmatizer.PARAM_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));

        for (Class<? extends Annotation> type : java.util.List.of(Token.class, Sentence.class)) {
            assertThat(select(jcas, type)).allSatisfy(a -> {
                assertThat(a.getBegin()).isLessThan(a.getEnd());
                assertThat(CodePointBoundaries.snap(text, a.getBegin())).isEqualTo(a.getBegin());
                assertThat(CodePointBoundaries.snap(text, a.getEnd())).isEqualTo(a.getEnd());
            });
        }
        assertThat(select(jcas, Lemma.class)).extracting(Lemma::getValue)
                .allSatisfy(v -> assertThat(hasLoneSurrogate(v)).as(v).isFalse());
        // Every code point of the text is still covered by exactly the tokens that covered it
        assertThat(select(jcas, Token.class)).extracting(Annotation::getCoveredText)
                .allSatisfy(t -> assertThat(hasLoneSurrogate(t)).isFalse());
        XmiCorpusWriter.writeXmi(jcas.getCas(), new ByteArrayOutputStream(), false);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
