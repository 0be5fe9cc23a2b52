package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.ner.CoreNlpNamedEntityRecognizer.CombinationMode;
import org.annocorpus.ner.CoreNlpNamedEntityRecognizer.Mention;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.junit.jupiter.api.Test;

/** Runs CoreNLP's CoNLL-2003 CRF (loaded once per JVM) on invented sentences. */
class CoreNlpNamedEntityRecognizerTest {

    private static final Map<String, String> MAPPING = Map.of("PERSON", "PER", "LOCATION", "LOC",
            "ORGANIZATION", "ORG", "MISC", "MISC");

    @Test
    void writesOneEntityPerMultiTokenName() throws Exception {
        JCas jcas = TestDocuments.jcas("Maria Gonzalez of the International Monetary Fund visited New Zealand on Tuesday.");
        AnalysisEngine engine = createEngine(CoreNlpNamedEntityRecognizer.class);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas))
                .containsExactly("Maria Gonzalez/PER", "International Monetary Fund/ORG", "New Zealand/LOC");
    }

    @Test
    void mapsLabelsAndDropsUnmappedOnes() throws Exception {
        JCas jcas = TestDocuments.jcas("Maria Gonzalez flew from Lisbon to Brazil with Swiss bankers.");
        AnalysisEngine engine = createEngine(CoreNlpNamedEntityRecognizer.class,
                CoreNlpNamedEntityRecognizer.PARAM_LABEL_MAPPING, new String[] {"PERSON=PER", "MISC=MISC"});

        engine.process(jcas);

        // LOCATION has no mapping here, so the two places are left out
        assertThat(TestDocuments.entities(jcas)).containsExactly("Maria Gonzalez/PER", "Swiss/MISC");
    }

    @Test
    void seesTheNameWithoutATypographicPossessive() throws Exception {
        JCas jcas = TestDocuments.jcas("Norway’s fishing fleet returned to Bergen.");
        AnalysisEngine engine = createEngine(CoreNlpNamedEntityRecognizer.class);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Norway/LOC", "Bergen/LOC");
    }

    @Test
    void refusesAMalformedLabelMapping() {
        assertThatThrownBy(() -> CoreNlpNamedEntityRecognizer.parseMapping(new String[] {"PERSON"}))
                .isInstanceOf(ResourceInitializationException.class);
    }

    @Test
    void findsRunsOfEqualLabels() {
        assertThat(CoreNlpNamedEntityRecognizer.mentions(List.of("PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION"), "O"))
                .containsExactly(new Mention(0, 1, "PERSON"), new Mention(3, 3, "LOCATION"), new Mention(4, 4, "ORGANIZATION"));
    }

    @Test
    void combinesModelsLikeCoreNlpInNormalMode() {
        // the first model knows PERSON and LOCATION; the second also MISC and DATE
        List<List<Mention>> perModel = List.of(
                List.of(new Mention(0, 1, "PERSON")),
                List.of(new Mention(0, 0, "LOCATION"), new Mention(3, 3, "LOCATION"), new Mention(5, 5, "MISC")));
        List<Set<String>> labels = List.of(Set.of("PERSON", "LOCATION", "O"), Set.of("LOCATION", "MISC", "O"));

        assertThat(CoreNlpNamedEntityRecognizer.combine(CombinationMode.NORMAL, MAPPING, perModel, labels, 6))
                .containsExactly(new Mention(0, 1, "PERSON"), new Mention(5, 5, "MISC"));
        assertThat(CoreNlpNamedEntityRecognizer.combine(CombinationMode.HIGH_RECALL, MAPPING, perModel, labels, 6))
                .containsExactly(new Mention(0, 1, "PERSON"), new Mention(3, 3, "LOCATION"), new Mention(5, 5, "MISC"));
    }

    @Test
    void votesOnTypesLedByTheFirstModel() {
        List<List<Mention>> perModel = List.of(
                List.of(new Mention(0, 1, "ORGANIZATION"), new Mention(4, 4, "MISC")),
                List.of(new Mention(0, 1, "PERSON"), new Mention(6, 7, "LOCATION")),
                List.of(new Mention(0, 1, "PERSON"), new Mention(6, 7, "LOCATION"), new Mention(9, 9, "DATE")));
        List<Set<String>> labels = List.of(Set.of(), Set.of(), Set.of());

        // two of three models say PERSON for tokens 0-1; two agree on a place the first model missed;
        // the first model's MISC stands alone; DATE has no mapping
        assertThat(CoreNlpNamedEntityRecognizer.combine(CombinationMode.VOTE, MAPPING, perModel, labels, 10))
                .containsExactly(new Mention(0, 1, "PER"), new Mention(4, 4, "MISC"), new Mention(6, 7, "LOC"));
    }
}
