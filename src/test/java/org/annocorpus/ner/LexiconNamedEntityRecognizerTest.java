package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class LexiconNamedEntityRecognizerTest {

    @Test
    void tagsListedNamesWithTheirTypes() throws Exception {
        JCas jcas = TestDocuments.jcas("Peruvian officials met NATO envoys in Nairobi and the South China Sea was discussed.");

        createEngine(LexiconNamedEntityRecognizer.class).process(jcas);

        assertThat(TestDocuments.entities(jcas))
                .containsExactly("Peruvian/MISC", "NATO/ORG", "Nairobi/LOC", "South China Sea/LOC");
    }

    @Test
    void findsANameJoinedToAWordByAHyphenAndSkipsPossessives() throws Exception {
        JCas jcas = TestDocuments.jcas("A Kenya-led force crossed Uganda’s border.");

        createEngine(LexiconNamedEntityRecognizer.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Kenya/LOC", "Uganda/LOC");
    }

    @Test
    void fillsOnlyTheGapsOfEarlierRecognizers() throws Exception {
        JCas jcas = TestDocuments.jcas("The Bank of Canada raised rates in Canada.");
        TestDocuments.entity(jcas, "Bank of Canada", "ORG");

        createEngine(LexiconNamedEntityRecognizer.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Bank of Canada/ORG", "Canada/LOC");
    }

    @Test
    void skipsSentencesInCapitals() throws Exception {
        JCas jcas = TestDocuments.jcas("PLAYERS LET US DOWN , SAYS COACH\nThe US team lost.");

        createEngine(LexiconNamedEntityRecognizer.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("US/LOC");
    }
}
