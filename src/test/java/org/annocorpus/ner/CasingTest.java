package org.annocorpus.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CasingTest {

    private static List<NerToken> tokens(String sentence) {
        List<NerToken> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : sentence.split(" ")) {
            tokens.add(new NerToken(offset, offset + word.length(), word));
            offset += word.length() + 1;
        }
        return tokens;
    }

    @Test
    void recognisesTitleCaseHeadlinesByTheirCommonWords() {
        Set<String> lowerCase = Casing.lowerCaseWords("The farmers said the harvest was poor.");

        assertThat(Casing.isHeadline(tokens("Chile Farmers Fear Poor Harvest Against Drought"), lowerCase)).isTrue();
    }

    @Test
    void aListOfNamesIsNoHeadline() {
        Set<String> lowerCase = Casing.lowerCaseWords("The team was named on Friday.");

        assertThat(Casing.isHeadline(tokens("Marta Vieira , Sofia Berglund , Karin Holm , Paula Reyes"), lowerCase))
                .isFalse();
    }

    @Test
    void runningTextIsNoHeadlineAndCapitalsAreAllCaps() {
        assertThat(Casing.isHeadline(tokens("Farmers in Chile fear a poor harvest"), Set.of("fear", "harvest")))
                .isFalse();
        assertThat(Casing.isAllCaps(tokens("SOCCER - CHILE BEAT PERU"))).isTrue();
        assertThat(Casing.isAllCaps(tokens("Chile beat Peru"))).isFalse();
    }
}
