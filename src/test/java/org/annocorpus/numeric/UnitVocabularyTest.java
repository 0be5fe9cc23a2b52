package org.annocorpus.numeric;

import org.annocorpus.gold.GoldValidator;
import org.annocorpus.scheme.Units;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor writes only units of the scheme's one list, which the gold validator accepts. */
class UnitVocabularyTest {

    @Test
    void everyUnitTheExtractorCanWriteIsOneTheValidatorAccepts() {
        assertThat(NumericLexicon.get().writableUnits()).isNotEmpty()
                .allMatch(Units::isUnit)
                .allMatch(GoldValidator::isSchemeUnit)
                .contains(Units.PERCENT, Units.PERCENTAGE_POINT, "USD", "GBP", "°C", "minute", "second");
        assertThat(java.util.List.of(Units.FRACTION, QuantityParser.AGE_UNIT)).allMatch(GoldValidator::isSchemeUnit);
    }

    @Test
    void theOldSpellingsAreNoUnitsAnyMore() {
        assertThat(java.util.List.of("degC", "degF", "min", "s", "decade")).noneMatch(Units::isUnit);
    }

    @Test
    void aRepeatingFractionIsWrittenToFourDecimalsAndOtherValuesAsTheyAre() {
        assertThat(Units.written(2.0 / 3, Units.FRACTION)).isEqualTo(0.6667);
        assertThat(Units.written(0.125, Units.FRACTION)).isEqualTo(0.125);
        assertThat(Units.written(1.0 / 64, Units.FRACTION)).isEqualTo(0.015625);
        assertThat(Units.written(100.0 / 3, Units.PERCENT)).isEqualTo(100.0 / 3);
    }

    @Test
    void timeUnitsRunFromYearToSecond() {
        assertThat(Units.ofKind(Units.Kind.TIME)).containsExactly("year", "month", "week", "day", "hour", "minute", "second");
        assertThat(Units.kindOf("EUR")).isEqualTo(Units.Kind.CURRENCY);
        assertThat(Units.kindOf("")).isEqualTo(Units.Kind.COUNT);
        assertThat(Units.kindOf("XYZ")).isNull();
    }
}
