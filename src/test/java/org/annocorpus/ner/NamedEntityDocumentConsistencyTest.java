package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class NamedEntityDocumentConsistencyTest {

    @Test
    void aSurnameAfterAFullNameIsThePerson() throws Exception {
        JCas jcas = TestDocuments.jcas("Defence chief Maria Delgado arrived.\nDelgado said the drill went well.\n"
                + "Later Delgado left.");
        TestDocuments.entity(jcas, "Maria Delgado", "PER");
        TestDocuments.entity(jcas, "Delgado", "LOC", 40);

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Maria Delgado/PER", "Delgado/PER", "Delgado/PER");
    }

    @Test
    void aShortNameEndingInAPersonsSurnameAndTheSurnameInCapitalsArePersons() throws Exception {
        JCas jcas = TestDocuments.jcas("Maria Delgado spoke.\nRosa Delgado replied.\nDELGADO: We will go.\n"
                + "Delgado Tower stood.");
        TestDocuments.entity(jcas, "Maria Delgado", "PER");
        TestDocuments.entity(jcas, "Rosa Delgado", "ORG");
        TestDocuments.entity(jcas, "DELGADO", "LOC");
        TestDocuments.entity(jcas, "Delgado Tower", "LOC");

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Maria Delgado/PER", "Rosa Delgado/PER",
                "DELGADO/PER", "Delgado Tower/LOC");
    }

    @Test
    void aNameEndingInASurnameAfterAHeadNounOrListedNameIsLeftAlone() throws Exception {
        JCas jcas = TestDocuments.jcas("Maria Delgado spoke.\nThe Bank Delgado paid. Japan Delgado won.");
        TestDocuments.entity(jcas, "Maria Delgado", "PER");
        TestDocuments.entity(jcas, "Bank Delgado", "ORG");
        TestDocuments.entity(jcas, "Japan Delgado", "ORG");

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Maria Delgado/PER", "Bank Delgado/ORG",
                "Japan Delgado/ORG");
    }

    @Test
    void aSurnameThatIsAListedPlaceIsNotSpread() throws Exception {
        JCas jcas = TestDocuments.jcas("Pastor Ana Lima preached.\nIn Lima the rain stopped.");
        TestDocuments.entity(jcas, "Ana Lima", "PER");
        TestDocuments.entity(jcas, "Lima", "LOC", 20);

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Ana Lima/PER", "Lima/LOC");
    }

    @Test
    void aNameTaggedOnceIsTaggedWhereverItRecurs() throws Exception {
        JCas jcas = TestDocuments.jcas("Talks with Zorvania stalled.\nZorvania-based traders and Zorvania waited.");
        TestDocuments.entity(jcas, "Zorvania", "LOC");

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Zorvania/LOC", "Zorvania/LOC", "Zorvania/LOC");
    }

    @Test
    void withAConfidenceGateANameTaggedOnceIsNotSpread() throws Exception {
        JCas jcas = TestDocuments.jcas("Talks with Zorvania stalled.\nZorvania waited. Kelmar spoke.\nKelmar left.");
        TestDocuments.entity(jcas, "Zorvania", "LOC");
        TestDocuments.entity(jcas, "Zorvania", "LOC", 20);
        TestDocuments.entity(jcas, "Kelmar", "ORG");

        createEngine(NamedEntityDocumentConsistency.class,
                NamedEntityDocumentConsistency.PARAM_MIN_TAGGED_MENTIONS, 2).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Zorvania/LOC", "Zorvania/LOC", "Kelmar/ORG");
    }

    @Test
    void aNameTaggedTwoWaysIsNotSpreadUnlessAskedTo() throws Exception {
        String text = "Brandall Capital rose.\nBrandall said profits fell.\nAnalysts watched Brandall closely.";
        JCas jcas = TestDocuments.jcas(text);
        TestDocuments.entity(jcas, "Brandall", "ORG");
        TestDocuments.entity(jcas, "Brandall", "PER", 20);

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Brandall/ORG", "Brandall/PER");

        JCas again = TestDocuments.jcas(text);
        TestDocuments.entity(again, "Brandall", "ORG");
        TestDocuments.entity(again, "Brandall", "PER", 20);
        createEngine(NamedEntityDocumentConsistency.class,
                NamedEntityDocumentConsistency.PARAM_SPREAD_CONFLICTING, true).process(again);

        assertThat(TestDocuments.entities(again)).hasSize(3);
    }

    @Test
    void aNameTaggedTwoWaysKeepsItsTypesUnlessMajorityTypeIsOn() throws Exception {
        String text = "Lakeview beat Porto.\nLakeview fans cheered.\nIn Lakeview the streets were full.";
        JCas jcas = TestDocuments.jcas(text);
        TestDocuments.entity(jcas, "Lakeview", "ORG");
        TestDocuments.entity(jcas, "Lakeview", "ORG", 10);
        TestDocuments.entity(jcas, "Lakeview", "LOC", 40);

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);
        assertThat(TestDocuments.entities(jcas)).containsExactly("Lakeview/ORG", "Lakeview/ORG", "Lakeview/LOC");

        createEngine(NamedEntityDocumentConsistency.class, NamedEntityDocumentConsistency.PARAM_MAJORITY_TYPE, true)
                .process(jcas);
        assertThat(TestDocuments.entities(jcas)).containsExactly("Lakeview/ORG", "Lakeview/ORG", "Lakeview/ORG");
    }

    @Test
    void inATitleCaseHeadlineOnlyConfirmedNamesStand() throws Exception {
        JCas jcas = TestDocuments.jcas("Zorvania Farmers Fear Poor Harvest Against Drought\n"
                + "Farmers in Zorvania fear a poor harvest after the drought.");
        TestDocuments.entity(jcas, "Zorvania Farmers", "ORG");
        TestDocuments.entity(jcas, "Poor Harvest", "MISC");
        TestDocuments.entity(jcas, "Zorvania", "LOC", 60);

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        // both headline entities are unconfirmed; "Zorvania" is confirmed and spreads into the headline
        assertThat(TestDocuments.entities(jcas)).containsExactly("Zorvania/LOC", "Zorvania/LOC");
    }

    @Test
    void aPersonOfAHeadlineStandsWholeWhereTheTextNamesThePersonBySurname() throws Exception {
        JCas jcas = TestDocuments.jcas("Omar Mateen Worked With Security Contractor Kelvin Rowe\n"
                + "Officials say Omar Mir Seddique Mateen worked with a security contractor for years.");
        TestDocuments.entity(jcas, "Omar Mateen", "PER");
        TestDocuments.entity(jcas, "Contractor Kelvin Rowe", "PER");
        TestDocuments.entity(jcas, "Omar Mir Seddique Mateen", "PER");

        createEngine(NamedEntityDocumentConsistency.class).process(jcas);

        // "Omar" is a first name and the text names a person "Mateen"; "Contractor" is no first name and
        // "Rowe" no person of the text
        assertThat(TestDocuments.entities(jcas)).containsExactly("Omar Mateen/PER", "Omar Mir Seddique Mateen/PER");
    }
}
