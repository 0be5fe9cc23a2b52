package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconsTest {

    @Test
    void aVerbThatIsASpeechVerbOnlyWithItsParticleIsNoneAlone() {
        assertThat(Lexicons.phrasalSpeechLemma("shot", null, "back")).isEqualTo("shoot back");
        assertThat(Lexicons.phrasalSpeechLemma("fired", "fire", "back")).isEqualTo("fire back");
        assertThat(Lexicons.speechLemma("shot", null)).isNull();
        assertThat(Lexicons.speechLemma("fired", "fire")).isNull();
        assertThat(Lexicons.phrasalSpeechLemma("shot", null, "down")).isNull();
    }

    @Test
    void anIrregularPastOfASpeechVerbIsThatVerb() {
        assertThat(Lexicons.speechLemma("said", null)).isEqualTo("say");
        assertThat(Lexicons.speechLemma("wrote", null)).isEqualTo("write");
        assertThat(Lexicons.speechLemma("insisted", null)).isEqualTo("insist");
    }
}
