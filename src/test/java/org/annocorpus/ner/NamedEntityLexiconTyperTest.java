package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class NamedEntityLexiconTyperTest {

    @Test
    void typesDemonymsCountriesAndOrganisationsByTheLexicon() throws Exception {
        JCas jcas = TestDocuments.jcas("Peruvian and Chile officials met UNESCO staff in Peru.");
        TestDocuments.entity(jcas, "Peruvian", "ORG");
        TestDocuments.entity(jcas, "Chile", "MISC");
        TestDocuments.entity(jcas, "UNESCO", "LOC");
        TestDocuments.entity(jcas, "Peru", "PER", 40);

        createEngine(NamedEntityLexiconTyper.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Peruvian/MISC", "Chile/LOC", "UNESCO/ORG", "Peru/LOC");
    }

    @Test
    void aDemonymThatIsThePersonsSurnameIsAPerson() throws Exception {
        JCas jcas = TestDocuments.jcas("Ana Cuban spoke first. Cuban said no.");
        TestDocuments.entity(jcas, "Ana Cuban", "PER");
        TestDocuments.entity(jcas, "Cuban", "MISC", 10);

        createEngine(NamedEntityLexiconTyper.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Ana Cuban/PER", "Cuban/PER");
    }

    @Test
    void aBuildingThatStandsForAnInstitutionIsAPlace() throws Exception {
        JCas jcas = TestDocuments.jcas("The Pentagon and the Kremlin said nothing.");
        TestDocuments.entity(jcas, "Pentagon", "ORG");
        TestDocuments.entity(jcas, "Kremlin", "ORG");

        createEngine(NamedEntityLexiconTyper.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Pentagon/LOC", "Kremlin/LOC");
    }

    @Test
    void leavesCitiesAndUnlistedNamesToTheModel() throws Exception {
        JCas jcas = TestDocuments.jcas("Milan beat Porto and Lakeview won.");
        TestDocuments.entity(jcas, "Milan", "ORG");
        TestDocuments.entity(jcas, "Lakeview", "ORG");

        createEngine(NamedEntityLexiconTyper.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Milan/ORG", "Lakeview/ORG");
    }

    @Test
    void keepsAPersonWhoseSurnameIsACountry() throws Exception {
        JCas jcas = TestDocuments.jcas("Team owner Eddie Jordan said Jordan would stay.");
        TestDocuments.entity(jcas, "Eddie Jordan", "PER");
        TestDocuments.entity(jcas, "Jordan", "PER", 20);

        createEngine(NamedEntityLexiconTyper.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Eddie Jordan/PER", "Jordan/PER");
    }
}
