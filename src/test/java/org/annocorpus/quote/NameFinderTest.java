package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annocorpus.quote.TextModel.Name;
import org.annocorpus.quote.TextModel.RawEntity;
import org.annocorpus.quote.TextModel.RawToken;
import org.junit.jupiter.api.Test;

/**
 * The names of a document, through {@link TextModel} (which hands {@link NameFinder} its tokens, sentences
 * and {@link Headlines}), on tokens written as {@code word/TAG}.
 */
class NameFinderTest {

    private static final Pattern TOKEN = Pattern.compile("(\\S+)/([A-Z]+)");

    /** The model of the text that the {@code word/TAG} tokens spell, joined by one space (lines by "\n"). */
    private static TextModel model(List<RawEntity> entities, String... lines) {
        StringBuilder text = new StringBuilder();
        List<RawToken> tokens = new ArrayList<>();
        for (String line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            Matcher m = TOKEN.matcher(line);
            boolean first = true;
            while (m.find()) {
                if (!first) {
                    text.append(' ');
                }
                first = false;
                int begin = text.length();
                text.append(m.group(1));
                tokens.add(new RawToken(begin, text.length(), m.group(2), m.group(1).toLowerCase()));
            }
        }
        return new TextModel(text.toString(), tokens, List.of(), List.of(), entities);
    }

    private static List<String> names(TextModel model) {
        return model.names.stream().map(n -> model.text.substring(n.begin(), n.end()) + "/" + n.type()).toList();
    }

    @Test
    void thatWithoutEntitiesRunsOfProperNounsAreUntypedNames() {
        TextModel model = model(List.of(),
                "Sen./PROPN Mary/PROPN Olsen/PROPN met/VERB Ana/PROPN Ruiz's/PROPN aide/NOUN ./PUNCT");

        assertThat(names(model)).containsExactly("Mary Olsen/", "Ana Ruiz/");
        assertThat(model.names).extracting(Name::first, Name::last).containsExactly(tuple(1, 2), tuple(4, 5));
        assertThat(model.typedNames).isFalse();
    }

    @Test
    void thatEntitiesLoseEdgePunctuationTitlesAndPossessives() {
        // "“ Gov. Ana Ruiz’s" as one PERSON entity of another tool
        TextModel model = model(List.of(new RawEntity(0, 17, "PERSON")),
                "“/PUNCT Gov./PROPN Ana/PROPN Ruiz’s/PROPN plan/NOUN failed/VERB ./PUNCT");

        assertThat(names(model)).containsExactly("Ana Ruiz/PER");
        assertThat(model.name(2)).isSameAs(model.name(3)).isNotNull();
        assertThat(model.name(1)).isNull();
        assertThat(model.name(4)).isNull();
    }

    @Test
    void thatARunTogetherCaptionIsCutButACamelCaseNameIsNot() {
        // "Maria LopezCarlos Ortega": two captions run together; "PolitiFact": one name written in camel case
        TextModel model = model(List.of(new RawEntity(6, 24, "PERSON"), new RawEntity(29, 39, "ORG")),
                "Maria/PROPN LopezCarlos/PROPN Ortega/PROPN and/CCONJ PolitiFact/PROPN said/VERB ./PUNCT");

        assertThat(names(model)).containsExactly("Carlos Ortega/PER", "PolitiFact/ORG");
    }

    @Test
    void thatAGivenNameTheRecogniserLeftOutJoinsThePersonsName() {
        // "Cecile Richards: ..." with only "Richards" a PERSON; "Will Sanders ...?" with only "Sanders"; "Georgia"
        // before a name is a place when the recogniser says so
        TextModel model = model(List.of(new RawEntity(7, 15, "PERSON"), new RawEntity(23, 30, "PERSON"),
                new RawEntity(48, 55, "LOC"), new RawEntity(56, 61, "PERSON")),
                "Cecile/PROPN Richards/PROPN :/PUNCT Will/AUX Sanders/PROPN go/VERB ?/PUNCT",
                "They/PRON met/VERB in/ADP Georgia/PROPN Lopez/PROPN ./PUNCT");

        assertThat(names(model)).containsExactly("Cecile Richards/PER", "Sanders/PER", "Georgia/LOC",
                "Lopez/PER");
    }

    @Test
    void thatOverlappingEntitiesKeepTheLongest() {
        TextModel model = model(List.of(new RawEntity(0, 4, "LOC"), new RawEntity(0, 17, "ORG")),
                "Ohio/PROPN State/PROPN Senate/PROPN voted/VERB ./PUNCT");

        assertThat(names(model)).containsExactly("Ohio State Senate/ORG");
    }

    @Test
    void thatCapitalisedCommonWordsOfAHeadlineAreNoPartOfAName() {
        TextModel model = model(List.of(),
                "Peru/PROPN Backs/PROPN Trade/PROPN Deal/PROPN With/ADP Chile/PROPN Again/ADV",
                "In/ADP Lima/PROPN ,/PUNCT the/DET government/NOUN backs/VERB the/DET trade/NOUN deal/NOUN ./PUNCT");

        assertThat(model.headline(0)).isTrue();
        assertThat(model.headline(1)).isFalse();
        assertThat(names(model)).containsExactly("Peru/", "Chile/", "Lima/");
    }
}
