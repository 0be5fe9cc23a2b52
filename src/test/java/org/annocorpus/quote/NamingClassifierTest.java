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
import java.util.List;
import java.util.Map;

import org.annocorpus.quote.NamingClassifierTraining.Settings;
import org.annocorpus.quote.GoldDocument.GoldQuotation;
import org.annocorpus.testing.Preprocessing;
import org.annocorpus.type.Quotation;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** The classifier of quoted words only named: trained on invented fixtures, and the shipped model. */
class NamingClassifierTest {

    /**
     * A document with a term in scare quotes before a noun (not gold) and a quotation its speaker is said to say
     * (gold).
     */
    private static GoldDocument fixture(String id, String speaker, String term) throws Exception {
        String text = speaker + " visited the port on Monday. The “" + term + "” plan was dropped last year. “We will"
                + " rebuild the old bridge,” " + speaker + " said.";
        int begin = text.indexOf("We will");
        int end = text.indexOf("bridge,") + "bridge".length();
        return GoldDocument.of(id, Preprocessing.annotate(text), List.of(new GoldQuotation(begin, end, speaker)));
    }

    @Test
    void trainingLearnsToDropTermsAndKeepQuotations() throws Exception {
        String[][] fixtures = {{"Carlos Ortega", "green"}, {"Maria Lopez", "fast track"}, {"Jun Park", "open door"},
                {"Omar Haddad", "clean slate"}, {"Paul Nguyen", "reset"}, {"Ivan Petrov", "grand bargain"}};
        List<GoldDocument> train = new ArrayList<>();
        for (int i = 0; i < fixtures.length; i++) {
            train.add(fixture("train" + i, fixtures[i][0], fixtures[i][1]));
        }
        List<GoldDocument> test = List.of(fixture("test", "Nadia Karim", "fresh start"));
        NamingClassifier classifier = NamingClassifierTraining.train(NamingClassifierTraining.examples(train),
                new Settings(1, 10, 1e-3, 0.1, 5));

        // the rules keep the term; the classifier drops it and keeps the quotation
        assertThat(NamingClassifierTraining.spans(test, null)).extracting("gold", "system", "correct")
                .containsExactly(1, 2, 1);
        assertThat(NamingClassifierTraining.spans(test, classifier)).extracting("gold", "system", "correct")
                .containsExactly(1, 1, 1);

        // the written model reads back with the same weights
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.write(bytes, false, List.of("fixture"));
        NamingClassifier read = NamingClassifier.read(new BufferedReader(new StringReader(
                bytes.toString(StandardCharsets.UTF_8))), "fixture");
        assertThat(read.weights.keySet()).isEqualTo(classifier.weights.keySet());
        assertThat(NamingClassifierTraining.spans(test, read)).extracting("system").isEqualTo(1);
    }

    @Test
    void theFeaturesReadTheWordsAroundTheMarks() throws Exception {
        GoldDocument d = fixture("d", "Carlos Ortega", "green");
        List<NamingClassifierTraining.Example> examples = NamingClassifierTraining.examples(List.of(d));

        assertThat(examples).extracting(NamingClassifierTraining.Example::quotation).containsExactly(false, true);
        assertThat(examples.get(0).features()).contains("proposed=false", "words=1", "wordBefore=the",
                "nounAfter=true&last=ADJ");
        assertThat(examples.get(1).features()).contains("proposed=true", "words=6", "verb=true", "pronoun=true");
    }

    @Test
    void longQuotedWordsAreAlwaysKept() throws Exception {
        // a model that would drop everything still keeps quoted words longer than a name or term
        NamingClassifier dropAll = new NamingClassifier(Map.of("bias", -100.0));
        TextModel m = QuotationAnnotator.model(Preprocessing.annotate(
                "The “green” plan was dropped. “We will rebuild the old bridge this year,” Ortega said."));
        QuotationAnnotator.markedQuotations(m);

        assertThat(dropAll.quotations(m)).extracting(s -> m.text.substring(s.contentBegin(), s.contentEnd()))
                .containsExactly("We will rebuild the old bridge this year");
    }

    @Test
    void aModelFileWithoutItsBiasOrWithABadLineIsRefused() {
        assertThatThrownBy(() -> NamingClassifier.read(new BufferedReader(new StringReader("words=1\t1\n")), "m.txt"))
                .isInstanceOf(IOException.class).hasMessageContaining("m.txt").hasMessageContaining("bias");
        assertThatThrownBy(() -> NamingClassifier.read(new BufferedReader(new StringReader("bias\t1\nwords=1 1\n")),
                "m.txt")).isInstanceOf(IOException.class).hasMessageContaining("m.txt, line 2");
    }

    @Test
    void theShippedModelDropsATermAndKeepsTheQuotations() throws Exception {
        String text = "Finance Minister Carlos Ortega spoke in Lima on Monday. “Prices will fall,” Ortega told"
                + " reporters. The party’s “reform” wing has lost two seats since the “establishment” candidate won.";
        AnalysisEngine rules = createEngine(QuotationAnnotator.class);
        AnalysisEngine classified = createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_NAMING_MODEL,
                QuotationAnnotator.DEFAULT_NAMING_MODEL);
        JCas byRules = Preprocessing.annotate(text);
        rules.process(byRules);
        JCas byClassifier = Preprocessing.annotate(text);
        classified.process(byClassifier);

        assertThat(select(byRules, Quotation.class)).extracting(Quotation::getCoveredText)
                .containsExactly("Prices will fall", "reform", "establishment");
        assertThat(select(byClassifier, Quotation.class)).extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Prices will fall", "Carlos Ortega"));
    }
}
