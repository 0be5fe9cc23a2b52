package org.annocorpus.ner;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.annocorpus.ner.tagger.EntityTagger;
import org.annocorpus.ner.tagger.TaggerModels;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** The shipped trained model, loaded from the class path, on invented sentences. */
class TrainedNamedEntityRecognizerTest {

    @Test
    void theShippedModelTagsAnInventedSentence() throws Exception {
        JCas jcas = TestDocuments.jcas(
                "Maria Gonzalez of the International Monetary Fund flew to New Zealand with Swiss bankers on Tuesday.");
        AnalysisEngine engine = createEngine(TrainedNamedEntityRecognizer.class);

        engine.process(jcas);

        assertThat(TestDocuments.entities(jcas)).containsExactly("Maria Gonzalez/PER",
                "International Monetary Fund/ORG", "New Zealand/LOC", "Swiss/MISC");
    }

    @Test
    void theShippedModelSaysWhereItComesFrom() throws Exception {
        EntityTagger tagger = TaggerModels.model(TaggerModels.DEFAULT);

        assertThat(tagger.provenance()).contains("eng.train", "seed");
        assertThat(tagger.featureGroups()).contains("distsim", "glove");
    }
}
