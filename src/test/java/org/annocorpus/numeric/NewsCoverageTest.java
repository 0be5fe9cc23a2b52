package org.annocorpus.numeric;

import java.util.List;
import java.util.stream.Stream;

import org.annocorpus.numeric.NumericTestPipeline.Claim;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Forms of real news on invented sentences: ranges, rates, ages, points, sub-units, measures, exclusions. */
class NewsCoverageTest {

    private static AnalysisEngine extractor;

    @BeforeAll
    static void setUp() throws Exception {
        extractor = createEngine(NumericClaimAnnotator.class);
    }

    private static List<Claim> run(String text) throws Exception {
        JCas jcas = NumericTestPipeline.preprocess(text);
        extractor.process(jcas);
        return NumericTestPipeline.claims(jcas);
    }

    @Test
    void anAgeBoundOfAGroupTakesItsQualifier() throws Exception {
        assertThat(run("He won voters over 65, and most were 45 or older.")).extracting(Claim::text, Claim::unit, Claim::qualifier)
                .containsExactly(org.assertj.core.api.Assertions.tuple("65", "year", "MORE_THAN"),
                        org.assertj.core.api.Assertions.tuple("45", "year", "AT_LEAST"));
    }

    @Test
    void boundsWrittenAroundTheNumberGiveItsQualifier() throws Exception {
        assertThat(run("Sanders is within 4 points of Clinton, the rate could be as high as 42 percent, fares start "
                + "as low as $10, and the debt is nearing $20 trillion; it must act within two years."))
                .extracting(Claim::text, Claim::qualifier)
                .containsExactly(org.assertj.core.api.Assertions.tuple("4 points", "AT_MOST"),
                        org.assertj.core.api.Assertions.tuple("42 percent", "AT_MOST"),
                        org.assertj.core.api.Assertions.tuple("$10", "AT_LEAST"),
                        org.assertj.core.api.Assertions.tuple("$20 trillion", "APPROX"),
                        org.assertj.core.api.Assertions.tuple("two years", "EXACT"));
        assertThat(run("He paid no tax for 15-plus years.")).extracting(Claim::text, Claim::value, Claim::qualifier)
                .containsExactly(org.assertj.core.api.Assertions.tuple("15-plus years", 15.0, "AT_LEAST"));
    }

    static Stream<Arguments> single() {
        return Stream.of(
                // rates: the claim is the number with its own unit
                arguments("Crude traded at $45 a barrel on Friday.", "$45", 45.0, "USD"),
                arguments("The wells pump 500,000 barrels a day.", "500,000 barrels", 500000.0, "bbl"),
                arguments("The car reached 120 miles an hour on the track.", "120 miles an hour", 120.0, "mph"),
                // ages
                arguments("A 42-year-old teacher was elected.", "42-year-old", 42.0, "year"),
                arguments("The pilot, aged 54, landed safely.", "54", 54.0, "year"),
                arguments("The drummer Marlow, 37, left the band.", "37", 37.0, "year"),
                arguments("The senator turns 70 on Tuesday.", "70", 70.0, "year"),
                arguments("The writer died at 92 in her home.", "92", 92.0, "year"),
                arguments("While Garland is 63, the others are older.", "63", 63.0, "year"),
                arguments("He won most voters under 30 in the state.", "30", 30.0, "year"),
                arguments("Most of them were 45 or older.", "45", 45.0, "year"),
                arguments("The Dow is 500 points higher.", "500", 500.0, ""),
                // money in sub-units and other currencies
                arguments("Stamps went up by 50 cents.", "50 cents", 0.5, "USD"),
                arguments("A loaf now costs 90 pence in the shop.", "90 pence", 0.9, "GBP"),
                arguments("The board declared a 12-cent dividend.", "12-cent", 0.12, "USD"),
                arguments("The grant is 40 million yuan.", "40 million yuan", 4.0E7, "CNY"),
                arguments("The farmers were paid 300 rupees each.", "300 rupees", 300.0, "INR"),
                arguments("Tickets sold for 15 € each.", "15 €", 15.0, "EUR"),
                arguments("The toy cost 3 dollars and 50 cents.", "3 dollars and 50 cents", 3.5, "USD"),
                arguments("The firm paid 250 million Dutch guilders.", "250 million Dutch guilders", 2.5E8, "NLG"),
                // measures
                arguments("The ranch covers 2,000 acres.", "2,000 acres", 2000.0, "acre"),
                arguments("Heat reached 104 degrees Fahrenheit.", "104 degrees Fahrenheit", 104.0, "°F"),
                arguments("The lake froze at -5 degrees Celsius.", "-5 degrees Celsius", -5.0, "°C"),
                arguments("The harbour is a 1/4 mile walk away.", "1/4 mile", 0.25, "mi"),
                arguments("The dam took three decades to build.", "three decades", 30.0, "year"),
                arguments("The camp has been open seven-and-a-half years.", "seven-and-a-half years", 7.5, "year"),
                arguments("The cable runs 10 1/2 miles.", "10 1/2 miles", 10.5, "mi"),
                // percentage points and polls; points of an index are a count
                arguments("The senator holds an 11-point lead among voters.", "11-point", 11.0, "pp"),
                arguments("In the new poll she is ahead 3 points.", "3 points", 3.0, "pp"),
                arguments("The margin of error is 4.5 points.", "4.5 points", 4.5, "pp"),
                arguments("The Dow index fell 190 points on Monday.", "190", 190.0, ""),
                // fractions and number words
                arguments("Eight of 10 voters plan to watch.", "Eight of 10", 0.8, "fraction"),
                arguments("Three-quarters of the members agreed.", "Three-quarters", 0.75, "fraction"),
                arguments("He bought a dozen roses.", "a dozen", 12.0, ""),
                arguments("They spent a quarter of a million dollars.", "a quarter of a million dollars", 250000.0, "USD"),
                arguments("A half million people marched.", "A half million", 500000.0, ""),
                arguments("The bill added three-quarters billion dollars.", "three-quarters billion dollars", 7.5E8, "USD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("single")
    void readsTheClaim(String sentence, String span, double value, String unit) throws Exception {
        assertThat(run(sentence)).extracting(Claim::text, Claim::unit).containsExactly(tuple(span, unit));
        assertThat(run(sentence).get(0).value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(value))));
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                // one claim per bound; the first takes the unit and scale stated after the second
                arguments("Prices rose 5 to 10 percent.", List.of("5", "10 percent"), List.of(5.0, 10.0), "percent"),
                arguments("The deal is worth $3–4 billion.", List.of("$3", "4 billion"), List.of(3.0E9, 4.0E9), "USD"),
                arguments("Waves were 8 - 10 feet high.", List.of("8", "10 feet"), List.of(8.0, 10.0), "ft"),
                arguments("Rents went up 10-15 percent.", List.of("10", "15 percent"), List.of(10.0, 15.0), "percent"),
                arguments("Men between the ages of 18 and 25 were asked.", List.of("18", "25"), List.of(18.0, 25.0), "year"),
                arguments("The study followed 18- to 24-year-old workers.", List.of("18", "24-year-old"), List.of(18.0, 24.0), "year"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void readsBothBoundsOfARange(String sentence, List<String> spans, List<Double> values, String unit) throws Exception {
        List<Claim> found = run(sentence);
        assertThat(found).extracting(Claim::text).containsExactlyElementsOf(spans);
        assertThat(found).extracting(Claim::value).containsExactlyElementsOf(values);
        assertThat(found).extracting(Claim::unit).containsOnly(unit);
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                arguments("The alarm rang at four in the morning."),
                arguments("The team won 3-1 in extra time."),
                arguments("The archive covers 1990–2000 in detail."),
                arguments("The 2023-01-11 release was late."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exclusions")
    void leavesOut(String sentence) throws Exception {
        assertThat(run(sentence)).isEmpty();
    }

    @Test
    void hugeNumbersAndOddFractionsNeverThrow() {
        assertThatCode(() -> run("He wrote 99999999999/3 and 123456789012345678901234567890 and 7/99999999999999 on it."))
                .doesNotThrowAnyException();
    }
}
