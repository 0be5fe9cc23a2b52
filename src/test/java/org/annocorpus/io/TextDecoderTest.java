package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.annocorpus.util.CodePointOffsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void emojiTakesTwoUtf16UnitsAndOneCodePoint() throws Exception {
        String text = TextDecoder.decode("I 😀 Tokyo".getBytes(StandardCharsets.UTF_8));
        CodePointOffsets offsets = new CodePointOffsets(text);

        int tokyoUtf16 = text.indexOf("Tokyo");

        assertThat(tokyoUtf16).isEqualTo(5);
        assertThat(offsets.toCodePoints(tokyoUtf16)).isEqualTo(4);
        assertThat(offsets.toUtf16(4)).isEqualTo(5);
        assertThat(offsets.length()).isEqualTo(9);
    }
}
