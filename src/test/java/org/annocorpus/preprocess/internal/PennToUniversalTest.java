package org.annocorpus.preprocess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PennToUniversalTest {

    /** Words and their Penn tags, "word/TAG" separated by spaces. */
    private static String[] universal(String tagged) {
        List<String[]> pairs = Arrays.stream(tagged.split(" ")).map(p -> p.split("/")).toList();
        return PennToUniversal.map(pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one to one                          | The/DT ad/NN touts/VBZ Reyes/NNP 's/POS record/NN ./.   | DET NOUN VERB PROPN PART NOUN PUNCT
            be is always an auxiliary           | He/PRP is/VBZ a/DT senator/NN                           | PRON AUX DET NOUN
            have before a participle            | She/PRP has/VBZ not/RB said/VBN                          | PRON AUX PART VERB
            have with an object is a verb       | She/PRP has/VBZ a/DT plan/NN                             | PRON VERB DET NOUN
            do before a subject and a verb      | Did/VBD she/PRP say/VB                                   | AUX PRON VERB
            that before a clause                | said/VBD that/IN he/PRP won/VBD                          | VERB SCONJ PRON VERB
            as before a pronoun, before a noun  | as/IN he/PRP left/VBD as/IN mayor/NN                     | SCONJ PRON VERB ADP NOUN
            to before a verb, before a noun     | to/TO win/VB to/TO Ohio/NNP                              | PART VERB ADP PROPN
            a demonstrative alone is a pronoun  | that/DT is/VBZ that/DT plan/NN                           | PRON AUX DET NOUN
            indefinite pronouns Penn calls nouns | everyone/NN knows/VBZ                                   | PRON VERB
            a relative that                     | issues/NNS that/WDT matter/VBP                           | NOUN PRON VERB
            """)
    void mapsPennTagsToUniversalDependencies(String phenomenon, String tagged, String expected) {
        assertThat(universal(tagged)).as(phenomenon).containsExactly(expected.split(" "));
    }
}
