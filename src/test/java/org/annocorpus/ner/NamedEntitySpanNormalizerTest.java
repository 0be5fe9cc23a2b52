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

/** Each rule on an invented sentence: the entity a recognizer made, and what the scheme wants. */
class NamedEntitySpanNormalizerTest {

    private static AnalysisEngine engine;

    @BeforeAll
    static void createNormalizer() throws Exception {
        engine = createEngine(NamedEntitySpanNormalizer.class);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // sentence, entity as found, its type, entities after normalising
                Arguments.of("trim", "They flew to “Lima,” she said.", "“Lima,”", "LOC", List.of("Lima/LOC")),
                Arguments.of("abbreviation point stays", "Aid from the U.K. arrived.", "U.K.", "LOC", List.of("U.K./LOC")),
                Arguments.of("leading determiner", "It reached the Maldives today.", "the Maldives", "LOC",
                        List.of("Maldives/LOC")),
                Arguments.of("capitalised determiner", "The Daily Planet reported it.", "The Daily Planet", "ORG",
                        List.of("Daily Planet/ORG")),
                Arguments.of("honorific", "We asked Mrs. Okafor first.", "Mrs. Okafor", "ORG", List.of("Okafor/PER")),
                Arguments.of("title before a person", "We asked President Okafor first.", "President Okafor", "PER",
                        List.of("Okafor/PER")),
                Arguments.of("possessive ’s", "Chile’s copper exports grew.", "Chile’s", "LOC", List.of("Chile/LOC")),
                Arguments.of("possessive 's", "Oslo's harbour froze.", "Oslo's", "LOC", List.of("Oslo/LOC")),
                Arguments.of("plural possessive", "the Andes countries' pact", "Andes countries'", "LOC",
                        List.of("Andes countries/LOC")),
                Arguments.of("portfolio of a title", "The Secretary of State spoke.", "State", "ORG", List.of()),
                Arguments.of("portfolio before a name", "Secretary of Defense Ana Lopez spoke.", "Defense Ana Lopez", "ORG",
                        List.of("Ana Lopez/ORG")),
                Arguments.of("portfolio that is no portfolio", "the chairman of Air France said", "Air France", "ORG",
                        List.of("Air France/ORG")),
                Arguments.of("trailing title", "Chile Foreign Minister spoke.", "Chile Foreign Minister", "ORG",
                        List.of("Chile/ORG")),
                Arguments.of("title modifier before a title", "The Defense Secretary spoke.", "Defense", "ORG", List.of()),
                Arguments.of("listed names joined by a hyphen", "the Chile-Peru border", "Chile-Peru", "MISC",
                        List.of("Chile/LOC", "Peru/LOC")),
                Arguments.of("name joined to a common word", "a Kenya-based charity", "Kenya-based", "MISC",
                        List.of("Kenya/LOC")),
                Arguments.of("common word before a name", "an anti-Italian mood", "anti-Italian", "MISC",
                        List.of("Italian/MISC")),
                Arguments.of("a name of several words joined to a participle", "a Nova Scotia-based firm",
                        "Nova Scotia-based", "LOC", List.of("Nova Scotia/LOC")),
                Arguments.of("a name of several words joined to a word of kind", "an Ana Lopez-style campaign",
                        "Ana Lopez-style", "PER", List.of("Ana Lopez/PER")),
                Arguments.of("a syllable of a name is no suffix", "Ban Ki-moon spoke.", "Ban Ki-moon", "PER",
                        List.of("Ban Ki-moon/PER")),
                Arguments.of("a prefix before a name", "the pro-Ana Lopez crowd", "pro-Ana Lopez", "PER",
                        List.of("Ana Lopez/PER")),
                Arguments.of("a capitalised prefix only before one word", "the Anti-Fraud League met", "Anti-Fraud League",
                        "ORG", List.of("Anti-Fraud League/ORG")),
                Arguments.of("demonyms before American name one group", "African-American voters", "African-American",
                        "MISC", List.of("African-American/MISC")),
                Arguments.of("a relation of two listed demonyms is two names", "Japanese-Chinese talks",
                        "Japanese-Chinese", "MISC", List.of("Japanese/MISC", "Chinese/MISC")),
                Arguments.of("state abbreviation keeps its point", "in Flint, Mich., on Monday", "Mich", "LOC",
                        List.of("Mich./LOC")),
                Arguments.of("a word that is no abbreviation does not take the point", "They met in Lima.", "Lima", "LOC",
                        List.of("Lima/LOC")),
                Arguments.of("an abbreviated title alone is no name", "Rep. Ana Lopez voted.", "Rep", "MISC", List.of()),
                Arguments.of("hyphen inside a listed name", "the Indo-Pacific region", "Indo-Pacific", "MISC",
                        List.of("Indo-Pacific/MISC")),
                Arguments.of("names joined by a slash", "the latest Varda/Kestrel poll", "Varda/Kestrel", "ORG",
                        List.of("Varda/ORG", "Kestrel/ORG")),
                Arguments.of("a date with a slash is no pair of names", "on 9/11 they met", "9/11", "MISC",
                        List.of("9/11/MISC")),
                Arguments.of("party tag", "Sen. Ana Lopez (R-Tex) voted.", "R-Tex", "MISC", List.of("R/MISC", "Tex/LOC")),
                Arguments.of("party tag nobody found", "Rep. Ana Lopez (D-N.Y.) voted.", "Ana Lopez", "PER",
                        List.of("Ana Lopez/PER", "D/MISC", "N.Y./LOC")),
                Arguments.of("party tag between commas", "Sen. Ana Lopez, R-Fla., voted.", "Ana Lopez", "PER",
                        List.of("Ana Lopez/PER", "R/MISC", "Fla./LOC")),
                Arguments.of("party tag between comma and full stop", "It came from Sen. Ana Lopez, R-Iowa.", "Ana Lopez",
                        "PER", List.of("Ana Lopez/PER", "R/MISC", "Iowa/LOC")),
                Arguments.of("no party tag without a state", "They landed on the beach, D-Day.", "D-Day", "MISC",
                        List.of("D-Day/MISC")),
                Arguments.of("hyphen inside an unknown name", "the Lakeview-Hollis Company", "Lakeview-Hollis", "ORG",
                        List.of("Lakeview-Hollis/ORG")),
                Arguments.of("coordination repeating its head", "the Department of Labor and Department of Energy",
                        "Department of Labor and Department of Energy", "ORG",
                        List.of("Department of Labor/ORG", "Department of Energy/ORG")),
                Arguments.of("coordination of listed names", "Peru, Chile and Bolivia", "Peru, Chile and Bolivia", "LOC",
                        List.of("Peru/LOC", "Chile/LOC", "Bolivia/LOC")),
                Arguments.of("coordination that is one name", "Trinidad and Tobago", "Trinidad and Tobago", "LOC",
                        List.of("Trinidad and Tobago/LOC")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void normalises(String rule, String sentence, String found, String type, List<String> expected) throws Exception {
        JCas jcas = TestDocuments.jcas(sentence);
        TestDocuments.entity(jcas, found, type);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactlyElementsOf(expected);
    }

    @Test
    void joinsNamesThatShareAPluralHead() throws Exception {
        JCas jcas = TestDocuments.jcas("Patrols in the North and Baltic Seas grew.");
        TestDocuments.entity(jcas, "North", "LOC");
        TestDocuments.entity(jcas, "Baltic Seas", "ORG");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("North and Baltic Seas/LOC");
    }

    @Test
    void joinsAlsoWhenTheFirstNameWasMissed() throws Exception {
        JCas jcas = TestDocuments.jcas("Patrols in the Adriatic and Ionian Seas grew.");
        TestDocuments.entity(jcas, "Ionian Seas", "LOC");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Adriatic and Ionian Seas/LOC");
    }

    @Test
    void joinsANicknameInMarksIntoThePersonsName() throws Exception {
        JCas jcas = TestDocuments.jcas("The marchers cheered Ana “Chica” Lopez of Lima and Rui Costa.");
        TestDocuments.entity(jcas, "Ana", "PER");
        TestDocuments.entity(jcas, "Chica", "ORG");
        TestDocuments.entity(jcas, "Lopez of Lima", "ORG");
        TestDocuments.entity(jcas, "Rui Costa", "PER");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Ana “Chica” Lopez/PER", "Rui Costa/PER");
    }

    @Test
    void keepsAWordInMarksBetweenNamesOfAHeadlineOutOfThem() throws Exception {
        JCas jcas = TestDocuments.jcas("Lopez ‘Stuns’ Costa With Rally Speech\n\nThe marchers cheered his rally speech.");
        TestDocuments.entity(jcas, "Lopez", "PER");
        TestDocuments.entity(jcas, "Costa", "PER");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Lopez/PER", "Costa/PER");
    }

    @Test
    void cutsTheAuxiliaryThatOpensAQuestionOffAName() throws Exception {
        JCas jcas = TestDocuments.jcas("Will Lopez run again?\nWill Lopez ran the race.");
        TestDocuments.entity(jcas, "Will Lopez", "PER");
        TestDocuments.entity(jcas, "Will Lopez", "PER", jcas.getDocumentText().lastIndexOf("Will Lopez"));

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Lopez/PER", "Will Lopez/PER");
    }

    @Test
    void widensAPersonsNameOverItsGenerationalSuffix() throws Exception {
        JCas jcas = TestDocuments.jcas("Harry Hurt III met William F. Buckley, Jr. and Ana Lopez II, not Title IV of Sam Roe Industries.");
        TestDocuments.entity(jcas, "Harry Hurt", "PER");
        TestDocuments.entity(jcas, "William F. Buckley", "PER");
        TestDocuments.entity(jcas, "Ana Lopez", "PER");
        TestDocuments.entity(jcas, "II", "MISC");
        TestDocuments.entity(jcas, "Title IV", "MISC");
        TestDocuments.entity(jcas, "Sam Roe", "ORG");

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Harry Hurt III/PER", "William F. Buckley, Jr./PER",
                "Ana Lopez II/PER", "Title IV/MISC", "Sam Roe/ORG");
    }
}
