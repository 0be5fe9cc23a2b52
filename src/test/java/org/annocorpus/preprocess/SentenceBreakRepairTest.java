package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class SentenceBreakRepairTest {

    private static final String SENTENCES = "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** Text, its sentences after the repair (separated by " | "), and a token the repair must leave whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            “I hope so,” Mrs. Reyes said. Then she left.   # “I hope so,” Mrs. Reyes said. | Then she left.   # Mrs.
            The bill passed, said Sen. Ana Ruiz on Monday.  # The bill passed, said Sen. Ana Ruiz on Monday.  # Sen.
            Rep. Tom Berg and Gen. Lee Park spoke.          # Rep. Tom Berg and Gen. Lee Park spoke.          # Gen.
            He met George W. Bush in Texas.                 # He met George W. Bush in Texas.                 # W.
            He met George H.W. Bush in Texas.               # He met George H.W. Bush in Texas.               # H.W.
            """)
    void joinsSentencesCutAfterAnAbbreviation(String text, String expected, String token) throws Exception {
        JCas jcas = segment(text.strip(), true);

        assertThat(select(jcas, Sentence.class)).extracting(Annotation::getCoveredText)
                .containsExactly(expected.strip().split(" \\| "));
        assertThat(select(jcas, Token.class)).extracting(Annotation::getCoveredText).contains(token.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            He lives on Main St. The house is old.             # He lives on Main St. | The house is old.
            They talked to Martin Luther King Jr. He smiled.   # They talked to Martin Luther King Jr. | He smiled.
            We need a plan b. Then we go.                      # We need a plan b. | Then we go.
            """)
    void keepsBreaksAfterWordsThatEndSentences(String text, String expected) throws Exception {
        JCas jcas = segment(text.strip(), true);

        assertThat(select(jcas, Sentence.class)).extracting(Annotation::getCoveredText)
                .containsExactly(expected.strip().split(" \\| "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            “I hope so,” Mrs. Reyes said.                   # Mrs
            The bill passed, said Sen. Ana Ruiz on Monday.  # Sen
            """)
    void theSegmenterAloneCutsTheseSentencesAndTheirFullStops(String text, String cutWord) throws Exception {
        JCas jcas = segment(text.strip(), false);

        assertThat(select(jcas, Sentence.class)).hasSizeGreaterThan(1);
        List<String> tokens = select(jcas, Token.class).stream().map(Annotation::getCoveredText).toList();
        assertThat(tokens).contains(cutWord.strip()).doesNotContain(cutWord.strip() + ".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Mrs.\\nReyes said so.
            """)
    void neverJoinsAcrossALineBreak(String text) throws Exception {
        JCas jcas = segment(text.strip().replace("\\n", "\n"), true);

        assertThat(select(jcas, Sentence.class)).extracting(Annotation::getCoveredText)
                .containsExactly("Mrs.", "Reyes said so.");
    }

    private static JCas segment(String text, boolean repair) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        if (repair) {
            runPipeline(jcas, segmenter(), createEngineDescription(SentenceBreakRepair.class));
        } else {
            runPipeline(jcas, segmenter());
        }
        return jcas;
    }

    private static org.apache.uima.analysis_engine.AnalysisEngineDescription segmenter() throws Exception {
        return createEngineDescription(LinearOpenNlpSegmenter.class,
                LinearOpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, SENTENCES,
                LinearOpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, TOKENS);
    }
}
