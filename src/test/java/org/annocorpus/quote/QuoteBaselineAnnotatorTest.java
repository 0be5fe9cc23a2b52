package org.annocorpus.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.annocorpus.testing.Preprocessing;
import org.annocorpus.type.Quotation;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** The comparison baseline does what it says, and no more: paired double marks, the nearest name. */
class QuoteBaselineAnnotatorTest {

    @Test
    void pairsDoubleMarksAndTakesTheNearestName() throws Exception {
        AnalysisEngine engine = createEngine(createEngineDescription(Preprocessing.description(),
                createEngineDescription(QuoteBaselineAnnotator.class)));
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Maria Lopez met Carlos Ortega. “We will win,” he said. Peru’s team, known as the "
                + "\"Condors,\" played.");
        jcas.setDocumentLanguage("en");
        engine.process(jcas);
        // no pronouns and no names told from quotations: that is what the real extractor adds
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We will win", ""), tuple("Condors", "Peru"));
    }
}
