package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void ordinaryNamesKeepTheirIds() {
        assertThat(List.of("000_9bb03da469b49762.txt", "Grüße aus Köln.txt", "a.b.txt", ".hidden"))
                .extracting(n -> DocumentIds.of(Path.of(n)))
                .containsExactly("000_9bb03da469b49762", "Grüße aus Köln", "a.b", ".hidden");
    }

    @Test
    void controlCharactersSeparatorsAndUndecodableBytesBecomeUnderscores() {
        assertThat(DocumentIds.sanitise("a\u0001b\tc\\d\uFFFDe\u2028f")).isEqualTo("a_b_c_d_e_f");
    }

    @Test
    void longNamesAreShortenedKeepingAHashOfTheWhole() {
        String a = "x".repeat(300);
        String b = "x".repeat(299) + "y";

        String idA = DocumentIds.sanitise(a);
        String idB = DocumentIds.sanitise(b);

        assertThat(idA.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DocumentIds.MAX_ID_BYTES);
        assertThat(idA).startsWith("x".repeat(180) + "-").isNotEqualTo(idB);
        // a cut never falls inside a character
        String emoji = DocumentIds.sanitise("😀".repeat(100));
        assertThat(emoji.codePoints().filter(cp -> cp == 0x1F600).count()).isEqualTo(45);
    }

    @Test
    void idsEqualIgnoringCaseCollideAndEachMessageNamesTheOther() {
        Path upper = Path.of("in/Report.txt");
        Path lower = Path.of("in/report.txt");

        assertThat(DocumentIds.collisions(List.of(upper, lower, Path.of("in/other.txt"))))
                .containsOnlyKeys(upper, lower)
                .hasEntrySatisfying(upper, m -> assertThat(m).contains("in/report.txt"))
                .hasEntrySatisfying(lower, m -> assertThat(m).contains("in/Report.txt"));
    }
}
