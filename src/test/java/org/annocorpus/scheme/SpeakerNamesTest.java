package org.annocorpus.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerNamesTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": normalised {2}, lenient {3}")
    @CsvSource(delimiter = '|', value = {
            // gold                       | system                          | normalised | last name
            "Maria Delgado                | maria delgado                   | true  | true",
            "Maria Delgado                | Ms. Maria Delgado               | true  | true",
            "Maria Delgado                | Prime Minister Maria Delgado    | true  | true",
            "Maria Delgado                | Delgado                         | false | true",
            "Tomas O'Neill Jr.            | Tomas O’Neill                   | false | true",
            "Tomas O'Neill                | Tomas O’Neill                   | true  | true",
            "Maria Delgado                | Maria Santos                    | false | false",
            "joint statement              | the joint statement             | true  | true",
            "Maria Delgado & Tomas Berg   | Maria Delgado & Tomas Berg      | true  | true",
            "Maria Delgado & Tomas Berg   | Berg & Delgado                  | false | true",
            "Maria Delgado & Tomas Berg   | Maria Delgado                   | false | false",
            "''                           | ''                              | true  | true",
            "Maria Delgado                | ''                              | false | false",
            "U.S. State Department        | US State Department             | true  | true",
            // a soft hyphen (U+00AD) the text carries inside a name
            "Doug Andres                  | Doug \u00ADAndres                | true  | true",
    })
    void comparesSpeakers(String gold, String system, boolean normalised, boolean lenient) {
        assertThat(SpeakerNames.agree(gold, system)).as("normalised").isEqualTo(normalised);
        assertThat(SpeakerNames.agreeLeniently(gold, system)).as("last name").isEqualTo(lenient);
    }
}
