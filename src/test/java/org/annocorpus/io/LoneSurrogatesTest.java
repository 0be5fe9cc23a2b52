package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;

class LoneSurrogatesTest {

    @Test
    void aStringHoldingHalfACharacterIsRepairedSoTheXmiCanBeWritten() throws Exception {
        JCas jcas = JCasFactory.createText("Fans 👩‍👩‍👧 cheered", "en");
        Lemma lemma = new Lemma(jcas, 5, 13);
        lemma.setValue("👩\u200D\uD83D");   // what an edit script cutting a character leaves
        lemma.addToIndexes();
        Lemma whole = new Lemma(jcas, 5, 7);
        whole.setValue("👩");
        whole.addToIndexes();

        int repaired = LoneSurrogates.repair(jcas.getCas());

        assertThat(repaired).isEqualTo(1);
        assertThat(lemma.getValue()).isEqualTo("👩\u200D\uFFFD");
        assertThat(whole.getValue()).isEqualTo("👩");
        XmiCorpusWriter.writeXmi(jcas.getCas(), new ByteArrayOutputStream(), false);
    }

    @Test
    void detectsLoneHalvesOnly() {
        assertThat(LoneSurrogates.has("😀 ok")).isFalse();
        assertThat(LoneSurrogates.has("\uD83D")).isTrue();
        assertThat(LoneSurrogates.has("a\uDE00")).isTrue();
        assertThat(LoneSurrogates.fix("\uDE00😀\uD83D")).isEqualTo("\uFFFD😀\uFFFD");
    }
}
