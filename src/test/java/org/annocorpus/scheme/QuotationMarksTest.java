package org.annocorpus.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    @Test
    void twoApostrophesAndTwoBackquotesBecomeOneDoubleMarkNextToTheWordsOffsetsKept() {
        String nyt = "He said, ''We will win.'' Then ''more.''";
        String rewritten = QuotationMarks.withTwoCharacterMarks(nyt);

        assertThat(rewritten).hasSameSizeAs(nyt).isEqualTo("He said,  \"We will win.\"  Then  \"more.\" ");
        assertThat(QuotationMarks.withTwoCharacterMarks("``Yes,'' she said.")).isEqualTo(" \"Yes,\"  she said.");
    }

    @Test
    void ofThreeClosingApostrophesTheLastTwoAreThePairAndTheFirstClosesANestedSingleMark() {
        String nyt = "''I would use the word 'old-school,''' he said.";
        assertThat(QuotationMarks.withTwoCharacterMarks(nyt))
                .isEqualTo(" \"I would use the word 'old-school,'\"  he said.");
    }

    @Test
    void textWithoutThemAndSingleApostrophesAreLeftAlone() {
        String plain = "The workers' union said “no” and it's 'fine'.";
        assertThat(QuotationMarks.withTwoCharacterMarks(plain)).isSameAs(plain);
        int[] cps = "a ''b'' c".codePoints().toArray();
        assertThat(new String(QuotationMarks.withTwoCharacterMarks(cps), 0, cps.length)).isEqualTo("a  \"b\"  c");
    }
}
