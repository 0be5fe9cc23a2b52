package org.annocorpus.numeric;

import org.annocorpus.scheme.Qualifier;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** CoreNLP's normalised numeric values read into the scheme's value, unit and qualifier. */
class CoreNlpNormalizedValueTest {

    static Stream<Arguments> values() {
        return Stream.of(
                arguments("NUMBER", "54000.0", 54000.0, "", Qualifier.EXACT),
                arguments("NUMBER", ">54000.0", 54000.0, "", Qualifier.MORE_THAN),
                arguments("NUMBER", ">=300.0", 300.0, "", Qualifier.AT_LEAST),
                arguments("NUMBER", "<25.0", 25.0, "", Qualifier.LESS_THAN),
                arguments("NUMBER", "<=2000000.0", 2000000.0, "", Qualifier.AT_MOST),
                arguments("NUMBER", "~3000000.0", 3000000.0, "", Qualifier.APPROX),
                arguments("NUMBER", "5.0E9", 5.0E9, "", Qualifier.EXACT),
                arguments("PERCENT", "~%70.0", 70.0, "percent", Qualifier.APPROX),
                arguments("PERCENT", "%0.6", 0.6, "percent", Qualifier.EXACT),
                arguments("MONEY", "$1.2E9", 1.2E9, "USD", Qualifier.EXACT),
                arguments("MONEY", "¥1.0E11", 1.0E11, "JPY", Qualifier.EXACT),
                arguments("MONEY", "€50.0", 50.0, "EUR", Qualifier.EXACT),
                arguments("MONEY", ">£40.0", 40.0, "GBP", Qualifier.MORE_THAN),
                arguments("DURATION", "P5Y", 5.0, "year", Qualifier.EXACT),
                arguments("DURATION", "P2W", 2.0, "week", Qualifier.EXACT),
                arguments("DURATION", "PT3H", 3.0, "hour", Qualifier.EXACT),
                arguments("DURATION", "PT90M", 90.0, "min", Qualifier.EXACT));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("values")
    void reads(String type, String normalized, double value, String unit, Qualifier qualifier) {
        assertThat(CoreNlpNormalizedValue.parse(type, normalized))
                .isEqualTo(new CoreNlpNormalizedValue(value, unit, qualifier));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unreadable")
    void givesNothingForValuesWithoutANumber(String type, String normalized) {
        assertThat(CoreNlpNormalizedValue.parse(type, normalized)).isNull();
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(arguments("NUMBER", null), arguments("NUMBER", ""), arguments("DURATION", "PXY"),
                arguments("MONEY", "$"));
    }
}
