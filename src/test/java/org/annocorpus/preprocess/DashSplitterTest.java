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

class DashSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            donor Pate IV—a tycoon        | donor Pate IV — a tycoon
            Crist—the governor            | Crist — the governor
            them–the solution             | them – the solution
            Ariz.--John Bacon             | Ariz. -- John Bacon
            everything they’ve got—       | everything they’ve got —
            —or not                       | — or not
            one—two—three                 | one — two — three
            a pause — then                | a pause — then
            the 2015–16 season            | the 2015–16 season
            pages 12–14                   | pages 12–14
            a well-known US-led effort    | a well-known US-led effort
            """)
    void cutsDashesWrittenWithoutSpacesOutOfTheirToken(String text, String expectedTokens) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");

        runPipeline(jcas, createEngineDescription(WhitespaceSegmenter.class),
                createEngineDescription(DashSplitter.class));

        assertThat(select(jcas, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly(expectedTokens.split(" "));
    }

    @org.junit.jupiter.api.Test
    void cutsADoubleHyphenThatTheTokenizerCutInTwo() throws Exception {
        JCas jcas = JCasFactory.createText("Ariz.--John", "en");
        new de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token(jcas, 0, 6).addToIndexes();
        new de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token(jcas, 6, 11).addToIndexes();

        runPipeline(jcas, createEngineDescription(DashSplitter.class));

        assertThat(select(jcas, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly("Ariz.", "-", "-", "John");
    }
}
