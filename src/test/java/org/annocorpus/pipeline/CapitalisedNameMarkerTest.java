package org.annocorpus.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import org.annocorpus.testing.CasBuilder;
import org.annocorpus.testing.CasRenderer;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** The stand-in extractor of the foundation tests, on fixed tokens: no model decides what it sees. */
class CapitalisedNameMarkerTest {

    @Test
    void thatCapitalisedRunsNumbersAndQuotedTextAreMarked() throws Exception {
        JCas jcas = CasBuilder.of("Fans in New York cheered \"go\" 3 times.",
                "Fans/NOUN in/ADP New/PROPN York/PROPN cheered/VERB \"/PUNCT go/VERB \"/PUNCT 3/NUM times/NOUN ./PUNCT");

        runPipeline(jcas, createEngineDescription(CapitalisedNameMarker.class));

        assertThat(CasRenderer.text(jcas, NamedEntity.class, Quotation.class, NumericClaim.class)).isEqualTo("""
                NamedEntity 0-4 "Fans" value=LOC
                NamedEntity 8-16 "New York" value=LOC
                Quotation 26-28 "go"
                NumericClaim 30-31 "3" value=3.0 qualifier=EXACT""");
    }
}
