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

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The numeric-claim extractor on invented sentences: each form of the scheme and each exclusion. */
class NumericClaimAnnotatorTest {

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

    static Stream<Arguments> claims() {
        return Stream.of(
                // digits, thousands separators, decimals
                arguments("The firm hired 54,000 new workers last spring.", "54,000", 54000.0, "", "EXACT", "new workers"),
                arguments("The box held 1 key.", "1", 1.0, "", "EXACT", "key"),
                arguments("The tank holds 1.5 litres of water.", "1.5 litres", 1.5, "l", "EXACT", "water"),
                arguments("There were 0 errors in the report.", "0", 0.0, "", "EXACT", "errors"),
                // number words and compounds
                arguments("Four engineers repaired the bridge.", "Four", 4.0, "", "EXACT", "engineers"),
                arguments("She has twenty-five cousins.", "twenty-five", 25.0, "", "EXACT", "cousins"),
                arguments("He bought a dozen eggs at the market.", "a dozen", 12.0, "", "EXACT", "eggs"),
                arguments("The village has two hundred houses.", "two hundred", 200.0, "", "EXACT", "houses"),
                arguments("The hall seats three thousand five hundred and twenty guests.",
                        "three thousand five hundred and twenty", 3520.0, "", "EXACT", "guests"),
                arguments("Two and a half years passed before the trial.", "Two and a half years", 2.5, "year", "EXACT", ""),
                // scale words
                arguments("The city has 3 million residents.", "3 million", 3.0E6, "", "EXACT", "residents"),
                arguments("Half a million people marched.", "Half a million", 5.0E5, "", "EXACT", "people"),
                arguments("The region is home to a million farmers.", "a million", 1.0E6, "", "EXACT", "farmers"),
                // money
                arguments("The fund raised $1.2 billion for research.", "$1.2 billion", 1.2E9, "USD", "EXACT", ""),
                arguments("The deal is worth 5bn euros.", "5bn euros", 5.0E9, "EUR", "EXACT", ""),
                arguments("The council approved a $5m grant for the library.", "$5m", 5.0E6, "USD", "EXACT", "grant"),
                arguments("The firm paid US$3 million in fines.", "US$3 million", 3.0E6, "USD", "EXACT", "fines"),
                arguments("The loan was worth ¥300 billion.", "¥300 billion", 3.0E11, "JPY", "EXACT", ""),
                arguments("The museum received 10 million yen from donors.", "10 million yen", 1.0E7, "JPY", "EXACT", ""),
                arguments("Tickets cost €50 at the door.", "€50", 50.0, "EUR", "EXACT", ""),
                arguments("They earned 200 dollars in a week.", "200 dollars", 200.0, "USD", "EXACT", ""),
                arguments("The company set a budget of £40 million.", "£40 million", 4.0E7, "GBP", "EXACT", "budget"),
                // percentages
                arguments("About 70% of the members voted.", "70%", 70.0, "percent", "APPROX", "members"),
                arguments("Turnout was 64 percent in the capital.", "64 percent", 64.0, "percent", "EXACT", "Turnout"),
                arguments("Unemployment fell to 5 per cent in May.", "5 per cent", 5.0, "percent", "EXACT", "Unemployment"),
                arguments("The state raised its health budget to 3% of output.", "3%", 3.0, "percent", "EXACT", "health budget"),
                arguments("The park covers only 0.6% of the island's area.", "0.6%", 0.6, "percent", "EXACT", "island's area"),
                arguments("Rates rose by 2 percentage points.", "2 percentage points", 2.0, "pp", "EXACT", "Rates"),
                // fractions
                arguments("Half of the voters stayed home.", "Half", 0.5, "fraction", "EXACT", "voters"),
                arguments("More than half of the nurses went on strike.", "half", 0.5, "fraction", "MORE_THAN", "nurses"),
                arguments("One-third of the budget goes to schools.", "One-third", 0.3333, "fraction", "EXACT", "budget"),
                arguments("Nearly two-thirds of the members approved the plan.", "two-thirds", 0.6667, "fraction", "APPROX", "members"),
                arguments("Three quarters of the staff work remotely.", "Three quarters", 0.75, "fraction", "EXACT", "staff"),
                arguments("A third of the students passed.", "A third", 0.3333, "fraction", "EXACT", "students"),
                arguments("One in four adults smoked as teenagers.", "One in four", 0.25, "fraction", "EXACT", "adults"),
                arguments("Three out of five firms hired staff.", "Three out of five", 0.6, "fraction", "EXACT", "firms"),
                arguments("He won 18 of 25 delegates.", "18 of 25", 0.72, "fraction", "EXACT", "delegates"),
                arguments("A half-dozen rivals stayed in the race.", "half-dozen", 6.0, "", "EXACT", "rivals"),
                // durations and measures
                arguments("The treaty lasted 70 years.", "70 years", 70.0, "year", "EXACT", ""),
                arguments("The reactor will run for five years.", "five years", 5.0, "year", "EXACT", ""),
                arguments("Spending will rise over four years.", "four years", 4.0, "year", "EXACT", ""),
                arguments("The strike went on for over two weeks.", "two weeks", 2.0, "week", "MORE_THAN", ""),
                arguments("They unveiled a 10-year plan.", "10-year", 10.0, "year", "EXACT", ""),
                arguments("The race finished in under 3 hours.", "3 hours", 3.0, "hour", "LESS_THAN", ""),
                arguments("The new road is 300 km long.", "300 km", 300.0, "km", "EXACT", ""),
                arguments("The ship carried 20 tonnes of grain.", "20 tonnes", 20.0, "t", "EXACT", "grain"),
                arguments("The wall is 5m high.", "5m", 5.0, "m", "EXACT", ""),
                arguments("Warming must be held to 1.5C this century.", "1.5C", 1.5, "°C", "EXACT", ""),
                arguments("Temperatures reached 40°C in the south.", "40°C", 40.0, "°C", "EXACT", ""),
                arguments("Some 3.5m people live on the coast.", "3.5m", 3.5E6, "", "APPROX", "people"),
                arguments("The province signed a $5-billion contract.", "$5-billion", 5.0E9, "USD", "EXACT", "contract"),
                arguments("The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5.0E9, "INR", "EXACT", ""),
                // qualifiers
                arguments("More than 500 people attended the rally.", "500", 500.0, "", "MORE_THAN", "people"),
                arguments("Over 40 ships sailed into the port.", "40", 40.0, "", "MORE_THAN", "ships"),
                arguments("The survey reached approximately 50,000 households.", "50,000", 50000.0, "", "APPROX", "households"),
                arguments("Nearly 20 villages were flooded.", "20", 20.0, "", "APPROX", "villages"),
                arguments("At least 12 students were hurt.", "12", 12.0, "", "AT_LEAST", "students"),
                arguments("The army can launch up to 8 drones at once.", "8", 8.0, "", "AT_MOST", "drones"),
                arguments("The bill got fewer than 100 votes.", "100", 100.0, "", "LESS_THAN", "votes"),
                arguments("The firm employs only 3 lawyers.", "3", 3.0, "", "EXACT", "lawyers"),
                arguments("Some 400 volunteers cleaned the beach.", "400", 400.0, "", "APPROX", "volunteers"),
                arguments("The club won 10 or more games.", "10", 10.0, "", "AT_LEAST", "games"),
                arguments("The town had around 2,500 inhabitants.", "2,500", 2500.0, "", "APPROX", "inhabitants"),
                // what is counted
                arguments("The two countries' armed forces met.", "two", 2.0, "", "EXACT", "countries"),
                arguments("Two of the officials resigned.", "Two", 2.0, "", "EXACT", "officials"),
                arguments("The navy ordered 12 Sea Hawk helicopters.", "12", 12.0, "", "EXACT", "Sea Hawk helicopters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void readsTheClaim(String sentence, String span, double value, String unit, String qualifier, String quantified)
            throws Exception {
        List<Claim> found = run(sentence);
        assertThat(found).extracting(Claim::text).containsExactly(span);
        Claim c = found.get(0);
        assertThat(c.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, value)));
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.qualifier()).isEqualTo(qualifier);
        assertThat(c.quantified()).isEqualTo(quantified);
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                // dates, calendar years, times, weekdays
                arguments("The summit took place on Jan. 11, 2023, in Paris."),
                arguments("The law was passed in 2022."),
                arguments("Elections are due by 2025 at the latest."),
                arguments("They met on March 3 and again on 14 April."),
                arguments("Prices soared in the 1990s."),
                arguments("The meeting starts at 10:30 on Monday."),
                arguments("The train leaves at 3 p.m. every day."),
                arguments("The shop opens at 9am."),
                // ordinals
                arguments("It was the 70th anniversary of the first flight."),
                arguments("She finished 2nd in the race."),
                // numbers inside names and identifiers
                arguments("The F-35 jets landed safely."),
                arguments("Leaders of the G7 gathered."),
                arguments("Article 5 of the charter applies."),
                arguments("Officials held the 2+2 talks."),
                arguments("Veterans of World War II attended."),
                arguments("The COVID-19 wave ended."),
                arguments("The Boeing 737 landed late."),
                arguments("He read section 230 of the act."),
                arguments("Passengers on Flight 370 were never found."),
                arguments("The lights of the Three Gorges Dam were visible."),
                arguments("Install version 2.5.11 now."),
                arguments("Write to desk42@example.org or see www.example.com/page2 today."),
                // scores, ranges and codes
                arguments("The score was 3-1 at half time."),
                arguments("The poll ran Jan. 17-23 in the city."),
                arguments("The office is open 10-11 a.m. on Monday."),
                arguments("Memorials marked the 9-11 attacks."),
                arguments("The shop is open 24/7."),
                arguments("Call (202) 555-0143 before noon."),
                arguments("Tracking id=83749921 was logged."),
                arguments("Prices peaked in the 80’s."),
                arguments("Savers moved money into a 401(k) plan."),
                arguments("The survey ran from Sept. 19 to 22 in the city."),
                arguments("The office is at 131 West 42nd Street."),
                arguments("Fans watched the show The 411 on Friday."),
                arguments("The meeting ended at three o'clock."),
                // ranks and labels
                arguments("A three-star general leads the command."),
                arguments("The firm made a six-figure ad buy."),
                // one and a as pronoun or article
                arguments("It is one of the strongest teams."),
                arguments("One step remains before a deal."),
                arguments("An attack on one is an attack on all."),
                // vague amounts
                arguments("Dozens of people and hundreds of cars were there."),
                arguments("Several ships and thousands of sailors left."),
                // half and third as nouns and ordinals
                arguments("Sales grew in the first half of the year."),
                arguments("He cut the apple in half."),
                arguments("A third country joined the talks."),
                // list numbers
                arguments("1. Open the door.\n2. Close the window."),
                arguments("The ranking changed. 1. Ana Lopez (Last week: 2.) 2. Tom Reyes (1.) 3. Jo Kim (3.)"),
                arguments("She 1) reads the words, 2) sees their meaning and 3) smiles."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exclusions")
    void leavesOut(String sentence) throws Exception {
        assertThat(run(sentence)).isEmpty();
    }

    @Test
    void claimsInOneSentenceKeepTheirOwnQualifiers() throws Exception {
        assertThat(run("More than half of the approximately 50,000 soldiers left, and the two camps closed."))
                .containsExactly(
                        new Claim("half", 0.5, "fraction", "MORE_THAN", "soldiers"),
                        new Claim("50,000", 50000.0, "", "APPROX", "soldiers"),
                        new Claim("two", 2.0, "", "EXACT", "camps"));
    }

    @Test
    void aNumberHyphenatedToANounCountsIt() throws Exception {
        assertThat(run("The 104-page report described a two-front war and a $15-an-hour wage."))
                .extracting(Claim::text, Claim::value, Claim::unit)
                .containsExactly(org.assertj.core.api.Assertions.tuple("104", 104.0, ""),
                        org.assertj.core.api.Assertions.tuple("two", 2.0, ""),
                        org.assertj.core.api.Assertions.tuple("$15", 15.0, "USD"));
    }

    @Test
    void aTallyInAPollsSentenceIsTwoShares() throws Exception {
        assertThat(run("In the new poll, Rubio tops Clinton 41-40. The court made a 5-4 decision. Polls recall the 80-19 vote."))
                .extracting(Claim::text, Claim::unit)
                .containsExactly(org.assertj.core.api.Assertions.tuple("41", "percent"),
                        org.assertj.core.api.Assertions.tuple("40", "percent"),
                        org.assertj.core.api.Assertions.tuple("5", ""), org.assertj.core.api.Assertions.tuple("4", ""),
                        org.assertj.core.api.Assertions.tuple("80", ""), org.assertj.core.api.Assertions.tuple("19", ""));
    }

    @Test
    void aCountClosingASentenceInBracketsIsNoListMark() throws Exception {
        assertThat(run("Rubio has 12. (Cruz also has 17.) The race goes on."))
                .extracting(Claim::text).containsExactly("12", "17");
    }

    @Test
    void numbersJoinedByAHyphenInATallyAreTwoCounts() throws Exception {
        assertThat(run("The court made a 5-4 decision, and Democrats outnumber them 3-1."))
                .extracting(Claim::text, Claim::value)
                .containsExactly(org.assertj.core.api.Assertions.tuple("5", 5.0),
                        org.assertj.core.api.Assertions.tuple("4", 4.0),
                        org.assertj.core.api.Assertions.tuple("3", 3.0),
                        org.assertj.core.api.Assertions.tuple("1", 1.0));
    }

    @Test
    void oneOfAGroupIsNoProportion() throws Exception {
        assertThat(run("She is one of 12 children."))
                .extracting(Claim::text, Claim::unit)
                .containsExactly(org.assertj.core.api.Assertions.tuple("12", "")); // "one" of a group is no claim
    }

    @Test
    void theFirstNumberOfARangeTakesTheUnitOfTheSecond() throws Exception {
        assertThat(run("Between 10 and 15 percent of voters agreed.")).containsExactly(
                new Claim("10", 10.0, "percent", "EXACT", "voters"),
                new Claim("15 percent", 15.0, "percent", "EXACT", "voters"));
        assertThat(run("The repair takes two to three weeks.")).extracting(Claim::text, Claim::value, Claim::unit)
                .containsExactly(tuple("two", 2.0, "week"), tuple("three weeks", 3.0, "week"));
        assertThat(run("The bridge will cost $3 to $5 billion.")).extracting(Claim::text, Claim::value, Claim::unit)
                .containsExactly(tuple("$3", 3.0E9, "USD"), tuple("$5 billion", 5.0E9, "USD"));
        assertThat(run("Pupils aged 12 to 16 took part.")).extracting(Claim::text, Claim::value, Claim::unit)
                .containsExactly(tuple("12", 12.0, "year"), tuple("16", 16.0, "year"));
        assertThat(run("Emissions must fall by 2030 to 40 percent of today's level.")).extracting(Claim::text)
                .containsExactly("40 percent");
    }

    @Test
    void yearLikeNumberThatCountsIsAClaim() throws Exception {
        assertThat(run("The storm killed 1500 cattle in 2021.")).extracting(Claim::text).containsExactly("1500");
        assertThat(run("More than 2000 workers joined.")).extracting(Claim::text).containsExactly("2000");
    }

    @Test
    void numbersInsideNamedEntitiesAreLeftOutWhenEntitiesAreThere() throws Exception {
        String text = "She runs 5 Guys in the town.";
        JCas withEntity = NumericTestPipeline.preprocess(text);
        NamedEntity ne = new NamedEntity(withEntity, text.indexOf("5 Guys"), text.indexOf("5 Guys") + 6);
        ne.setValue("ORG");
        ne.addToIndexes();
        extractor.process(withEntity);
        assertThat(NumericTestPipeline.claims(withEntity)).isEmpty();

        AnalysisEngine ignoringEntities = createEngine(NumericClaimAnnotator.class,
                NumericClaimAnnotator.PARAM_USE_NAMED_ENTITIES, false);
        JCas again = NumericTestPipeline.preprocess(text);
        new NamedEntity(again, ne.getBegin(), ne.getEnd()).addToIndexes();
        ignoringEntities.process(again);
        assertThat(NumericTestPipeline.claims(again)).extracting(Claim::text).containsExactly("5");
    }

    @Test
    void aPluralOfTensIsARangeOfTenAsAnAgeOrAPollsShareAndOtherwiseNoClaim() throws Exception {
        assertThat(run("Her approval rating rose to the low 50s, while his rating stayed in the 30s."))
                .extracting(Claim::text, Claim::value, Claim::unit, Claim::qualifier)
                .containsExactly(tuple("50s", 52.0, "percent", "APPROX"), tuple("30s", 30.0, "percent", "AT_LEAST"));
        assertThat(run("The jobless rate dipped into the mid-20s."))
                .extracting(Claim::text, Claim::value, Claim::unit, Claim::qualifier)
                .containsExactly(tuple("mid-20s", 25.0, "percent", "APPROX"));
        assertThat(run("I found myself, in my 40s, wanting more. Two judges were approaching their 80s."))
                .extracting(Claim::text, Claim::value, Claim::unit, Claim::qualifier)
                .containsExactly(tuple("40s", 40.0, "year", "AT_LEAST"), tuple("Two", 2.0, "", "EXACT"),
                        tuple("80s", 80.0, "year", "APPROX"));
        assertThat(run("The music of the 80s was loud, and the low 50s of the band were a mystery.")).isEmpty();
    }

    @Test
    void aMultiplierIsNoClaimAndARepetitionIsACount() throws Exception {
        assertThat(run("Veterans died at three times the rate of civilians, raised 54 times more money, worked 10 times"
                + " harder, raised three times as much and saw a 10-fold rise. She voted for him three times."))
                .extracting(Claim::text, Claim::value)
                .containsExactly(tuple("three", 3.0));
    }

    @Test
    void aNumberAfterAPersonsNameIsACountAndAfterAProductsNameNone() throws Exception {
        String text = "The delegate count is Ana Lopez 384, Tom Reyes 300. The Skyliner 737 landed.";
        JCas jcas = NumericTestPipeline.preprocess(text);
        for (String[] name : new String[][] { { "Ana Lopez", "PER" }, { "Tom Reyes", "PER" }, { "Skyliner", "MISC" } }) {
            NamedEntity ne = new NamedEntity(jcas, text.indexOf(name[0]), text.indexOf(name[0]) + name[0].length());
            ne.setValue(name[1]);
            ne.addToIndexes();
        }
        extractor.process(jcas);
        assertThat(NumericTestPipeline.claims(jcas)).extracting(Claim::text).containsExactly("384", "300");
    }

    @Test
    void offsetsAreUtf16AfterCharactersOutsideTheBasicPlane() throws Exception {
        String text = "😀 The club has 300 members.";
        List<Claim> found = run(text);
        assertThat(found).extracting(Claim::text).containsExactly("300");
    }

    @Test
    void sameInputGivesSameOutput() throws Exception {
        String text = "About 70% of the 1,200 staff earn more than $40,000 a year.";
        assertThat(run(text)).isEqualTo(run(text));
    }
}
