package org.annocorpus.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptLabelsTest {

    @ParameterizedTest(name = "\"{0}\": label of {1} characters")
    @CsvSource(delimiter = '|', value = {
            "PENCE: Well, look          | 7",
            "SEN. CLAIRE MCCASKILL: No  | 23",
            "O'NEILL: Yes               | 9",
            "Pence: Well                | 0",
            "Q: Why                     | 0",
            "U.S. troops will stay      | 0",
            "NATO: we are four labels   | 6",
            "WALLACE:                   | 0",
            "WALLACE and PENCE: both    | 0",
    })
    void findsTheLabelThatOpensTranscriptWords(String content, int length) {
        assertThat(TranscriptLabels.length(content)).isEqualTo(length);
    }
}
