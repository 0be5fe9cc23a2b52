package org.annocorpus.ner.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annocorpus.conll.Conll2003Parser;
import org.junit.jupiter.api.Test;

/** Trains tiny models on an invented CoNLL fixture: the training code learns, and a model survives writing. */
class TaggerTrainerTest {

    /** Invented sentences: people after "Mr." or before "said", places after "in", firms before "Corp". */
    private static final String[] PEOPLE = {"Halvor", "Quenby", "Tamsin", "Orrin", "Bexley", "Corvin", "Lisette", "Ambrin"};
    private static final String[] PLACES = {"Varnholm", "Ostrava", "Pellucid", "Durnford", "Kestria", "Morvale"};
    private static final String[] FIRMS = {"Zentrix", "Hollowell", "Braddock", "Quillon", "Fenwick", "Stellar"};

    private static List<List<TaggedSentence>> fixture() throws Exception {
        StringBuilder conll = new StringBuilder();
        for (int k = 0; k < 24; k++) {
            String person = PEOPLE[k % PEOPLE.length];
            String place = PLACES[k % PLACES.length];
            String firm = FIRMS[(k / 2) % FIRMS.length];
            conll.append("Mr. O\n").append(person).append(" B-PER\nmet O\nstaff O\nin O\n").append(place)
                    .append(" B-LOC\n. O\n\n");
            conll.append(firm).append(" B-ORG\nCorp O\nhired O\n").append(PEOPLE[(k + 3) % PEOPLE.length])
                    .append(" B-PER\n").append(PEOPLE[(k + 5) % PEOPLE.length]).append(" I-PER\n. O\n\n");
            if (k % 4 == 3) {
                conll.append("-DOCSTART- O\n\n");
            }
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

    private static EntityTagger train(Encoding encoding, boolean twoPass, StringWriter log) throws Exception {
        TaggerTrainer trainer = new TaggerTrainer(
                new TaggerTrainer.Options(encoding, Set.of("affix", "context", "doc", "history"), 5, 7, twoPass),
                WordClusters.empty(), null, new PrintWriter(log, true));
        return trainer.train(fixture(), List.of(), "fixture");
    }

    private static List<Span> tag(EntityTagger tagger, String... tokens) {
        return tagger.tag(List.of(new TaggedSentence(List.of(tokens), List.of()))).get(0);
    }

    @Test
    void learnsTheFixtureAndGeneralisesToNewNamesInTheSameContexts() throws Exception {
        StringWriter log = new StringWriter();
        EntityTagger tagger = train(Encoding.BILOU, false, log);

        assertThat(log.toString()).contains("pass 1: epoch 5");
        assertThat(tag(tagger, "Mr.", "Dravik", "met", "staff", "in", "Solnara", "."))
                .containsExactly(new Span(1, 1, "PER"), new Span(5, 5, "LOC"));
        assertThat(tag(tagger, "Zentrix", "Corp", "hired", "Quenby", "Orrin", "."))
                .containsExactly(new Span(0, 0, "ORG"), new Span(3, 4, "PER"));
    }

    @Test
    void perceptronsOfSeveralOrdersAreAveragedIntoOneModel() throws Exception {
        StringWriter log = new StringWriter();
        TaggerTrainer trainer = new TaggerTrainer(
                new TaggerTrainer.Options(Encoding.BILOU, Set.of("affix", "context"), 5, 7, false, 3),
                WordClusters.empty(), null, new PrintWriter(log, true));
        EntityTagger tagger = trainer.train(fixture(), List.of(), "fixture");

        assertThat(log.toString()).contains("pass 1, order 1 of 3: epoch 5", "pass 1, order 3 of 3: epoch 5");
        assertThat(tag(tagger, "Mr.", "Dravik", "met", "staff", "in", "Solnara", "."))
                .containsExactly(new Span(1, 1, "PER"), new Span(5, 5, "LOC"));
        assertThatThrownBy(() -> new TaggerTrainer.Options(Encoding.BILOU, Set.of(), 5, 7, false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orders");
    }

    @Test
    void aTwoPassBioModelTagsTheSameAfterWritingAndReading() throws Exception {
        EntityTagger tagger = train(Encoding.BIO, true, new StringWriter());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);

        EntityTagger read = EntityTagger.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");

        assertThat(read.twoPass()).isTrue();
        assertThat(read.provenance()).isEqualTo("fixture");
        String[] sentence = {"Mr.", "Tamsin", "met", "staff", "in", "Kestria", "."};
        assertThat(tag(read, sentence)).isEqualTo(tag(tagger, sentence))
                .containsExactly(new Span(1, 1, "PER"), new Span(5, 5, "LOC"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    /** Names of three kinds in one and the same context: only their word vectors tell the kinds apart. */
    @Test
    void wordVectorsTypeUnseenNamesAndSurviveWritingAndReading() throws Exception {
        String[][] kinds = {PEOPLE, PLACES, FIRMS};
        String[] types = {"PER", "LOC", "ORG"};
        List<String> words = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        StringBuilder conll = new StringBuilder();
        java.util.Random noise = new java.util.Random(3);
        for (int kind = 0; kind < 3; kind++) {
            List<String> names = new ArrayList<>(List.of(kinds[kind]));
            names.add(new String[] {"Dravik", "Solnara", "Trevane"}[kind]); // unseen in training
            for (String name : names) {
                float[] v = new float[4];
                for (int d = 0; d < 4; d++) {
                    v[d] = (d == kind ? 1f : 0f) + (float) (0.1 * noise.nextGaussian());
                }
                words.add(name);
                vectors.add(v);
                if (!name.equals(names.get(names.size() - 1))) {
                    conll.append(name).append(" B-").append(types[kind]).append("\narrived O\n. O\n\n");
                }
            }
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
        TaggerTrainer trainer = new TaggerTrainer(new TaggerTrainer.Options(Encoding.BILOU, Set.of("vectors"), 10, 7,
                false), WordClusters.empty(), null, WordVectors.of(words, vectors, 0.5), new PrintWriter(new StringWriter()));
        EntityTagger tagger = trainer.train(docs, List.of(), "fixture");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        EntityTagger read = EntityTagger.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");

        for (EntityTagger t : List.of(tagger, read)) {
            assertThat(tag(t, "Dravik", "arrived", ".")).containsExactly(new Span(0, 0, "PER"));
            assertThat(tag(t, "Solnara", "arrived", ".")).containsExactly(new Span(0, 0, "LOC"));
            assertThat(tag(t, "Trevane", "arrived", ".")).containsExactly(new Span(0, 0, "ORG"));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(again);
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    /**
     * Names of three kinds in one and the same context: only the name lists they are on (group wiki) tell the
     * kinds apart, also for names never seen in training; the lists travel in the model file.
     */
    @Test
    void nameListsTypeUnseenNamesAndTravelInTheModel() throws Exception {
        String[][] kinds = {PEOPLE, PLACES, FIRMS};
        String[] types = {"PER", "LOC", "ORG"};
        String[] unseen = {"Dravik", "Solnara", "Trevane"};
        java.util.Map<String, List<String>> lists = new java.util.TreeMap<>();
        List<TaggedSentence> doc = new ArrayList<>();
        for (int kind = 0; kind < 3; kind++) {
            List<String> names = new ArrayList<>(List.of(kinds[kind]));
            for (String name : names) {
                doc.add(new TaggedSentence(List.of(name, "arrived", "."), List.of(new Span(0, 0, types[kind]))));
            }
            names.add(unseen[kind]);
            lists.put("list" + kind, names);
        }
        TaggerTrainer trainer = new TaggerTrainer(new TaggerTrainer.Options(Encoding.BILOU, Set.of("wiki"), 10, 7,
                false), WordClusters.empty(), null, WordVectors.empty(), NameLists.of(lists),
                new PrintWriter(new StringWriter()));
        EntityTagger tagger = trainer.train(List.of(doc), List.of(), "fixture");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        EntityTagger read = EntityTagger.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");

        assertThat(read.featureGroups()).contains("wiki");
        for (EntityTagger t : List.of(tagger, read)) {
            assertThat(tag(t, "Dravik", "arrived", ".")).containsExactly(new Span(0, 0, "PER"));
            assertThat(tag(t, "Solnara", "arrived", ".")).containsExactly(new Span(0, 0, "LOC"));
            assertThat(tag(t, "Trevane", "arrived", ".")).containsExactly(new Span(0, 0, "ORG"));
        }
        assertThatThrownBy(() -> new TaggerTrainer(new TaggerTrainer.Options(Encoding.BILOU, Set.of("wiki"), 10, 7,
                false), WordClusters.empty(), null, WordVectors.empty(), NameLists.empty(),
                new PrintWriter(new StringWriter()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name lists");
    }

    /** Sentences "visit NAME ." with NAME of one type, one document of {@code n} sentences. */
    private static List<TaggedSentence> visits(int n, String type) {
        List<TaggedSentence> doc = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            doc.add(new TaggedSentence(List.of("visit", "Brayle", "."), List.of(new Span(1, 1, type))));
        }
        return doc;
    }

    /**
     * A general corpus calls "Brayle" an organisation three times, the in-domain corpus a place once: at weight
     * 1 the general corpus outvotes it, at weight 6 the in-domain convention wins.
     */
    @Test
    void inDomainDocumentsCountAsOftenAsTheirWeight() {
        List<List<TaggedSentence>> general = List.of(visits(3, "ORG"));
        List<List<TaggedSentence>> inDomain = List.of(visits(1, "LOC"));
        for (int weight : new int[] {1, 6}) {
            StringWriter log = new StringWriter();
            TaggerTrainer trainer = new TaggerTrainer(
                    new TaggerTrainer.Options(Encoding.BILOU, Set.of("context"), 5, 7, false),
                    WordClusters.empty(), null, new PrintWriter(log, true));
            EntityTagger tagger = trainer.train(general, inDomain, weight, List.of(), "fixture");

            assertThat(tag(tagger, "visit", "Brayle", ".")).as("weight " + weight)
                    .containsExactly(new Span(1, 1, weight == 1 ? "ORG" : "LOC"));
            assertThat(log.toString()).as("weight " + weight)
                    .contains(weight == 1 ? "pass 1: 4 sentences, " : "pass 1: 4 sentences (9 visits per epoch)");
        }
    }

    /**
     * With feature augmentation (group domain) the in-domain copies of the features learn the in-domain
     * convention even at weight 1, and the model, which tags all text as in-domain, follows it; the copies
     * survive writing and reading.
     */
    @Test
    void featureAugmentationLearnsTheInDomainConventionAtWeightOne() throws Exception {
        TaggerTrainer trainer = new TaggerTrainer(
                new TaggerTrainer.Options(Encoding.BILOU, Set.of("context", "domain"), 5, 7, false),
                WordClusters.empty(), null, new PrintWriter(new StringWriter(), true));
        EntityTagger tagger = trainer.train(List.of(visits(3, "ORG")), List.of(visits(1, "LOC")), 1, List.of(),
                "fixture");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        EntityTagger read = EntityTagger.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");

        assertThat(read.featureGroups()).contains("domain");
        for (EntityTagger t : List.of(tagger, read)) {
            assertThat(tag(t, "visit", "Brayle", ".")).containsExactly(new Span(1, 1, "LOC"));
        }
    }

    @Test
    void encodingsRoundTripEntities() {
        List<Span> spans = List.of(new Span(0, 0, "PER"), new Span(2, 4, "ORG"), new Span(5, 5, "ORG"));
        for (Encoding e : Encoding.values()) {
            assertThat(Encoding.decode(e.encode(6, spans))).as(e.name()).isEqualTo(spans);
        }
        assertThat(Encoding.BILOU.allowed("B-ORG", "O")).isFalse();
        assertThat(Encoding.BIO.allowed("O", "I-ORG")).isFalse();
    }
}
