package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.dkpro.core.tokit.WhitespaceSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliticSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lisbon’s harbour        | Lisbon ’s harbour
            Lisbon's harbour        | Lisbon 's harbour
            they don’t know         | they do n’t know
            the ministers’ plan     | the ministers ’ plan
            it’s late               | it ’s late
            O’Brien spoke           | O’Brien spoke
            rock’n’roll fans        | rock’n’roll fans
            ’s                      | ’s
            """)
    void cutsTrailingCliticsOffTheirWord(String text, String expectedTokens) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");

        runPipeline(jcas, createEngineDescription(WhitespaceSegmenter.class),
                createEngineDescription(CliticSplitter.class));

        assertThat(select(jcas, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly(expectedTokens.split(" "));
    }
}
