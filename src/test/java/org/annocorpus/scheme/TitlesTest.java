package org.annocorpus.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.annocorpus.scheme.Titles.Kind;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void thatEachKindHoldsItsWordsAsWritten() {
        assertThat(Titles.forms(Kind.HONORIFIC)).contains("Mr.", "Dame", "Rev.").doesNotContain("Senator", "Gen.");
        assertThat(Titles.forms(Kind.TITLE)).contains("Senator", "Sen.", "Pope", "Alderwoman", "spokesman")
                .doesNotContain("Vice", "Mr.", "senator");
        assertThat(Titles.forms(Kind.PART)).contains("Vice", "Prime", "Deputy").doesNotContain("President");
        assertThat(Titles.forms(Kind.RANK)).contains("Brigadier", "Rear").doesNotContain("Admiral");
    }

    @Test
    void thatAnAbbreviationStandsWithoutItsFullStopOnlyWhereListed() {
        assertThat(Titles.forms(Kind.HONORIFIC)).contains("Mr.", "Mr", "Dr");
        assertThat(Titles.lowerCaseForms(Kind.TITLE, Kind.PART)).contains("sen.", "sen", "vice", "president")
                .doesNotContain("gen", "mr", "Sen.");
    }

    @Test
    void thatNoWordHasTwoKinds() {
        int together = Titles.forms(Kind.values()).size();
        int apart = 0;
        for (Kind kind : Kind.values()) {
            apart += Titles.forms(kind).size();
        }

        assertThat(together).isEqualTo(apart);
    }
}
