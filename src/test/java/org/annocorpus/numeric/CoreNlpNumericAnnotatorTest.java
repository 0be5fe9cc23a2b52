package org.annocorpus.numeric;

import java.util.List;

import org.annocorpus.numeric.NumericTestPipeline.Claim;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CoreNLP's numeric entities mapped to numeric claims, on an invented text (loads CoreNLP's models once). */
class CoreNlpNumericAnnotatorTest {

    @Test
    void mapsNumberPercentAndMoneyWithExactOffsets() throws Exception {
        // the emoji takes two UTF-16 units: offsets must still land on the numbers
        String text = "😀 The firm hired more than 5,000 workers.\nAbout 70% of them earn $1.2 billion in total.";
        AnalysisEngine engine = createEngine(CoreNlpNumericAnnotator.class);
        JCas jcas = JCasFactory.createText(text, "en");
        engine.process(jcas);
        List<Claim> claims = NumericTestPipeline.claims(jcas);
        assertThat(claims).containsExactly(
                new Claim("5,000", 5000.0, "", "MORE_THAN", ""),
                new Claim("70%", 70.0, "percent", "APPROX", ""),
                new Claim("$1.2 billion", 1.2E9, "USD", "EXACT", ""));
    }

    @Test
    void durationsOnlyWhenAsked() throws Exception {
        String text = "The treaty lasted 70 years.";
        JCas plain = JCasFactory.createText(text, "en");
        createEngine(CoreNlpNumericAnnotator.class).process(plain);
        assertThat(NumericTestPipeline.claims(plain)).isEmpty();

        JCas withDurations = JCasFactory.createText(text, "en");
        createEngine(CoreNlpNumericAnnotator.class, CoreNlpNumericAnnotator.PARAM_ENTITY_TYPES,
                new String[] {"NUMBER", "PERCENT", "MONEY", "DURATION"}).process(withDurations);
        assertThat(NumericTestPipeline.claims(withDurations))
                .containsExactly(new Claim("70 years", 70.0, "year", "EXACT", ""));
    }

    @Test
    void refusesTypesThatAreNotNumeric() {
        assertThatThrownBy(() -> createEngine(CoreNlpNumericAnnotator.class,
                CoreNlpNumericAnnotator.PARAM_ENTITY_TYPES, new String[] {"PERSON"}))
                .hasStackTraceContaining("not numeric");
    }
}
