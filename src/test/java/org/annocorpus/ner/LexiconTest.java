package org.annocorpus.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static List<NerToken> pieces(String text) {
        List<NerToken> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new NerToken(m.start(), m.end(), NerTokenizer.normalise(m.group())));
        }
        return WordPieces.of(tokens);
    }

    private static List<String> matches(Lexicon lexicon, String text) {
        List<NerToken> pieces = pieces(text);
        return lexicon.match(pieces).stream()
                .map(m -> text.substring(pieces.get(m.first()).begin(), pieces.get(m.last()).end()) + "/" + m.type())
                .toList();
    }

    @Test
    void prefersTheLongestNameAndFindsNamesJoinedByAHyphen() {
        Lexicon lexicon = Lexicon.of(Map.of("Korea", "LOC", "North Korea", "LOC", "Chile", "LOC", "Euro-Atlantic", "MISC"));

        assertThat(matches(lexicon, "North Korea and a Chile-led plan for Euro-Atlantic ties"))
                .containsExactly("North Korea/LOC", "Chile/LOC", "Euro-Atlantic/MISC");
    }

    @Test
    void matchesCaseSensitivelyAndTypographicApostrophesAsAscii() {
        Lexicon lexicon = Lexicon.of(Map.of("Turkey", "LOC", "Côte d'Ivoire", "LOC"));

        assertThat(matches(lexicon, "roast turkey in Côte d’Ivoire")).containsExactly("Côte d’Ivoire/LOC");
        assertThat(lexicon.typeOf("Côte d’Ivoire")).isEqualTo("LOC");
    }

    @Test
    void leavesOutNamesListedWithTwoTypes(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.tsv"), "# places\nGeorgia\tLOC\nLima\tLOC\n");
        Path b = Files.writeString(dir.resolve("b.tsv"), "Georgia\tPER\n");

        Lexicon lexicon = Lexicon.load(a.toString(), b.toString());

        assertThat(lexicon.typeOf("Georgia")).isNull();
        assertThat(lexicon.typeOf("Lima")).isEqualTo("LOC");
    }

    @Test
    void namesTheFileAndLineOfAMalformedEntry(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Lima\tLOC\nQuito LOC\n");

        assertThatThrownBy(() -> Lexicon.load(bad.toString())).hasMessageContaining("bad.tsv:2");
    }

    @Test
    void theShippedListsLoadAndAgreeWithThemselves() throws IOException {
        Lexicon lexicon = Lexicon.load(Lexicon.DEFAULT_LOCATIONS);

        assertThat(lexicon.size()).isGreaterThan(1000);
        assertThat(List.of("Japan", "U.S.", "Indo-Pacific", "Japanese", "NATO", "Nairobi"))
                .extracting(lexicon::typeOf).containsExactly("LOC", "LOC", "LOC", "MISC", "ORG", "LOC");
        // every name in the shipped files has one type: none was dropped as ambiguous
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (String location : Lexicon.DEFAULT_LOCATIONS) {
            String path = location.substring("classpath:/".length());
            try (var in = getClass().getClassLoader().getResourceAsStream(path)) {
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .forEach(l -> listed.add(Lexicon.key(l.split("\t")[0])));
            }
        }
        assertThat(lexicon.size()).isEqualTo(listed.size());
    }
}
