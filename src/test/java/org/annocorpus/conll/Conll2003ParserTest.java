package org.annocorpus.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.annocorpus.conll.Conll2003Parser.Document;
import org.annocorpus.conll.Conll2003Parser.Entity;
import org.junit.jupiter.api.Test;

class Conll2003ParserTest {

    private static List<Document> parse(String text) throws Exception {
        return Conll2003Parser.parse("test.conll", new StringReader(text));
    }

    // The same two sentences in the two encodings: IOB1 starts an entity with I- and uses B- only between
    // two adjacent entities of one type; IOB2 starts every entity with B-.
    private static final String IOB1 = """
            Anna NNP B-NP I-PER
            Berg NNP I-NP I-PER
            met VBD B-VP O
            Lars NNP B-NP I-PER
            Lars NNP I-NP B-PER
            in IN B-PP O
            Bergen NNP B-NP I-LOC
            . . O O

            Oslo NNP B-NP I-ORG
            Kommune NNP I-NP I-ORG
            """;
    private static final String IOB2 = """
            Anna NNP B-NP B-PER
            Berg NNP I-NP I-PER
            met VBD B-VP O
            Lars NNP B-NP B-PER
            Lars NNP I-NP B-PER
            in IN B-PP O
            Bergen NNP B-NP B-LOC
            . . O O

            Oslo NNP B-NP B-ORG
            Kommune NNP I-NP I-ORG
            """;

    @Test
    void readsIob1AndIob2IntoTheSameEntities() throws Exception {
        List<Document> iob1 = parse(IOB1);
        List<Document> iob2 = parse(IOB2);

        assertThat(iob1).hasSize(1);
        assertThat(iob1.get(0).sentences()).hasSize(2);
        assertThat(iob1.get(0).sentences().get(0).entities()).containsExactly(new Entity(0, 1, "PER"),
                new Entity(3, 3, "PER"), new Entity(4, 4, "PER"), new Entity(6, 6, "LOC"));
        assertThat(iob1.get(0).sentences().get(1).entities()).containsExactly(new Entity(0, 1, "ORG"));
        for (int s = 0; s < 2; s++) {
            assertThat(iob2.get(0).sentences().get(s).entities()).isEqualTo(iob1.get(0).sentences().get(s).entities());
        }
    }

    @Test
    void startsAnEntityWhereTheTypeChangesInsideARunOfITags() {
        assertThat(Conll2003Parser.decode(List.of("I-ORG", "I-LOC", "I-LOC", "O", "B-MISC", "I-MISC")))
                .containsExactly(new Entity(0, 0, "ORG"), new Entity(1, 2, "LOC"), new Entity(4, 5, "MISC"));
    }

    @Test
    void encodesEntitiesAsIob2() {
        assertThat(Conll2003Parser.encodeIob2(List.of(new Entity(0, 1, "PER"), new Entity(2, 2, "PER")), 4))
                .containsExactly("B-PER", "I-PER", "B-PER", "O");
    }

    @Test
    void splitsDocumentsAtDocstartLines() throws Exception {
        String text = """
                -DOCSTART- -X- -X- O

                Lima NNP B-NP B-LOC

                -DOCSTART- -X- -X- O

                Quito NNP B-NP B-LOC
                rains VBZ B-VP O

                Cusco NNP B-NP B-LOC
                """;

        List<Document> documents = parse(text);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).sentences()).extracting(s -> s.tokens()).containsExactly(List.of("Lima"));
        assertThat(documents.get(1).sentences()).extracting(s -> s.tokens())
                .containsExactly(List.of("Quito", "rains"), List.of("Cusco"));
        assertThat(documents.get(1).sentences().get(1).line()).isEqualTo(10);
    }

    @Test
    void readsTheTwoColumnForm() throws Exception {
        List<Document> documents = parse("Anna\tB-PER\nsmiled\tO\n");

        assertThat(documents.get(0).sentences().get(0).tokens()).containsExactly("Anna", "smiled");
        assertThat(documents.get(0).sentences().get(0).entities()).containsExactly(new Entity(0, 0, "PER"));
    }

    @Test
    void cutsAFileWithoutDocstartBeforeEachDateline() throws Exception {
        String text = """
                RUGBY NNP B-NP O

                LIMA NNP B-NP B-LOC
                1996-08-30 CD I-NP O

                Peru NNP B-NP B-LOC
                won VBD B-VP O

                SAILING NNP B-NP O

                QUITO NNP B-NP B-LOC
                1996-08-31 CD I-NP O

                Calm JJ B-NP O
                """;

        List<Document> documents = Conll2003Parser.splitAtDatelines(parse(text).get(0));

        assertThat(documents).extracting(d -> d.sentences().get(0).tokens().get(0)).containsExactly("RUGBY", "SAILING");
        assertThat(documents).extracting(d -> d.sentences().size()).containsExactly(3, 3);
    }

    @Test
    void namesTheLineOfABadTagOrAMissingColumn() {
        assertThatThrownBy(() -> parse("Anna NNP B-NP B-PER\nBerg NNP I-NP PER\n"))
                .hasMessageContaining("test.conll, line 2").hasMessageContaining("'PER'");
        assertThatThrownBy(() -> parse("Anna NNP B-NP B-PER\nBerg B-PER\n"))
                .hasMessageContaining("test.conll, line 2").hasMessageContaining("columns");
        assertThatThrownBy(() -> parse("Anna\n")).hasMessageContaining("line 1");
    }
}
