package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamePatternRecognizerTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createRecognizer() throws Exception {
        engine = createEngine(NamePatternRecognizer.class);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Prime Minister Jane Doe arrived late.", List.of("Jane Doe/PER")),
                Arguments.of("He met Secretary of State John Q. Roe Jr. on Monday.", List.of("John Q. Roe Jr./PER")),
                Arguments.of("Ask Mr. Okafor about it.", List.of("Okafor/PER")),
                Arguments.of("Then House Speaker Jane Doe arrived.", List.of("House/ORG", "Jane Doe/PER")),
                Arguments.of("Then Senate Chairman Jane Doe arrived.", List.of("Senate/ORG", "Jane Doe/PER")),
                Arguments.of("said ministry spokeswoman Ana Lopez.", List.of("Ana Lopez/PER")),
                Arguments.of("The shipyard hired Pieter van Dijk as director.", List.of()),
                Arguments.of("Mayor Pieter van Dijk opened it.", List.of("Pieter van Dijk/PER")),
                Arguments.of("Alderman Pieter van Dijk opened it.", List.of("Pieter van Dijk/PER")),
                Arguments.of("Pastor Pieter van Dijk opened it.", List.of("Pieter van Dijk/PER")),
                Arguments.of("The Ministry of Health said so.", List.of("Ministry of Health/ORG")),
                Arguments.of("The Ruritanian Northern Fleet Command trained.", List.of("Ruritanian Northern Fleet Command/ORG")),
                Arguments.of("Units of US Forces Korea moved.", List.of("US Forces Korea/ORG")),
                Arguments.of("Economist Lee Park of First Harbor Bank spoke.", List.of("First Harbor Bank/ORG")),
                Arguments.of("Floods hit Nagano Prefecture again.", List.of("Nagano Prefecture/LOC")),
                Arguments.of("They signed the Lisbon Treaty and the Kyoto Protocol.",
                        List.of("Lisbon Treaty/MISC", "Kyoto Protocol/MISC")),
                Arguments.of("It recalled World War II veterans.", List.of("World War II/MISC")),
                Arguments.of("The navy bought Trident ballistic missiles.", List.of("Trident/MISC")),
                Arguments.of("Officials said missiles were fired.", List.of()),
                Arguments.of("Police said nothing.", List.of()),
                Arguments.of("Read more on Dailyreport.com today.", List.of("Dailyreport.com/ORG")),
                Arguments.of("Mail us at www.dailyreport.com today.", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsNamesByTheirShape(String sentence, List<String> expected) throws Exception {
        JCas jcas = TestDocuments.jcas(sentence);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactlyElementsOf(expected);
    }

    @Test
    void replacesEntitiesInsideATitleAndCutsOneCrossingIt() throws Exception {
        JCas jcas = TestDocuments.jcas("Peru Secretary of Defense Ana Lopez spoke.");
        TestDocuments.entity(jcas, "Peru Secretary of Defense", "ORG");
        TestDocuments.entity(jcas, "Ana Lopez", "ORG");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Peru/ORG", "Ana Lopez/PER");
    }

    @Test
    void aFirstNameOpeningASentenceJoinsThePersonAfterIt() throws Exception {
        JCas jcas = TestDocuments.jcas("Florent Groberg is a former Army captain.\nActivist Angela Davis spoke.\n"
                + "But Maria Lopez left.\nCecile Richards replied.");
        TestDocuments.entity(jcas, "Groberg", "PER");
        TestDocuments.entity(jcas, "Angela Davis", "PER");
        TestDocuments.entity(jcas, "Maria Lopez", "PER");
        TestDocuments.entity(jcas, "Richards", "PER");
        // as the UD tagger tags a capitalised word that opens a sentence before a name
        for (String word : List.of("Florent", "Activist", "Cecile")) {
            TestDocuments.pos(jcas, word, "PROPN");
        }
        TestDocuments.pos(jcas, "But", "CCONJ");

        engine.process(jcas);

        // "Activist" is a common noun on the animacy lists, "But" no proper noun
        assertThat(TestDocuments.entities(jcas)).containsExactly("Florent Groberg/PER", "Angela Davis/PER",
                "Maria Lopez/PER", "Cecile Richards/PER");
    }

    @Test
    void aModelsPersonGoingOnPastTheTitledNameIsKept() throws Exception {
        JCas jcas = TestDocuments.jcas("Lt. Gov. Patty Judge spoke, and Gen. George Washington listened.");
        TestDocuments.entity(jcas, "Patty Judge", "PER");
        TestDocuments.entity(jcas, "George Washington", "PER");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Patty Judge/PER", "George Washington/PER");
    }

    @Test
    void anOrganisationBeforeATitleStaysWhole() throws Exception {
        JCas jcas = TestDocuments.jcas("Retired U.S. Air Force Gen. Jerry Boykin spoke.");
        TestDocuments.entity(jcas, "U.S. Air Force", "ORG");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("U.S. Air Force/ORG", "Jerry Boykin/PER");
    }

    @Test
    void givesWayToALongerNameAndKeepsTheModelTypeOnAnAmbiguousHead() throws Exception {
        JCas jcas = TestDocuments.jcas("Fans of Ross County cheered at the Bank of Lima Tower.");
        TestDocuments.entity(jcas, "Ross County", "ORG");
        TestDocuments.entity(jcas, "Bank of Lima Tower", "LOC");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Ross County/ORG", "Bank of Lima Tower/LOC");
    }

    @Test
    void aNameEndingInALawOrShowHeadIsMiscWhateverTheModelSaid() throws Exception {
        JCas jcas = TestDocuments.jcas("Under the Open Records Act, she told the Dana Reyes Show that Dana Reyes won.");
        TestDocuments.entity(jcas, "Open Records Act", "ORG");
        TestDocuments.entity(jcas, "Dana Reyes Show", "PER");
        TestDocuments.entity(jcas, "Dana Reyes", "PER", 60);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Open Records Act/MISC", "Dana Reyes Show/MISC",
                "Dana Reyes/PER");
    }

    @Test
    void skipsHeadlines() throws Exception {
        JCas jcas = TestDocuments.jcas("Farmers Fear Poor Harvest Against Drought Council\nThe farmers fear a poor harvest.");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).isEmpty();
    }
}
