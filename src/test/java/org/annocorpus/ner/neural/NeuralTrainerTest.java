package org.annocorpus.ner.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.conll.Conll2003Parser;
import org.annocorpus.ner.tagger.Encoding;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.junit.jupiter.api.Test;

/** Trains tiny networks on an invented CoNLL fixture: the training code learns, deterministically, and a model survives writing. */
class NeuralTrainerTest {

    /** Invented sentences: people after "Mr." or before "said", places after "in", firms before "Corp". */
    private static final String[] PEOPLE = {"Halvor", "Quenby", "Tamsin", "Orrin", "Bexley", "Corvin", "Lisette", "Ambrin"};
    private static final String[] PLACES = {"Varnholm", "Ostrava", "Pellucid", "Durnford", "Kestria", "Morvale"};
    private static final String[] FIRMS = {"Zentrix", "Hollowell", "Braddock", "Quillon", "Fenwick", "Stellar"};

    private static List<List<TaggedSentence>> fixture() throws Exception {
        StringBuilder conll = new StringBuilder();
        for (int k = 0; k < 24; k++) {
            conll.append("Mr. O\n").append(PEOPLE[k % PEOPLE.length]).append(" B-PER\nmet O\nstaff O\nin O\n")
                    .append(PLACES[k % PLACES.length]).append(" B-LOC\n. O\n\n");
            conll.append(FIRMS[(k / 2) % FIRMS.length]).append(" B-ORG\nCorp O\nhired O\n")
                    .append(PEOPLE[(k + 3) % PEOPLE.length]).append(" B-PER\n").append(PEOPLE[(k + 5) % PEOPLE.length])
                    .append(" I-PER\n. O\n\n");
        }
        List<List<TaggedSentence>> docs = new ArrayList<>();
        for (Conll2003Parser.Document d : Conll2003Parser.parse("fixture", new StringReader(conll.toString()))) {
            List<TaggedSentence> sentences = new ArrayList<>();
            for (Conll2003Parser.Sentence s : d.sentences()) {
                sentences.add(new TaggedSentence(s.tokens(),
                        s.entities().stream().map(e -> new Span(e.first(), e.last(), e.type())).toList()));
            }
            docs.add(sentences);
        }
        return docs;
    }

    private static BiLstmCrf train(boolean crf, StringWriter log) throws Exception {
        NeuralConfig config = new NeuralConfig(8, 4, 6, 8, crf, 0.1, Encoding.BILOU);
        NeuralTrainer trainer = new NeuralTrainer(new NeuralTrainer.Options(config, 12, 7, 4, 0.02, 0.0, 5.0, 10, 0),
                new PrintWriter(log, true));
        // two pretrained vectors, to pass through the vocabulary's GloVe path
        List<String> gloveWords = List.of("met", "in");
        List<float[]> gloveVectors = List.of(new float[] {1, 0, 0, 0, 0, 0, 0, 0}, new float[] {0, 1, 0, 0, 0, 0, 0, 0});
        List<List<TaggedSentence>> docs = fixture();
        return trainer.train(docs, docs.subList(0, 1), gloveWords, gloveVectors);
    }

    private static byte[] bytes(BiLstmCrf net) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NeuralModels.write(net, "fixture", out);
        return out.toByteArray();
    }

    @Test
    void learnsTheFixtureAndTagsNewNamesInTheSameContexts() throws Exception {
        StringWriter log = new StringWriter();
        BiLstmCrf net = train(true, log);

        assertThat(log.toString()).contains("epoch 12: loss", "dev P 100.00 R 100.00 F1 100.00",
                "vocabulary", "(2 with GloVe vectors)");
        assertThat(NeuralTrainer.score(net, fixture()).get("ALL")).containsExactly(96, 96, 96);
        assertThat(net.tagSentence(List.of("Mr.", "Dravik", "met", "staff", "in", "Solnara", ".")))
                .containsExactly(new Span(1, 1, "PER"), new Span(5, 5, "LOC"));
        assertThat(net.tagSentence(List.of("Zentrix", "Corp", "hired", "Quenby", "Orrin", ".")))
                .containsExactly(new Span(0, 0, "ORG"), new Span(3, 4, "PER"));
    }

    @Test
    void theAblationWithoutCrfLearnsTheFixtureToo() throws Exception {
        BiLstmCrf net = train(false, new StringWriter());

        assertThat(NeuralTrainer.score(net, fixture()).get("ALL")).containsExactly(96, 96, 96);
    }

    @Test
    void trainingIsDeterministicAndAModelTagsTheSameAfterWritingAndReading() throws Exception {
        BiLstmCrf net = train(true, new StringWriter());
        byte[] written = bytes(net);

        assertThat(bytes(train(true, new StringWriter()))).isEqualTo(written);
        BiLstmCrf read = NeuralModels.read(new ByteArrayInputStream(written), "memory");
        assertThat(NeuralModels.provenance(new ByteArrayInputStream(written))).isEqualTo("fixture");
        List<String> sentence = List.of("Mr.", "Tamsin", "met", "staff", "in", "Kestria", ".");
        assertThat(read.tagSentence(sentence)).isEqualTo(net.tagSentence(sentence))
                .containsExactly(new Span(1, 1, "PER"), new Span(5, 5, "LOC"));
        assertThat(bytes(read)).isEqualTo(written);
    }
}
