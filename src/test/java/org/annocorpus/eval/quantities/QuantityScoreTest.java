package org.annocorpus.eval.quantities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.eval.quantities.QuantityScore.Quantity;
import org.annocorpus.scheme.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The value-level benchmark: CQE's matching, ranges, the unit table and the file format. */
class QuantityScoreTest {

    private static Quantity q(double v, String unit) {
        return new Quantity(Value.of(v), unit);
    }

    @Test
    void countsValueMatchesAndUnitMatchesAsCqeDoes() {
        QuantityScore s = new QuantityScore();
        List<Quantity> missed = s.add(List.of(q(5, "percent"), q(3E9, "USD"), q(7, "")),
                List.of(q(5, "pp"), q(3E9, "USD"), q(12, "")));
        assertThat(missed).containsExactly(q(7, ""));
        assertThat(s.correctValue()).isEqualTo(2);
        assertThat(s.correctUnit()).isEqualTo(1);
        assertThat(s.precision(s.correctValue())).isEqualTo(2.0 / 3);
        assertThat(s.unitAgreement()).isEqualTo(0.5);
    }

    @Test
    void valuesMatchWithNumpysToleranceAndRangesOnlyRanges() {
        assertThat(Value.of(1.0E9).matches(Value.of(1.000001E9))).isTrue();
        assertThat(Value.of(100).matches(Value.of(101))).isFalse();
        assertThat(Value.parse("8-10").matches(Value.range(8, 10))).isTrue();
        assertThat(Value.parse("8-10").matches(Value.of(8))).isFalse();
        assertThat(Value.parse("-5")).isEqualTo(Value.of(-5));
    }

    @Test
    void neighbouringClaimsJoinedByADashOrToAreOneRange() {
        String text = "rose from 2 to 4 percent, 8 to 10 feet, between 5 and 6 km";
        List<ClaimRanges.Claim> claims = List.of(new ClaimRanges.Claim(10, 11, 2, "percent"),
                new ClaimRanges.Claim(15, 24, 4, "percent"), new ClaimRanges.Claim(26, 27, 8, "ft"),
                new ClaimRanges.Claim(31, 38, 10, "ft"), new ClaimRanges.Claim(48, 49, 5, "km"),
                new ClaimRanges.Claim(54, 58, 6, "km"));
        assertThat(ClaimRanges.quantities(text, claims)).extracting(Quantity::value, Quantity::unit).containsExactly(
                tuple(Value.of(2), "percent"), tuple(Value.of(4), "percent"), tuple(Value.range(8, 10), "ft"),
                tuple(Value.range(5, 6), "km"));
    }

    @Test
    void everyMappedUnitIsASchemeUnit() {
        CqeUnits units = CqeUnits.load();
        assertThat(units.all().values()).extracting(CqeUnits.Mapping::unit)
                .allMatch(u -> u.equals(CqeUnits.NONE) || Units.isUnit(u));
        assertThat(units.map("cent")).isEqualTo(new CqeUnits.Mapping("USD", 0.01));
        assertThat(units.map("door version")).isEqualTo(new CqeUnits.Mapping("", 1));
    }

    @Test
    void readsTheFormatAndNamesTheFileOfABadItem(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("set.json");
        Files.writeString(good, "[{\"text\": \"It cost $5.\", \"quantities\": [{\"value\": \"5\", \"normalized_unit\": \"dollar\"}]}]");
        assertThat(QuantitySet.read(good).sentences()).singleElement()
                .satisfies(sentence -> assertThat(sentence.quantities()).containsExactly(new QuantitySet.GoldQuantity("5", "dollar")));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"text\": \"x\", \"quantities\": [{\"value\": \"five\", \"normalized_unit\": \"dollar\"}]}]");
        assertThatThrownBy(() -> QuantitySet.read(bad)).hasMessageContaining("bad.json").hasMessageContaining("item 0");
    }
}
