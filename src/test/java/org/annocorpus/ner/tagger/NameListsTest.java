package org.annocorpus.ner.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name lists as tagger features: longest matches per list, case ignored, lists read from files and models. */
class NameListsTest {

    private static final NameLists LISTS = NameLists.of(Map.of(
            "People", List.of("Orrin Halvorsen", "Orrin", "Tamsin Kettleby Jr."),
            "Places", List.of("New Varnholm", "Varnholm", "Halvorsen"),
            "Firms", List.of("Varnholm Mining Co.")));

    private static List<List<String>> tags(String... words) {
        return LISTS.tags(List.of(words));
    }

    @Test
    void everyListMarksItsLongestMatchAndListsMayOverlap() {
        assertThat(tags("Orrin", "Halvorsen", "visited", "New", "Varnholm", "Mining", "Co.", "today"))
                .containsExactly(
                        List.of("B-People"),
                        List.of("I-People", "B-Places"),
                        List.of(),
                        List.of("B-Places"),
                        List.of("I-Places", "B-Firms"),
                        List.of("I-Firms"),
                        List.of("I-Firms"),
                        List.of());
    }

    @Test
    void matchingIgnoresCaseAndStopsWhereNoLongerPhraseCanFollow() {
        assertThat(tags("ORRIN", "HALVORSEN")).containsExactly(List.of("B-People"), List.of("I-People", "B-Places"));
        assertThat(tags("Tamsin", "Kettleby")).containsExactly(List.of(), List.of());
        assertThat(tags("Tamsin", "Kettleby", "Jr.")).containsExactly(List.of("B-People"), List.of("I-People"),
                List.of("I-People"));
    }

    @Test
    void listFilesAreJoinedByPlusAndTokenizedAsTheTaggerTokenizes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("WikiPeople.lst"), "Orrin Halvorsen\n# a comment\n\n");
        Files.writeString(dir.resolve("WikiPeopleRedirects.lst"), "Halvorsen, Orrin\n");
        // Latin-1, as some of the published lists are
        Files.write(dir.resolve("places.txt"), "Zürichberg\n".getBytes(StandardCharsets.ISO_8859_1));

        NameLists read = NameLists.read(dir, List.of("WikiPeople+WikiPeopleRedirects", "places"));

        assertThat(read.names()).containsExactly("WikiPeople", "places");
        assertThat(read.phraseCount()).isEqualTo(3);
        assertThat(read.tags(List.of("Halvorsen", ",", "Orrin", "in", "Zürichberg")))
                .containsExactly(List.of("B-WikiPeople"), List.of("I-WikiPeople"), List.of("I-WikiPeople"), List.of(),
                        List.of("B-places"));
        assertThatThrownBy(() -> NameLists.read(dir, List.of("WikiSongs")))
                .isInstanceOf(IOException.class).hasMessageContaining("WikiSongs");
    }

    @Test
    void aModelCarriesThePhrasesAndReadsBackTheSameMatches() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            LISTS.write(out);
        }

        NameLists read = NameLists.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        List<String> sentence = List.of("Orrin", "Halvorsen", "left", "Varnholm", "Mining", "Co.");
        assertThat(read.tags(sentence)).isEqualTo(LISTS.tags(sentence));
        assertThat(read.phraseCount()).isEqualTo(LISTS.phraseCount());
        assertThatThrownBy(() -> read.write(new DataOutputStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalStateException.class);
    }
}
