package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SplitsTest {

    @Test
    void partsFollowThePercentages() {
        Splits splits = Splits.parse("80/10/10");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(splits.partOf("article-" + i), 1, Integer::sum);
        }
        assertThat(counts.get("train")).isBetween(15_700, 16_300);
        assertThat(counts.get("dev")).isBetween(1_850, 2_150);
        assertThat(counts.get("test")).isBetween(1_850, 2_150);
    }

    @Test
    void aDocumentKeepsItsPartWhateverElseIsInTheCorpus() {
        Splits splits = Splits.parse("80/10/10");
        Map<String, String> before = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            before.put("doc-" + i, splits.partOf("doc-" + i));
        }
        // a fresh instance (a later run, with more documents) decides from the id alone
        Splits later = Splits.parse("80/10/10");
        for (int i = 500; i < 1_000; i++) {
            later.partOf("doc-" + i);
        }
        before.forEach((id, part) -> assertThat(later.partOf(id)).as(id).isEqualTo(part));
    }

    @Test
    void growingOnePartOnlyMovesDocumentsIntoIt() {
        Splits small = Splits.parse("80/10/10");
        Splits wide = Splits.parse("70/20/10");
        for (int i = 0; i < 2_000; i++) {
            String id = "doc-" + i;
            if (!small.partOf(id).equals(wide.partOf(id))) {
                assertThat(small.partOf(id)).isEqualTo("train");
                assertThat(wide.partOf(id)).isEqualTo("dev");
            }
        }
    }

    @Test
    void twoPercentagesMeanNoTestPart() {
        assertThat(Splits.parse("90/10").parts()).containsExactly("train", "dev");
    }

    @Test
    void badSpecificationsSayWhatIsWrong() {
        assertThatThrownBy(() -> Splits.parse("80/10")).hasMessageContaining("sum to 90");
        assertThatThrownBy(() -> Splits.parse("80/x/10")).hasMessageContaining("'x' is not a whole percentage");
        assertThatThrownBy(() -> Splits.parse("100")).hasMessageContaining("such as 80/10/10");
        assertThatThrownBy(() -> Splits.parse("110/-10/0")).hasMessageContaining("negative");
    }
}
