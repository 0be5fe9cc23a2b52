package org.annocorpus.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.GoldDocument.GoldQuotation;
import org.annocorpus.quote.SpeakerRankerTraining.Settings;
import org.annocorpus.testing.Preprocessing;
import org.annocorpus.type.Quotation;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The speaker ranker: trained on an invented fixture, and the shipped model on an invented paragraph. */
class SpeakerRankerTest {

    private static AnalysisEngine preprocessing;

    @BeforeAll
    static void engines() throws Exception {
        preprocessing = createEngine(Preprocessing.description());
    }

    /**
     * A fixture where no sieve decides and the gold speaker is the subject of the sentence before, never the
     * name nearest to the quotation (which comes first among the candidates, so an untrained ranker picks it).
     */
    private static GoldDocument fixture(String id, String subject, String other) throws Exception {
        return quotedAfter(id, subject + " met " + other + " in the capital on Monday. ", subject);
    }

    /** A document of {@code before} and a quotation of {@code subject}'s after it. */
    private static GoldDocument quotedAfter(String id, String before, String subject) throws Exception {
        String text = before + "“We will rebuild the old bridge.”";
        JCas jcas = preprocess(text);
        int begin = text.indexOf("We will");
        int end = text.indexOf("bridge.") + "bridge".length();
        return GoldDocument.of(id, jcas, List.of(new GoldQuotation(begin, end, subject)));
    }

    private static JCas preprocess(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        preprocessing.process(jcas);
        return jcas;
    }

    @Test
    void trainingLearnsToPreferTheRightCandidate() throws Exception {
        List<GoldDocument> train = new ArrayList<>();
        String[][] names = {{"Carlos Ortega", "Ana Reyes"}, {"Maria Lopez", "Tom Baker"}, {"Jun Park", "Eva Stone"},
                {"Omar Haddad", "Lena Fischer"}, {"Paul Nguyen", "Rosa Diaz"}, {"Ivan Petrov", "Sara Cohen"}};
        for (int i = 0; i < names.length; i++) {
            train.add(fixture("train" + i, names[i][0], names[i][1]));
        }
        List<GoldDocument> test = List.of(fixture("test", "Nadia Karim", "Felix Wagner"));
        WordClusters clusters = WordClusters.empty();
        SpeakerRanker untrained = new SpeakerRanker(new HashMap<>(), Set.copyOf(SpeakerCandidates.GROUPS), "none", clusters);
        SpeakerRanker ranker = SpeakerRankerTraining.train(SpeakerRankerTraining.examples(train, clusters),
                Settings.defaults(), "none", clusters);

        assertThat(SpeakerRankerTraining.evaluate(test, null)).extracting("agree", "matched").containsExactly(0, 1);
        assertThat(SpeakerRankerTraining.evaluate(test, untrained)).extracting("agree", "matched").containsExactly(0, 1);
        assertThat(SpeakerRankerTraining.evaluate(test, ranker)).extracting("agree", "matched").containsExactly(1, 1);
        assertThat(QuotationAnnotator.extract(test.get(0).model, SpeakerSieves.named(null), ranker))
                .extracting(QuotationAnnotator.Found::speaker, f -> f.attribution().sieve())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nadia Karim", "ranker:name-paragraph"));

        // the written model reads back with the same weights
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ranker.write(bytes, false, List.of("fixture"));
        SpeakerRanker read = SpeakerRanker.read(new BufferedReader(new StringReader(
                bytes.toString(StandardCharsets.UTF_8))), "fixture");
        assertThat(SpeakerRankerTraining.evaluate(test, read)).extracting("agree").isEqualTo(1);
        assertThat(read.groups).isEqualTo(ranker.groups);
    }

    @Test
    void theModelIsTheMeanOfTheModelsOfItsExampleOrders() throws Exception {
        List<GoldDocument> train = new ArrayList<>();
        String[][] names = {{"Carlos Ortega", "Ana Reyes"}, {"Maria Lopez", "Tom Baker"}};
        for (int i = 0; i < names.length; i++) {
            train.add(fixture("train" + i, names[i][0], names[i][1]));
        }
        // a document of another shape, so that the examples differ and their order can matter
        train.add(quotedAfter("train2", "Eva Stone spoke after Jun Park in the hall. Jun Park then thanked the council. ",
                "Jun Park"));
        WordClusters clusters = WordClusters.empty();
        List<SpeakerRankerTraining.Example> examples = SpeakerRankerTraining.examples(train, clusters);
        Settings one = new Settings(Set.copyOf(SpeakerCandidates.GROUPS), 7, 10, 1e-3, 0.1, 1);
        SpeakerRanker seven = SpeakerRankerTraining.train(examples, one, "none", clusters);
        SpeakerRanker eight = SpeakerRankerTraining.train(examples,
                new Settings(one.groups(), 8, one.epochs(), one.l2(), one.rate(), 1), "none", clusters);
        SpeakerRanker both = SpeakerRankerTraining.train(examples,
                new Settings(one.groups(), 7, one.epochs(), one.l2(), one.rate(), 2), "none", clusters);

        assertThat(seven.weights).isNotEqualTo(eight.weights); // the order matters
        assertThat(both.weights.keySet()).isEqualTo(seven.weights.keySet());
        for (String f : both.weights.keySet()) {
            assertThat(both.weights.get(f)).as(f)
                    .isCloseTo((seven.weights.get(f) + eight.weights.get(f)) / 2, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThatThrownBy(() -> new Settings(one.groups(), 7, 10, 1e-3, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The training example of the one quotation from {@code first} to {@code last} (its last word) in {@code text}. */
    private static SpeakerRankerTraining.Example example(String text, String first, String last, String speaker)
            throws Exception {
        int begin = text.indexOf(first);
        int end = text.indexOf(last, begin) + last.length();
        GoldDocument d = GoldDocument.of("d", preprocess(text), List.of(new GoldQuotation(begin, end, speaker)));
        return SpeakerRankerTraining.examples(List.of(d), WordClusters.empty()).get(0);
    }

    /** The features of the example's candidates that name the gold speaker ({@code right}) or not. */
    private static List<List<String>> candidates(SpeakerRankerTraining.Example e, boolean right) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < e.features().size(); i++) {
            if (e.correct()[i] == right) {
                out.add(e.features().get(i));
            }
        }
        return out;
    }

    @Test
    void aCandidateNamedInsideTheQuotationIsMarkedSo() throws Exception {
        // the speaker seldom names itself in its own words; the person it talks about often is a candidate too
        SpeakerRankerTraining.Example e = example(
                "Carlos Ortega met Maria Lopez in Lima on Monday. “Ortega cannot win this race,” Lopez said.",
                "Ortega cannot", "race", "Maria Lopez");

        assertThat(candidates(e, true)).singleElement().asList().contains("content:namedInside=false")
                .doesNotContain("content:namedInside=true");
        assertThat(candidates(e, false)).anySatisfy(f -> assertThat(f).contains("content:namedInside=true"));
    }

    @Test
    void aCandidatesRoleIsReadFromItsNeighbours() throws Exception {
        // the subject of "said" stands before a verb; the name after "for" and the possessor do not speak here
        SpeakerRankerTraining.Example e = example(
                "Ana Reyes spoke for Tom Baker at Eva Stone's office. “We will rebuild the old bridge,” Reyes said.",
                "We will", "bridge", "Ana Reyes");

        assertThat(candidates(e, true)).singleElement().asList().contains("role:after=VERB");
        assertThat(candidates(e, false)).anySatisfy(f -> assertThat(f).contains("role:before=ADP=for"))
                .anySatisfy(f -> assertThat(f).contains("role:before=ADP=at", "role:after=possessive"));
    }

    @Test
    void aDescriptionsCandidateTellsWhatItsHeadNames() throws Exception {
        // a text the sieves name speaks for itself; a person's description may stand for a name the rules missed
        SpeakerRankerTraining.Example e = example(
                "Ana Reyes met the lawyers on Monday. The statement said the plan “is working,” the lawyers added.",
                "is working", "working", "statement");

        assertThat(candidates(e, true)).singleElement().asList().contains("kind:nominalHead=text&plural=false");
        assertThat(candidates(e, false)).anySatisfy(f -> assertThat(f).contains("kind:nominalHead=person&plural=true"));
    }

    @Test
    void aPronounCandidateTellsHowThePronounWasResolved() throws Exception {
        // "he" goes back one sentence to its subject: a speaker or subject is a safer antecedent than another name
        SpeakerRankerTraining.Example e = example(
                "Carlos Ortega met Maria Lopez in Lima on Monday.\n“We will rebuild the old bridge,” he said.",
                "We will", "bridge", "Carlos Ortega");

        assertThat(candidates(e, true)).singleElement().asList()
                .contains("kind:NAME-pronoun", "kind:pronounRoute=prominent&back=1");
    }

    @Test
    void aModelFileWithoutItsHeaderIsRefused() {
        assertThatThrownBy(() -> SpeakerRanker.read(new BufferedReader(new StringReader("sieve:none\t1\n")), "m.txt"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.txt");
        assertThatThrownBy(() -> SpeakerRanker.read(new BufferedReader(new StringReader(
                "groups sieve\nclusters none\nsieve:none 1\n")), "m.txt"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.txt, line 3");
    }

    @Test
    void theShippedModelAttributesAnInventedParagraph() throws Exception {
        AnalysisEngine ranked = createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SPEAKER_MODEL,
                QuotationAnnotator.DEFAULT_SPEAKER_MODEL);
        JCas jcas = preprocess("Finance Minister Carlos Ortega spoke in Lima on Monday. “Prices will fall,” Ortega told "
                + "reporters. “Wages will rise.”\n“We are ready,” said Maria Lopez, the central bank governor.");
        ranked.process(jcas);
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getAttributionSieve().startsWith("ranker:"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Prices will fall", "Carlos Ortega", true),
                        org.assertj.core.groups.Tuple.tuple("Wages will rise", "Carlos Ortega", true),
                        org.assertj.core.groups.Tuple.tuple("We are ready", "Maria Lopez", true));
    }
}
