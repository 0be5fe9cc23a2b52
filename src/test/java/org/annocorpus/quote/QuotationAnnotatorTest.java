package org.annocorpus.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.annocorpus.testing.Preprocessing;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * The quotation annotator on the real preprocessing of the pipelines ({@link Preprocessing}), one
 * invented case per phenomenon: which marks are quotations, who says them, and the speaker's canonical name.
 */
class QuotationAnnotatorTest {

    private static AnalysisEngine preprocessing;
    private static AnalysisEngine quotations;

    @BeforeAll
    static void engines() throws Exception {
        preprocessing = createEngine(Preprocessing.description());
        quotations = createEngine(QuotationAnnotator.class);
    }

    static Stream<Arguments> speakers() {
        return Stream.of(
                Arguments.of("X said", "“We will win,” Maria Lopez said.", "We will win", "Maria Lopez", "Maria Lopez"),
                Arguments.of("said X", "“We will win,” said Maria Lopez.", "We will win", "Maria Lopez", "Maria Lopez"),
                Arguments.of("X told reporters, canonical name",
                        "Carlos Ortega leads the ministry.\n“Prices will fall,” Ortega told reporters.",
                        "Prices will fall", "Carlos Ortega", "Ortega"),
                Arguments.of("according to X", "Carlos Ortega leads the ministry.\nThe plan is “fully funded,” according to Ortega.",
                        "fully funded", "Carlos Ortega", "Ortega"),
                Arguments.of("X, the ..., said", "“We are ready,” Carlos Ortega, the finance minister, said.",
                        "We are ready", "Carlos Ortega", "Carlos Ortega"),
                Arguments.of("title before the name", "“We are ready,” said Finance Minister Carlos Ortega.",
                        "We are ready", "Carlos Ortega", "Carlos Ortega"),
                Arguments.of("a lower-case role with \"of\" before the name",
                        "“We are ready,” said former secretary of state Ana Reyes.",
                        "We are ready", "Ana Reyes", "Ana Reyes"),
                Arguments.of("coordinated roles before one name are one person",
                        "Former prosecutor and Dallas Mayor Tom Reyes called the plan “a disaster.”",
                        "a disaster", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a friend of a person is another source",
                        "“We are ready,” said a close friend of Ana Reyes.",
                        "We are ready", "close friend of Ana Reyes", "a close friend of Ana Reyes"),
                Arguments.of("a colon after the speech clause", "Carlos Ortega said on Monday: “We are ready.”",
                        "We are ready", "Carlos Ortega", "Carlos Ortega"),
                Arguments.of("fragment after a reporting verb", "Ortega called the proposal “deeply flawed” on Monday.",
                        "deeply flawed", "Ortega", "Ortega"),
                Arguments.of("he, resolved to the earlier speaker",
                        "Carlos Ortega spoke in Lima on Monday.\n“We are ready,” he said.", "We are ready", "Carlos Ortega", "he"),
                Arguments.of("she, resolved past a man to the woman an honorific names",
                        "Ms. Lopez met Mr. Ortega in Lima on Monday.\nHe spoke first.\n“We are ready,” she said.",
                        "We are ready", "Lopez", "she"),
                Arguments.of("they, resolved to a plural subject",
                        "The ministers met in Lima on Monday.\nThey called the deal “a turning point.”",
                        "a turning point", "ministers", "They"),
                Arguments.of("a name's mention keeps its determiner, the speaker does not",
                        "“Prices will fall,” the Daily Ledger reported.", "Prices will fall", "Daily Ledger", "the Daily Ledger"),
                Arguments.of("a nominal source", "“The talks have failed,” a senior European diplomat said.",
                        "The talks have failed", "senior European diplomat", "a senior European diplomat"),
                Arguments.of("a document as source", "The final communique described the move as “deeply worrying.”",
                        "deeply worrying", "final communique", "The final communique"),
                Arguments.of("subject with a participle phrase",
                        "The report released by the agency also labeled the policy “a failure.”",
                        "a failure", "report", "The report"),
                Arguments.of("coordinated sources in text order", "Peru and Chile said they would sign “a historic deal.”",
                        "a historic deal", "Peru & Chile", "Peru and Chile"),
                Arguments.of("acronym to the full name",
                        "The United Nations met in Geneva.\nThe UN said the vote was “a grave mistake.”",
                        "a grave mistake", "United Nations", "The UN"), // GUIDELINES Q9: determiners are included
                Arguments.of("a bare surname is the person first introduced with it, not a relative named later",
                        "Sen. Tom Reyes spoke in Dallas on Monday.\nHe thanked his wife, Ana Reyes, for her support.\n"
                                + "“We will win,” Reyes said.", "We will win", "Tom Reyes", "Reyes"),
                Arguments.of("capitalised words around a quotation with a lower-case reporting verb are no headline",
                        "“We will achieve justice,” Dallas police Chief Tom Reyes said Monday.",
                        "We will achieve justice", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a participle after a comma has the subject of its clause",
                        "Ana Reyes spoke on Monday about the flood in Dallas, Texas, arguing that the response was “too slow.”",
                        "too slow", "Ana Reyes", "Ana Reyes"),
                Arguments.of("she, not to a subject whose head is inanimate",
                        "Ana Reyes visited the flooded district on Monday.\nThe visit drew a large crowd.\n“We will rebuild,” she said.",
                        "We will rebuild", "Ana Reyes", "she"),
                Arguments.of("she, past a man the first name tells",
                        "Donald Ortega spoke after Ana Reyes in Dallas on Monday.\n“We will rebuild,” she said.",
                        "We will rebuild", "Ana Reyes", "she"),
                Arguments.of("she, to a person more than four sentences back",
                        "Ana Reyes spoke in Dallas on Monday. The officials waited. The officials left. "
                                + "The officials returned. The officials cheered.\n“We will rebuild,” she said.",
                        "We will rebuild", "Ana Reyes", "she"),
                Arguments.of("words an object is called with \"as\" are the verb's subject's",
                        "Ana Reyes has gone after Tom Ortega as a “reckless gambler” for weeks.",
                        "reckless gambler", "Ana Reyes", "Ana Reyes"),
                Arguments.of("\"as\" without an object says how a thing seems, not who said it",
                        "The plan comes across as “too timid” to voters.", "too timid", "", null),
                Arguments.of("subject with a present participle phrase",
                        "The protesters marching through the streets chanted “No more curfews.”",
                        "No more curfews", "protesters", "The protesters"),
                Arguments.of("a definite description stands for the person in focus before it",
                        "Tom Reyes spoke in Ohio on Monday.\n“We will win,” the New York businessman said.",
                        "We will win", "Tom Reyes", "the New York businessman"),
                Arguments.of("... also with a head the animacy lists take for a thing (\"frontrunner\")",
                        "Tom Reyes spoke in Ohio on Monday.\n“We will win,” the Democratic frontrunner said.",
                        "We will win", "Tom Reyes", "the Democratic frontrunner"),
                Arguments.of("... but not one the text introduced with \"a\" before it, a person of its own",
                        "Tom Reyes spoke in Ohio on Monday. He was greeted by an organizer.\n“We will win,” the organizer said.",
                        "We will win", "organizer", "the organizer"),
                Arguments.of("... where \"a\" is the article of a phrase the noun is in, not the noun's own",
                        "President Tom Reyes spoke in Ohio. Ana Ortega had a question for the president.\n“We will win,” the president said.",
                        "We will win", "Tom Reyes", "the president"),
                Arguments.of("a hyphenated modifier the tokenizer cut after its hyphen stays in the description",
                        "In a scathing opinion piece, The Wall Street Journal called on Tom Reyes to quit.\n“He needs to stop,” the conservative-leaning newspaper wrote.",
                        "He needs to stop", "conservative-leaning newspaper", "the conservative-leaning newspaper"),
                Arguments.of("an adjective with its complement stays in the description after the verb (GUIDELINES H49)",
                        "“We will win,” said a source close to the campaign.",
                        "We will win", "source close to the campaign", "a source close to the campaign"),
                Arguments.of("... also where the complement is a pronoun",
                        "A source close to him said, “We will win.”",
                        "We will win", "source close to him", "A source close to him"),
                Arguments.of("... and where it ends in a gerund after a possessive, which the tagger took for a verb",
                        "Another source familiar with the mayor’s thinking said, “We will win.”",
                        "We will win", "source familiar with the mayor’s thinking",
                        "Another source familiar with the mayor’s thinking"),
                Arguments.of("a subject pronoun with 's is the subject, no possessor (\"She's\" is \"she is\")",
                        "Ana Reyes, 66, said it was about age. She's a Lopez supporter but concedes that her peers love "
                                + "Maria Ortega.\n“They will not change their minds,” she said.",
                        "They will not change their minds", "Ana Reyes", "she"),
                Arguments.of("... but not after a quotation (\"grinned\" is no reporting verb, and its subject no age)",
                        "''Silly boys acting like they've never seen a girl before,'' grinned Ana Reyes, 22, who helped found the group.",
                        "Silly boys acting like they've never seen a girl before", "", null),
                Arguments.of("a noun that is feminine by itself is no \"he\"",
                        "Tom Reyes says he still hopes to win. His wife, he says, plans to leave the party.\n“We will win,” he said.",
                        "We will win", "Tom Reyes", "he"),
                Arguments.of("the description of a title stands for the person in focus whom the text gave that title",
                        "President Tom Reyes met World Bank President Carlos Ortega.\nReyes said the accord would help.\n"
                                + "The president also said “we will win.”",
                        "we will win", "Tom Reyes", "The president"),
                Arguments.of("a day after a noun is the verb's: the later \"the email\" is the first description",
                        "The Reyes campaign sent a fundraising email Wednesday saying it would win.\n“We will win,” the email read.",
                        "We will win", "fundraising email", "the email"),
                Arguments.of("a list of persons' names with commas after the verb is one group of sources",
                        "“We will win,” wrote Ana Reyes, Tom Ortega and Li Wei.",
                        "We will win", "Ana Reyes & Tom Ortega & Li Wei", "Ana Reyes, Tom Ortega and Li Wei"),
                Arguments.of("... and before it, where \"they\" stands for the whole list",
                        "Ana Reyes, Tom Ortega, and Li Wei estimated that costs rose.\n“These results matter,” they argued.",
                        "These results matter", "Ana Reyes & Tom Ortega & Li Wei", "they"),
                Arguments.of("... but a name after a comma with no \"and\" to end a list is an apposition",
                        "“We will win,” said Ana Reyes, Tom Ortega’s deputy.",
                        "We will win", "Ana Reyes", "Ana Reyes"),
                Arguments.of("a reporting verb whose subject is a thing that does not speak reports for the person before it",
                        "Tom Reyes said the spate of shootings demands that all of us engage in “more listening.”",
                        "more listening", "Tom Reyes", "Tom Reyes"),
                Arguments.of("... but a text speaks for itself inside another's report",
                        "The researchers reported that Acme holds cash abroad, and the report says the company “has 987 subsidiaries.”",
                        "has 987 subsidiaries", "report", "the report"),
                Arguments.of("a noun the tagger made an adjective after a name before a past speech verb is the phrase's head",
                        "A State Department official said, “We will not comment.”",
                        "We will not comment", "State Department official", "A State Department official"),
                Arguments.of("a participle with its particle and agent after the subject's noun is no subject (\"sent out by\")",
                        "A fundraising email sent out by Tom Reyes warned of the fight ahead: “There are 14 primaries.”",
                        "There are 14 primaries", "fundraising email", "A fundraising email"),
                Arguments.of("where a person is from, after a noun of persons, stays in the description",
                        "Tom Reyes turned on Ana Ortega, with the campaign of the former senator from Pennsylvania saying she was “not a real conservative.”",
                        "not a real conservative", "campaign of the former senator from Pennsylvania",
                        "the campaign of the former senator from Pennsylvania"),
                Arguments.of("a definite description with no person before it is its own source",
                        "“We will win,” the New York businessman said.",
                        "We will win", "New York businessman", "the New York businessman"),
                Arguments.of("he, to the later of two persons of a sentence without a subject of its own",
                        "While Carlos Ortega had many supporters, that did not help Tom Reyes.\n“We will win,” he said.",
                        "We will win", "Tom Reyes", "he"),
                Arguments.of("he, to a definite description that stands for a person",
                        "Tom Reyes spoke in Ohio on Monday.\nThe New York businessman spoke again later.\n"
                                + "He called the plan “a disaster.”", "a disaster", "Tom Reyes", "He"),
                Arguments.of("a definite description whose head was the person's title",
                        "President Ana Reyes spoke in Ohio.\nTom Ortega asked about the plan.\n"
                                + "“We will win,” the president said.", "We will win", "Ana Reyes", "the president"),
                Arguments.of("a definite description whose head an abbreviated title stands for",
                        "Gov. Ana Reyes spoke first.\nSen. Tom Ortega listened.\n“We will win,” the governor said.",
                        "We will win", "Ana Reyes", "the governor"),
                Arguments.of("a quantity phrase: the source is what it counts",
                        "Small groups of protesters chanted “No more curfews.”", "No more curfews", "protesters",
                        "Small groups of protesters"),
                Arguments.of("one before a noun is a determiner",
                        "“It was partial,” said one Democratic source on the panel.", "It was partial",
                        "Democratic source", "one Democratic source"),
                Arguments.of("a subject goes on left of of the",
                        "The head of the union said it was “a disgrace.”", "a disgrace", "head of the union",
                        "The head of the union"),
                Arguments.of("according to a phrase with an adjective the tagger takes for a verb",
                        "According to conservative talk radio host Tom Reyes, the move reeks of “fear” and desperation.",
                        "fear", "Tom Reyes", "Tom Reyes"),
                Arguments.of("the possessor of a noun of speech",
                        "Tom Reyes spoke on Monday.\nContrary to his claim that voters would “learn nothing,” the "
                                + "records matter.", "learn nothing", "Tom Reyes", "his"),
                Arguments.of("a possessor is no subject for he",
                        "Tom Reyes said the plan was ready. The party's existing rules empower the board to act.\n"
                                + "“We will act,” he said.", "We will act", "Tom Reyes", "he"),
                Arguments.of("\"went on\" closing the clause after a quotation reports speech",
                        "Tom Reyes spoke in Dallas on Monday. “We will rebuild the bridge,” he went on.",
                        "We will rebuild the bridge", "Tom Reyes", "he"),
                Arguments.of("a gerund after \"by\" has the subject of the verb before it",
                        "Ana Reyes rallied voters by warning that “the city is sinking” on Friday.",
                        "the city is sinking", "Ana Reyes", "Ana Reyes"),
                Arguments.of("\"the Republican\" (an adjective used as a noun) is a description of the person in focus",
                        "Tom Reyes spoke on Monday. “We will win,” the Republican said.",
                        "We will win", "Tom Reyes", "the Republican"),
                Arguments.of("\"the Democrat\" (a party member) is a description of the person in focus",
                        "Tom Reyes spoke on Monday. “We will win,” the Democrat said.",
                        "We will win", "Tom Reyes", "the Democrat"),
                Arguments.of("a participle between a preposition and its noun modifies the noun",
                        "In the poll, 60 percent of registered voters called the plan “a disaster.”",
                        "a disaster", "registered voters", "60 percent of registered voters"),
                Arguments.of("a time phrase before a participle is no subject",
                        "The agency issued a report this week accusing the company of “gross negligence.”",
                        "gross negligence", "report", "a report"),
                Arguments.of("\"the mouth of X\" speaks for X",
                        "“Our hearts are with them,” the mouth of Tom Reyes declared on Monday.",
                        "Our hearts are with them", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a quoted sentence after a dash ending a clause about a person",
                        "Tom Reyes also embraced the new tax plan -- “I think it will work.”",
                        "I think it will work", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a quoted sentence after a dash ending a clause about a thing has no source",
                        "The plan has one motto -- “Build it now.”", "Build it now", "", null),
                Arguments.of("she, not to a subject whose head names no person",
                        "Ana Reyes spoke on Monday. The hashtag #floods was also trending. “I see the water rising,” she said.",
                        "I see the water rising", "Ana Reyes", "she"),
                Arguments.of("a name in apposition after a title is the source",
                        "“The water is rising,” a city spokesman, Tom Reyes, said on Monday.",
                        "The water is rising", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a name in apposition after a title is the subject \"she\" goes back to",
                        "The crowd waited. A spokeswoman, Ana Reyes, spoke on Monday.\n“I see the water rising,” she said.",
                        "I see the water rising", "Ana Reyes", "she"),
                Arguments.of("a hyphenated compound before a name stays in the subject, not an apposition after it",
                        "The Nobel-winning Chilean poet Ana Maria Reyes Soto, one of the organisers, told a crowd in Lima that "
                                + "the verdict was “a disgrace.”", "a disgrace", "Ana Maria Reyes Soto",
                        "Ana Maria Reyes Soto"),
                Arguments.of("a surname of two words is the person first named with it in full",
                        "Ana Maria Reyes Soto spoke in Lima.\n“It is a disgrace,” Reyes Soto said.",
                        "It is a disgrace", "Ana Maria Reyes Soto", "Reyes Soto"),
                Arguments.of("a description stands for the person in focus the document names most",
                        "Tom Reyes won the primary in Ohio. Tom Reyes thanked his voters.\n"
                                + "Tom Reyes later met Mayor Ana Ortega. Ana Ortega left early.\n"
                                + "“We will win,” the Republican presidential candidate said.",
                        "We will win", "Tom Reyes", "the Republican presidential candidate"),
                Arguments.of("where the speaker is from, a place and its state between commas, is no subject",
                        "Tom Reyes, of Springfield, Va., said he had worked there for “twenty long years.”",
                        "twenty long years", "Tom Reyes", "he"), // "he", nearer than the subject, is the mention (Q9)
                Arguments.of("an age, a place of origin and a relative clause between subject and verb",
                        "Ana Reyes, 59, of Dayton, Ohio, who watched the parade, said it was “a great day.”",
                        "a great day", "Ana Reyes", "Ana Reyes"),
                Arguments.of("a person's name right before a present participle is its subject",
                        "The spot ends with footage of Tom Reyes saying during the debate last week, “That makes me "
                                + "smart,” when Ana Ortega asked.", "That makes me smart", "Tom Reyes", "Tom Reyes"),
                Arguments.of("\"one\" as a determiner, whatever the tagger made of it",
                        "Talks Stall\n\nThe talks went on.\n\n\"It was bad,\" said one official.", "It was bad", "official",
                        "one official"),
                Arguments.of("an adjective with its complement after the noun stays in the phrase",
                        "A person familiar with the talks said the deal “is not dead yet.”", "is not dead yet",
                        "person familiar with the talks", "A person familiar with the talks"),
                Arguments.of("... also after an inverted verb, where the tagger takes the adjective for the noun",
                        "Talks Stall\n\nThe talks went on.\n\n\"It was bad,\" said one Democrat familiar with the "
                                + "discussion.", "It was bad", "Democrat familiar with the discussion",
                        "one Democrat familiar with the discussion"),
                Arguments.of("a word of vague quantity is no part of the speaker, but of the mention",
                        "The parade went on, with many marchers and spectators chanting “We are here.”", "We are here",
                        "marchers and spectators", "many marchers and spectators"),
                Arguments.of("the reporting verb that ends a sentence gives its speaker, whom \"he\" goes on with",
                        "Tom Reyes met the mayor at an event, he said. Ortega electrified the small crowds with impassioned "
                                + "speeches and promises to shake things up in Lima if elected, Reyes said. \"He was very "
                                + "articulate,\" he said.", "He was very articulate", "Tom Reyes", "he"),
                Arguments.of("no name in a prepositional phrase moved to the front is the pronoun after it",
                        "Tom Reyes spoke on Monday.\n\nOn Carlos Ortega, he said, “He is a fine man.”", "He is a fine man",
                        "Tom Reyes", "he"),
                Arguments.of("a verb of attitude reports speech: \"vented\"",
                        "Ana Lopez flew home.\n\nThat night, she vented to her husband, Tom Lopez, that it would be “a huge "
                                + "shock.”", "a huge shock", "Ana Lopez", "her"),
                Arguments.of("a proportion of a group says what the group says (GUIDELINES H30)",
                        "Ana Lopez spoke in Ohio.\n\nFour in 10 voters say that she is “too cautious.”", "too cautious",
                        "voters", "Four in 10 voters"),
                Arguments.of("... also after \"about\", which makes \"four\" no count of persons named before",
                        "Ana Lopez and Li Wei met Tom Reyes and Carlos Ortega.\n\nAbout four in 10 primary voters say "
                                + "that a candidate must “share my values.”", "share my values", "primary voters",
                        "About four in 10 primary voters"),
                Arguments.of("no source stated", "The change is part of an effort to meet the “rising threat,” mainly at sea.",
                        "rising threat", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void attributesTheSpeaker(String phenomenon, String text, String quote, String speaker, String mention)
            throws Exception {
        JCas jcas = annotate(text);
        assertThat(select(jcas, Quotation.class))
                .as(phenomenon)
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker,
                        q -> q.getSpeakerMention() == null ? null : q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple(quote, speaker, mention));
    }

    @Test
    void anOrganisationsShortNameIsNoPersonsSurname() throws Exception {
        // "Washington Post" has the shape of a person's name, but its type says it is none: "The Post" is no
        // person whom "he" could stand for, and "it" may stand for it
        JCas jcas = annotateWithEntities("Tom Reyes met reporters of The Washington Post.\n"
                + "On Monday, The Post sought more details. In response, he cited a “generous gift.”\n"
                + "The Post reported that Reyes was gathering material for a book. It added, “The visit was short.”",
                "Tom Reyes/PER", "Washington Post/ORG", "Post@Post sought/ORG", "Post@Post reported/ORG",
                "Reyes@Reyes was/PER");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("generous gift", "Tom Reyes"), tuple("The visit was short", "Washington Post"));
    }

    @Test
    void quotationsAfterAGerundsThatClauseShareTheMainSubject() throws Exception {
        JCas jcas = annotate("Ana Reyes rallied voters by warning darkly that “the city is sinking” because "
                + "“nobody cares” and being “too honest.”");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("the city is sinking", "Ana Reyes"), tuple("nobody cares", "Ana Reyes"),
                        tuple("too honest", "Ana Reyes"));
    }

    @Test
    void aQuotationInterruptedByItsAttributionIsTwoWithOneSource() throws Exception {
        JCas jcas = annotate("“We will win,” Maria Lopez said, “and we will win soon.”");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We will win", "Maria Lopez"), tuple("and we will win soon", "Maria Lopez"));
        assertThat(select(jcas, SourceMention.class)).extracting(SourceMention::getCoveredText).containsExactly("Maria Lopez");
    }

    @Test
    void aQuotationContinuedAcrossParagraphsHasOneSpeaker() throws Exception {
        JCas jcas = annotate("Maria Lopez took the floor.\n“The first part goes on.\n“The second part ends here,” she said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("The first part goes on", "Maria Lopez"), tuple("The second part ends here", "Maria Lopez"));
    }

    @Test
    void theSecondHalfOfASpeechContinuesItsSpeaker() throws Exception {
        JCas jcas = annotate("“Prices will fall,” Carlos Ortega told reporters. “Wages will rise.”");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("Prices will fall", "Carlos Ortega"), tuple("Wages will rise", "Carlos Ortega"));
    }

    @Test
    void everyAttributionRecordsItsSieve() throws Exception {
        JCas jcas = annotate("Carlos Ortega said the plan was “working.”\n“Prices will fall,” Maria Lopez told reporters. "
                + "“Wages will rise.”\nThe change is part of an effort to meet the “rising threat,” mainly at sea.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getAttributionSieve)
                .containsExactly(tuple("working", "verb-before"), tuple("Prices will fall", "verb-after"),
                        tuple("Wages will rise", "previous-quote"), tuple("rising threat", ""));
    }

    @Test
    void theSieveListDecidesWhichRulesApplyAndInWhatOrder() throws Exception {
        String text = "“Prices will fall,” Maria Lopez told reporters. “Wages will rise.”";
        JCas jcas = annotate(text, createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SIEVES,
                new String[] {"verb-after"}));
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, Quotation::getAttributionSieve)
                .containsExactly(tuple("Prices will fall", "Maria Lopez", "verb-after"), tuple("Wages will rise", "", ""));
    }

    @Test
    void theAttributionsOwnMentionOnRequest() throws Exception {
        String text = "Tom Reyes, who met voters and said his campaign was strong, called the plan “a joke.”";
        JCas jcas = annotate(text, createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SPEAKER_MENTION,
                QuotationAnnotator.SPEAKER_MENTION_ATTRIBUTION));
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("Tom Reyes", "Tom Reyes"));
        assertThat(select(annotate(text), Quotation.class))
                .extracting(Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("Tom Reyes", "his"));
    }

    /** Source phrases as PolNeAR marks them: phenomenon, text, the quotation's speaker mention. */
    static Stream<Arguments> sourcePhrases() {
        return Stream.of(
                Arguments.of("titles and premodifiers before the name",
                        "“We will win,” said Senate Majority Leader Tom Reyes.", "Senate Majority Leader Tom Reyes"),
                Arguments.of("an honorific", "“We will win,” Mr. Reyes said.", "Mr. Reyes"),
                Arguments.of("a party in parentheses", "“We will win,” said Sen. Ana Lopez (D-Ore.).",
                        "Sen. Ana Lopez (D-Ore.)"),
                Arguments.of("a place after \"of\"", "“We will win,” said Representative Ana Lopez of Ohio.",
                        "Representative Ana Lopez of Ohio"),
                Arguments.of("an apposition before the verb, with its closing comma",
                        "“We will win,” Tom Reyes, a spokesman for the union, said.",
                        "Tom Reyes, a spokesman for the union,"),
                Arguments.of("an age before the verb", "Tom Reyes, 82, said: “We will win.”", "Tom Reyes, 82,"),
                Arguments.of("an apposition after the verb, to the sentence's end",
                        "“We will win,” said Tom Reyes, an economist who advises the union.",
                        "Tom Reyes, an economist who advises the union"),
                Arguments.of("after \"according to\"", "The union will win, according to Ana Lopez, its lawyer, “by a mile.”",
                        "Ana Lopez, its lawyer"),
                Arguments.of("a participle after the comma is no apposition",
                        "“We will win,” said Tom Reyes, adding that the vote was close.", "Tom Reyes"),
                Arguments.of("an occasion before the name is no title",
                        "In a radio interview Tom Reyes said “we will win.”", "Tom Reyes"),
                Arguments.of("a pronoun stays a pronoun", "Tom Reyes spoke last. “We will win,” he said.", "he"),
                Arguments.of("a pronoun inside another's clause is the outer subject",
                        "Mayor Ana Lopez said she recalled thinking, “This is odd.”", "Mayor Ana Lopez"),
                Arguments.of("... also in \"what she called\"",
                        "Ana Lopez condemned what she called a “brazen breach” of the rules.", "Ana Lopez"),
                Arguments.of("... of the same source only",
                        "Ana Lopez said Tom Reyes had warned that he would “walk out.”", "Tom Reyes"),
                Arguments.of("a pronoun that opens the main clause stays",
                        "When Tom Reyes arrived, he said “we will win.”", "he"),
                Arguments.of("an object before the pronoun is no outer subject",
                        "Reporters asked Tom Reyes about it, and he said “we will win.”", "he"),
                Arguments.of("a mention with its own determiner takes nothing before it",
                        "In Washington the president said “we will win.”", "the president"),
                Arguments.of("a year is no premodifier", "In 2016 Tom Reyes said “we will win.”", "Tom Reyes"),
                Arguments.of("the occasion after an apposition is the verb's",
                        "“We will win,” said Tom Reyes, a lawyer, in an interview on Tuesday.", "Tom Reyes, a lawyer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcePhrases")
    void theSourcePhraseOnRequest(String phenomenon, String text, String mention) throws Exception {
        JCas jcas = annotate(text, createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SPEAKER_MENTION,
                QuotationAnnotator.SPEAKER_MENTION_SOURCE));
        assertThat(select(jcas, Quotation.class))
                .as(phenomenon)
                .extracting(q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(mention);
    }

    /** Texts whose source phrase meets the edge of a sentence, a bracket, a quotation or the document. */
    static Stream<String> sourcePhraseEdges() {
        return Stream.of(
                "“We will win,” said Tom Reyes",
                "“We will win,” said Tom Reyes,",
                "“We will win,” said Tom Reyes, a lawyer",
                "“We will win,” said Sen. Ana Lopez (D-Ore.",
                "“We will win,” said Sen. Ana Lopez (",
                "“We will win,” said Representative Ana Lopez of",
                "“We will win,” said Representative Ana Lopez of the",
                "“We will win,” said Tom Reyes, a lawyer, “and soon.”",
                "The vote is near. Tom Reyes, a lawyer. “We will win,” he said.",
                "Tom Reyes, who said “we will win.”");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcePhraseEdges")
    void theSourcePhraseStaysInItsSentenceAndHoldsTheAttributionsMention(String text) throws Exception {
        JCas phrase = annotate(text, createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SPEAKER_MENTION,
                QuotationAnnotator.SPEAKER_MENTION_SOURCE));
        JCas attribution = annotate(text, createEngine(QuotationAnnotator.class,
                QuotationAnnotator.PARAM_SPEAKER_MENTION, QuotationAnnotator.SPEAKER_MENTION_ATTRIBUTION));
        List<Quotation> phrased = List.copyOf(select(phrase, Quotation.class));
        List<Quotation> attributed = List.copyOf(select(attribution, Quotation.class));
        assertThat(phrased).hasSameSizeAs(attributed);
        assertThat(attributed).anyMatch(q -> q.getSpeakerMention() != null);
        for (int i = 0; i < phrased.size(); i++) {
            if (attributed.get(i).getSpeakerMention() == null) {
                assertThat(phrased.get(i).getSpeakerMention()).isNull();
                continue;
            }
            var whole = phrased.get(i).getSpeakerMention();
            var inner = attributed.get(i).getSpeakerMention();
            assertThat(whole.getBegin()).isLessThanOrEqualTo(inner.getBegin());
            assertThat(whole.getEnd()).isGreaterThanOrEqualTo(inner.getEnd());
            assertThat(whole.getCoveredText()).doesNotContain("“", "”").doesNotEndWith(" ");
            assertThat(JCasUtil.selectCovering(phrase, Sentence.class, whole)).hasSize(1);
        }
    }

    @Test
    void anUnknownSpeakerMentionChoiceIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SPEAKER_MENTION,
                "closest"))
                .hasStackTraceContaining("speakerMention: closest is none of nearest, attribution, source");
    }

    @Test
    void anUnknownSieveIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> createEngine(QuotationAnnotator.class, QuotationAnnotator.PARAM_SIEVES,
                new String[] {"verb-after", "telepathy"}))
                .hasStackTraceContaining("unknown attribution sieve 'telepathy'")
                .hasStackTraceContaining("verb-before");
    }

    static Stream<Arguments> namesBeingNamed() {
        return Stream.of(
                Arguments.of("known as", "The meeting, also known as the \"3+3,\" was held in Lima."),
                Arguments.of("so-called", "Officials fear a so-called \"gray zone\" conflict at sea."),
                Arguments.of("a term then defined", "The ministers discussed \"forward defense,\" referring to troops at the border."),
                Arguments.of("a kind of thing", "In London he signed a “mutual defense pact” with the king."),
                Arguments.of("a designation as subject", "The new \"joint task unit\" will start work in May."),
                Arguments.of("a title in title case", "She hosts “Morning Talk Live” on weekdays."),
                Arguments.of("... also with a subtitle after a colon",
                        "Ana Lopez, a co-author of “Tower Talk: Inside the World of City Hall,” spoke on Monday."),
                Arguments.of("... in two-character marks, whose first half the tokenizer leaves alone",
                        "He decided to make it the sole blurb on the back cover of his new book, ''Trump and Me,'' "
                                + "which will be published on July 5."),
                Arguments.of("a term after \"known as the\" in two-character marks",
                        "It is known as the ''Buffett rule'' after Warren Buffett, the billionaire investor, "
                                + "complained."),
                Arguments.of("a title after its kind and a comma",
                        "Ana Lopez spoke on the latest edition of its politics podcast, “So, That Happened.” "
                                + "Listen to it here."),
                Arguments.of("... also with a possessive in it",
                        "Ana Lopez, a co-editor of “Tower Talk: The New Mayor's Fiction,” spoke on Monday."),
                Arguments.of("single marks after the words in a headline",
                        "Mayor Refuses to Use the Words ‘Total Failure’\n\nThe mayor spoke on Monday."),
                Arguments.of("apostrophes only", "Peru’s leader said the ’90s don’t matter and the workers' unions agree."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesBeingNamed")
    void namesAndApostrophesAreNoQuotations(String phenomenon, String text) throws Exception {
        assertThat(select(annotate(text), Quotation.class)).as(phenomenon).isEmpty();
    }

    @Test
    void marksOfTwoApostrophesOrBackquotesAreDoubleMarks() throws Exception {
        // the NYT archive writes ''...'', the Penn Treebank ``...''
        JCas jcas = annotate("Mr. Reyes said, ''We will not stop.'' Ana Lopez called it ``a test.''");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We will not stop", "Reyes"), tuple("a test", "Ana Lopez"));
    }

    @Test
    void anUnclosedMarkDoesNotSwallowTheRestOfTheDocument() throws Exception {
        JCas jcas = annotate("Carlos Ortega said it was “over. The talks ended.\nThe next day nobody spoke.\n"
                + "“We start again,” Maria Lopez said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("over", "Carlos Ortega"), tuple("We start again", "Maria Lopez"));
    }

    @Test
    void namedEntitiesOfThePipelineAreUsedWhenPresent() throws Exception {
        JCas jcas = annotateWithPersonsAt("Ministry spokesman Wang Lei spoke on Monday.\n“The region is calm,” Wang added.",
                "Wang Lei", "Wang@Wang added");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("The region is calm", "Wang Lei", "Wang"));
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonHoweverOftenItRecursAlone() throws Exception {
        JCas jcas = annotateWithPersonsAt("Ban Ki-moon spoke on Monday. Ban smiled.\n“The region is calm,” Ban added.",
                "Ban Ki-moon", "Ban@Ban smiled", "Ban@Ban added");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("The region is calm", "Ban Ki-moon"));
    }

    @Test
    void aPronounPrefersThePersonOfItsGenderToANameOfUnknownGenderInTheSameSentence() throws Exception {
        JCas jcas = annotate("Hillary Reyes won the vote.\n\nFollowing Tom Sanders on MSNBC, Reyes seemed to implore"
                + " Sanders to let up by referencing her own role in rallying her supporters behind then-senator"
                + " Barack Obama in 2008.\n\n\"I did not put down conditions,\" she said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("I did not put down conditions", "Hillary Reyes"));
    }

    @Test
    void aPossessorIsAMentionAPronounMayStandFor() throws Exception {
        String text = "Marco Reyes spoke in Ohio.\n\nMarco Reyes was asked by moderator Tom Baker about taxes.\n\n"
                + "The Florida senator’s answer was that families come first. But he had a slip.\n\n"
                + "“The most important job is being a parent,” he said.";
        JCas jcas = annotateWithEntities(text, "Marco Reyes/PER", "Marco Reyes@Marco Reyes was/PER", "Tom Baker/PER",
                "Florida/LOC");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("The most important job is being a parent", "Marco Reyes"));
    }

    @Test
    void aSurnameIsThePersonItsParagraphMadeASubjectElseThePersonFirstIntroduced() throws Exception {
        JCas jcas = annotate("Bill Reyes spoke first.\n\nOn Sunday, Maria Reyes rebuffed a heckler. “You are rude,” "
                + "Reyes told him.\n\nSen. Tom Baker arrived with his wife, Ann Baker. “We will win,” Baker said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("You are rude", "Maria Reyes"), tuple("We will win", "Tom Baker"));
    }

    @Test
    void anAgeDescriptionIsThePersonInFocus() throws Exception {
        JCas jcas = annotate("Maria Reyes defended her husband on Monday.\n\n“He is, and always has been, a leader,” said "
                + "the 46-year-old. “Now, he will go to work for you.”\n\nTom Baker watched. The 70-year-old told reporters he was "
                + "“very proud” of his son.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("He is, and always has been, a leader", "Maria Reyes"),
                        tuple("Now, he will go to work for you", "Maria Reyes"), tuple("very proud", "Tom Baker"));
    }

    @Test
    void aDescriptionWhoseHeadTakesAnOfPhraseIsThePersonInFocus() throws Exception {
        JCas jcas = annotate("Maria Reyes spoke in Ohio on Monday.\n\nThe Democratic front-runner and former secretary of "
                + "state said the country “clearly” needed a new plan.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("clearly", "Maria Reyes"));
    }

    @Test
    void aPlaceBeforeARoleAndAPersonsNameIsNoSource() throws Exception {
        JCas jcas = annotate("“We are all props,” said Virginia delegate Tom Baker, angered by the vote.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We are all props", "Tom Baker"));
    }

    @Test
    void aPronounStandsForTheNameInTheSubjectsApposition() throws Exception {
        JCas jcas = annotate("One superdelegate, Alabama party chairwoman Nancy Worley, pledged her vote to Hillary Clinton "
                + "on Monday.\n\n“We really need to bring a close to this process,” she said.\n\n"
                + "A potential running mate, Ana Lopez is the daughter of immigrants. “I am proud,” she said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We really need to bring a close to this process", "Nancy Worley"),
                        tuple("I am proud", "Ana Lopez"));
    }

    @Test
    void anHonorificKeepsASurnameFromAFullNameOfTheOtherGender() throws Exception {
        JCas jcas = annotate("Bill Reyes spoke first.\nThen Maria Reyes spoke.\n“We will win,” Mr. Reyes said.\n"
                + "“We did,” Mrs. Reyes said.");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We will win", "Bill Reyes"), tuple("We did", "Maria Reyes"));
    }

    /** The speaker mention is the source's mention nearest to the quotation (GUIDELINES Q9): text, names, quotation, speaker, mention. */
    static Stream<Arguments> nearestMentions() {
        return Stream.of(
                Arguments.of("a possessive of the source nearer than the verb's subject",
                        "Tom Reyes, who met voters in Ohio and said his campaign was strong, called the plan “a joke.”",
                        List.of("Tom Reyes/PER", "Ohio/LOC"), "a joke", "Tom Reyes", "his"),
                Arguments.of("a nearer pronoun that stands for someone else is none",
                        "Tom Reyes met Ana Lopez on Monday and said she was “a friend.”",
                        List.of("Tom Reyes/PER", "Ana Lopez/PER"), "a friend", "Tom Reyes", "Tom Reyes"),
                Arguments.of("a pronoun without the verb glued to it",
                        "Tom Reyes spoke on Monday.\nHe said he’d make the plan “work.”",
                        List.of("Tom Reyes/PER"), "work", "Tom Reyes", "he"),
                Arguments.of("the next paragraph is no place for it",
                        "Tom Reyes spoke at length on Monday in the hall about the plan the council passed: “It fails.”\n"
                                + "Reyes left.",
                        List.of("Tom Reyes/PER", "Reyes@Reyes left/PER"), "It fails", "Tom Reyes", "Tom Reyes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearestMentions")
    void theSpeakerMentionIsTheSourcesNearestMention(String phenomenon, String text, List<String> names, String quote,
            String speaker, String mention) throws Exception {
        JCas jcas = annotateWithEntities(text, names.toArray(String[]::new));
        assertThat(select(jcas, Quotation.class))
                .as(phenomenon)
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple(quote, speaker, mention));
    }

    /** Cases on the recogniser's entities (the default pipeline's): text, its names as "Name/TYPE", quotation, speaker. */
    static Stream<Arguments> speakersOverEntities() {
        return Stream.of(
                Arguments.of("a speech verb that opens its sentence before the name is no given name of it",
                        "The house became a museum. Said Ana Reyes, who grew up nearby, “We were all so proud of him.”",
                        List.of("Ana Reyes/PER"), "We were all so proud of him", "Ana Reyes"),
                Arguments.of("the 's of a name before \"been\" is \"has\", no possessive",
                        "Tom Reyes lit into Carlos Ortega early in the debate.\n\nReyes's been making the case for weeks "
                                + "that Ortega isn't ready. \"You have not been tested,\" he said.",
                        List.of("Tom Reyes/PER", "Carlos Ortega/PER", "Reyes@Reyes's/PER", "Ortega@Ortega isn't/PER"),
                        "You have not been tested", "Tom Reyes"),
                Arguments.of("who asks in a subordinate clause is not who answers",
                        "Tom Reyes spoke on Sunday.\n\nReyes did not exude confidence when Carlos Ortega asked whether "
                                + "his party would hold the House.\n\n\"It is going to be unpredictable,\" he said.",
                        List.of("Tom Reyes/PER", "Reyes@Reyes did/PER", "Carlos Ortega/PER"),
                        "It is going to be unpredictable", "Tom Reyes"),
                Arguments.of("a place's name inside a role before a person's name modifies the role",
                        "Former US secretary of state Ana Reyes said, “We will win.”",
                        List.of("US/LOC", "Ana Reyes/PER"), "We will win", "Ana Reyes"),
                Arguments.of("a role with a place and a title's abbreviation, coordinated with another role, is one person's",
                        "“We will win,” said former Texas Gov. and Acme Party Chairman Tom Reyes.",
                        List.of("Texas/LOC", "Acme Party/ORG", "Tom Reyes/PER"), "We will win", "Tom Reyes"),
                Arguments.of("... but a name after \"of\" and a noun of persons before the name make another person",
                        "The lawyer of Acme adviser Tom Reyes said, “We will win.”",
                        List.of("Acme/ORG", "Tom Reyes/PER"), "We will win", "lawyer of Acme adviser Tom Reyes"),
                Arguments.of("the state after a place's comma inside an apposition is the place's, no subject of the verb",
                        "“We will win,” Tom Reyes, now retired in Cambridge, Mass., said by telephone.",
                        List.of("Tom Reyes/PER", "Cambridge/LOC", "Mass./LOC"), "We will win", "Tom Reyes"),
                Arguments.of("a bare definite noun on no list of organisation nouns stands for the organisation whose name holds it",
                        "The Illinois Board of Elections ruled on Monday that the name stays on the ballot, after a complaint "
                                + "from the Acme Group.\n“The candidate is a citizen,” the board said.",
                        List.of("Illinois Board of Elections/ORG", "Acme Group/ORG"), "The candidate is a citizen",
                        "Illinois Board of Elections"),
                Arguments.of("a pronoun never stands for the name its own verb governs",
                        "Sean Baker asked Tom Reyes how high the wall would be.\n“Very high,” he told Baker.",
                        List.of("Sean Baker/PER", "Tom Reyes/PER", "Baker@Baker./PER"), "Very high", "Tom Reyes"),
                Arguments.of("a prepositional phrase between an auxiliary and its verb is no subject",
                        "Tom Reyes, who has in the past described the plan as “a joke,” spoke on Monday.",
                        List.of("Tom Reyes/PER"), "a joke", "Tom Reyes"),
                Arguments.of("a name that ends a description is a mention a pronoun may stand for",
                        "Footage of Tom Reyes again appears.\n“Leave or fight,” he says.",
                        List.of("Tom Reyes/PER"), "Leave or fight", "Tom Reyes"),
                Arguments.of("the pronoun that opens the next sentence tells a person's gender over the first-name lists",
                        "Ana Lopez backs the cap.\nMarty Walz approaches it a bit more diplomatically. She said she "
                                + "would rather see money spent on schools.\n“They are trying to defeat opportunity,” she said.",
                        List.of("Ana Lopez/PER", "Marty Walz/PER"), "They are trying to defeat opportunity", "Marty Walz"),
                Arguments.of("a participle clause that opens the sentence is passed for its subject",
                        "Ana Reyes visited Lima for Maria Ortega on Monday.\nWalking to the next address, Reyes reminisced "
                                + "about her days with Ortega.\n“We will win,” she said.",
                        List.of("Ana Reyes/PER", "Maria Ortega/PER", "Reyes@Reyes reminisced/PER", "Ortega@Ortega./PER"),
                        "We will win", "Ana Reyes"),
                Arguments.of("a chain of pronouns still ends in the person a description stands for",
                        "Ana Reyes faces a tough race.\nThe Republican incumbent said that her position is genuine. It isn't "
                                + "as if she hasn't endorsed a candidate in the past - she was a booster of nominee Xan Baker.\n"
                                + "“I was at every event,” she said.",
                        List.of("Ana Reyes/PER", "Xan Baker/PER"), "I was at every event", "Ana Reyes"),
                Arguments.of("a role in lower case right before a name is a title the description may repeat",
                        "Ana Ortega praised the mayor, and columnist Maria Lopez wrote that he was wrong.\nBut Tom Reyes "
                                + "has one thing in common with voters, the columnist suggested: “His streak is proof of it.”",
                        List.of("Ana Ortega/PER", "Maria Lopez/PER", "Tom Reyes/PER"), "His streak is proof of it", "Maria Lopez"),
                Arguments.of("\"who\" after an apposition that ends in an organisation is the person named before it",
                        "Ana Reyes's plan was supported Friday by Sen. Maria Ortega of California, the ranking Democrat "
                                + "on the Senate Intelligence Committee, who said none of the emails originated with "
                                + "Reyes.\n“It has never made sense to me,” she said.",
                        List.of("Ana Reyes/PER", "Maria Ortega/PER", "California/LOC", "Democrat/MISC",
                                "Senate Intelligence Committee/ORG", "Reyes@Reyes./PER"),
                        "It has never made sense to me", "Maria Ortega"),
                Arguments.of("a family (\"the Ortegas\") is no misspelling of a surname",
                        "Maria Ortega and Ana Reyes spoke in Lima.\nMost of Reyes's peers love the Ortegas.\n“We will win,” she said.",
                        List.of("Maria Ortega/PER", "Ana Reyes/PER", "Reyes@Reyes's/PER", "Ortegas/PER"),
                        "We will win", "Ana Reyes"),
                Arguments.of("a name after an honorific in apposition to a description is the source",
                        "Mr. Luis Ortega invited Mr. Baker to a meeting.\n\nThe minister of the economy, Mr. Tom Reyes, "
                                + "argues there is little point in responding now. ''We must not overreact,'' he told me.",
                        List.of("Luis Ortega/PER", "Baker/PER", "Tom Reyes/PER"), "We must not overreact", "Tom Reyes"),
                Arguments.of("coordinated names in apposition to a plural description are the source",
                        "Two military analysts, Tom Reyes and Carlos Ortega, found in 2014 that the air force is “the best in the world.”",
                        List.of("Tom Reyes/PER", "Carlos Ortega/PER"), "the best in the world", "Tom Reyes & Carlos Ortega"),
                Arguments.of("the president is no vice president",
                        "President Tom Reyes spoke on Monday. Vice President Carlos Ortega spoke too.\n“It was a stone,” the president said.",
                        List.of("Tom Reyes/PER", "Carlos Ortega/PER"), "It was a stone", "Tom Reyes"),
                Arguments.of("... and the vice president is one",
                        "Vice President Carlos Ortega spoke on Monday. President Tom Reyes spoke too.\n“It was a stone,” the vice president said.",
                        List.of("Tom Reyes/PER", "Carlos Ortega/PER"), "It was a stone", "Carlos Ortega"),
                Arguments.of("a title the tokenizer cut at its hyphen is part of the subject",
                        "Co-anchor Ana Lopez, who was off-screen, then loudly asked, “Really?”",
                        List.of("Ana Lopez/PER"), "Really?", "Ana Lopez"),
                Arguments.of("... and of the phrase after the verb",
                        "“We had a big issue,” said United Auto Workers Secretary-Treasurer Tom Reyes.",
                        List.of("United Auto Workers/ORG", "Tom Reyes/PER"), "We had a big issue", "Tom Reyes"),
                Arguments.of("a noun the tokenizer cut at its hyphen is the phrase's head",
                        "“They know she is strong,” a voice-over in the ad states.", List.of(), "They know she is strong",
                        "voice-over"),
                Arguments.of("a participle clause hangs on the main verb, not on a participle modifying a noun",
                        "The office of Tom Reyes slammed a lawsuit filed by a former aide alleging fraud, calling it “meritless.”",
                        List.of("Tom Reyes/PER"), "meritless", "office of Tom Reyes"),
                Arguments.of("a count of a group that has a name is that group",
                        "The poll also finds that 37 percent of Americans say the economy is “getting worse.”",
                        List.of("Americans/MISC"), "getting worse", "Americans"),
                Arguments.of("a prefix the tokenizer kept with its hyphen is part of the phrase",
                        "Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting “No more war.”",
                        List.of("Sanders/PER", "Center City/LOC"), "No more war", "pro-Sanders demonstrators"),
                Arguments.of("no name inside a participle clause that opens the sentence is the pronoun after it",
                        "Oscar-winning actress Ana Lopez is not sure she can vote for Hillary Clinton.\n\nAsked about her own vote in the "
                                + "event that Clinton faces Republican frontrunner Trump, who has insulted women, Mexicans and Muslims "
                                + "in a volatile campaign, she replied: “I don’t know.”",
                        List.of("Ana Lopez/PER", "Hillary Clinton/PER", "Clinton@Clinton faces/PER", "Trump@Trump, who/PER", "Republican/MISC",
                                "Mexicans/MISC", "Muslims/MISC"),
                        "I don’t know", "Ana Lopez"),
                Arguments.of("a possessive in the phrase that opens a sentence gives its subject a gender, before the first-name lists",
                        "Senator Ted Cruz spoke in Iowa on Monday. Lindsey Graham spoke too.\n\nIn his address to La Raza, Graham "
                                + "assures his audience he will tell the critics to “shut up.”",
                        List.of("Ted Cruz/PER", "Iowa/LOC", "Lindsey Graham/PER", "La Raza/ORG", "Graham@Graham assures/PER"),
                        "shut up", "Lindsey Graham"),
                Arguments.of("the pronoun after a question is the one asked",
                        "Sean Baker then asked Tom Reyes which states he could win.\n“We feel great in every one of those states,” he said.",
                        List.of("Sean Baker/PER", "Tom Reyes/PER"), "We feel great in every one of those states", "Tom Reyes"),
                Arguments.of("... in the main clause only",
                        "Ana Lopez was upset at the town hall, when a man asked Sara Diaz why people disliked her.\n“I really got angry,” she said.",
                        List.of("Ana Lopez/PER", "Sara Diaz/PER"), "I really got angry", "Ana Lopez"),
                Arguments.of("a person's name before an apposition whose closing comma is missing is the subject",
                        "Tom Reyes, president and CEO of Ohio Restaurant Association stated, “It is a math problem.”",
                        List.of("Tom Reyes/PER", "Ohio Restaurant Association/ORG"), "It is a math problem", "Tom Reyes"),
                Arguments.of("a description with a person as possessor stands for the person in focus",
                        "Tom Reyes spoke in Ohio on Monday.\n“We will win,” Ana Lopez’s former campaign strategist said.",
                        List.of("Tom Reyes/PER", "Ana Lopez/PER", "Ohio/LOC"), "We will win", "Tom Reyes"),
                Arguments.of("a person's name of a place is the person",
                        "“We will win,” said Representative Tom Reyes of New York.",
                        List.of("Tom Reyes/PER", "New York/LOC"), "We will win", "Tom Reyes"),
                Arguments.of("an adverb after a name is no part of the subject",
                        "In July, Tom Reyes cynically dismissed the plan as “a joke.”", List.of("Tom Reyes/PER"),
                        "a joke", "Tom Reyes"),
                Arguments.of("a dateline is no subject of the sentence it opens",
                        "Washington (AFP) – Democrat Tom Reyes has taken a swipe at his rival Ana Ortega’s stance on trade,"
                                + " saying that “bombastic comments” do more harm than good.",
                        List.of("Washington/LOC", "AFP/ORG", "Democrat/MISC", "Tom Reyes/PER", "Ana Ortega/PER"),
                        "bombastic comments", "Tom Reyes"),
                Arguments.of("a verb and \"back\" that make a reply are a speech verb (\"shot back\", \"fired back\")",
                        "Tom Reyes attacked the plan.\n\nOrtega shot back, “That is false.”",
                        List.of("Tom Reyes/PER", "Ortega/PER"), "That is false", "Ortega"),
                Arguments.of("a title the tagger took for an adverb opens no clause before an apposition",
                        "Rep. Tom Reyes (D-Md.), chair of the Platform Committee, said that it was"
                                + " “fully committed.”",
                        List.of("Tom Reyes/PER", "Platform Committee/ORG"), "fully committed", "Tom Reyes"),
                Arguments.of("introductory phrases, one after another, and a place's state are no subject",
                        "At a town hall in Ames, Iowa, on Sunday, Ana Ortega went further, saying that the country"
                                + " should “lead its allies.”",
                        List.of("Ames/LOC", "Iowa/LOC", "Ana Ortega/PER"), "lead its allies", "Ana Ortega"),
                Arguments.of("a name in apposition between dashes is the subject, not the description before it",
                        "A former state senator -- Tom Reyes, who lost the race in 2012 -- said the plan “changes"
                                + " nothing.”",
                        List.of("Tom Reyes/PER"), "changes nothing", "Tom Reyes"),
                Arguments.of("a relative clause without commas between the subject and its verb is no subject",
                        "An aide who spoke on condition of anonymity to discuss internal strategy said Monday,"
                                + " “There are talks.”",
                        List.of(), "There are talks", "aide"),
                Arguments.of("a name the tagger took for an auxiliary is the subject, not part of the verb group",
                        "Columnist George Will wrote about the race.\n\nHe praised the speech in Orlando, Florida,"
                                + " which Will claims affirmed “the conservative belief.”",
                        List.of("George Will/PER", "Orlando/LOC", "Florida/LOC", "Will@Will claims/PER"), "the conservative belief",
                        "George Will"),
                Arguments.of("coordinate adjectives and a number glued to its hyphen stay in the description",
                        "Ana Ortega will leave office this year.\n\n“We did it,” the bespectacled, 71-year-old"
                                + " diplomat said.",
                        List.of("Ana Ortega/PER"), "We did it", "Ana Ortega"),
                Arguments.of("\"the spokesman\" speaks for the person in focus and is not that person",
                        "Tom Reyes criticised the plan on Monday.\n\n“He stands by his comments,” the spokesman"
                                + " said.",
                        List.of("Tom Reyes/PER"), "He stands by his comments", "spokesman"),
                Arguments.of("... unless the text gave a person that title",
                        "Spokesman Tom Reyes spoke for Ana Ortega on Monday.\n\n“She stands by her comments,” the"
                                + " spokesman said.",
                        List.of("Tom Reyes/PER", "Ana Ortega/PER"), "She stands by her comments", "Tom Reyes"),
                Arguments.of("a reporting verb in a relative clause closed before the quotation does not report it",
                        "Ortega was asked by moderator Tom Reyes whether her plan, which the Budget Office estimates"
                                + " would cost $170 billion, would risk “adding another program.”",
                        List.of("Ortega/PER", "Tom Reyes/PER", "Budget Office/ORG"), "adding another program",
                        "Tom Reyes"),
                Arguments.of("... but one whose comma introduces the quotation does",
                        "The guests included the singer Tom Reyes, who joked of the museum, “I have not seen it yet.”",
                        List.of("Tom Reyes/PER"), "I have not seen it yet", "Tom Reyes"),
                Arguments.of("a share without its \"of\" is the group of the share before it (GUIDELINES H30)",
                        "Only 52 percent of registered voters agreed with the plan. However, 63 percent said it was"
                                + " “justified.”",
                        List.of(), "justified", "registered voters"),
                Arguments.of("a coordination after an object pronoun joins two clauses, not two subjects",
                        "The Daily Ledger will call you a liar and Channel 9 News will accuse you of a “meltdown.”",
                        List.of("Daily Ledger/ORG", "Channel 9 News/ORG"), "meltdown", "Channel 9 News"),
                Arguments.of("a role noun the tagger took for a preposition is no end of the subject (\"historian\")",
                        "Western New England University historian John Baick calls it “a foundation of our culture.”",
                        List.of("Western New England University/ORG", "John Baick/PER"), "a foundation of our culture",
                        "John Baick"),
                // a line in title case is taken for a headline, where "A" is the article it is elsewhere
                Arguments.of("a middle initial in a headline-like line is no common word",
                        "“We Will Win A Vote” ― Julie A. Diaz Martinez\n\nShe wrote a letter.",
                        List.of("Julie A. Diaz Martinez/PER"), "We Will Win A Vote", "Julie A. Diaz Martinez"),
                Arguments.of("a reporting verb the tagger took for a noun after a name ends the name",
                        "“Keep your hands in sight,” Blige sings to Clinton before the end.",
                        List.of("Blige/PER", "Clinton/PER"), "Keep your hands in sight", "Blige"),
                Arguments.of("a reporting verb the tagger may take for a noun after a common noun ends the phrase",
                        "“We will win,” the editorial board writes.", List.of(), "We will win", "editorial board"),
                Arguments.of("a speech verb in any form that ends its clause ends the phrase before it",
                        "“Friend, let me be blunt,” the email read.", List.of(), "Friend, let me be blunt", "email"),
                Arguments.of("a plural noun before a verb is the phrase's head",
                        "“We will win,” news reports say.", List.of(), "We will win", "news reports"),
                Arguments.of("a description whose possessor is a thing is its own source, not the person in focus",
                        "Hillary Clinton released an ad on Monday.\n“If he thinks that makes him smart,” the ad’s narrator says.",
                        List.of("Hillary Clinton/PER"), "If he thinks that makes him smart", "ad’s narrator"),
                Arguments.of("a definite description of a kind of organisation is the organisation named last before it",
                        "Exxon Mobil rejected the claims of Tom Reyes.\n“The articles are misleading,” the company said.",
                        List.of("Exxon Mobil/ORG", "Tom Reyes/PER"), "The articles are misleading", "Exxon Mobil"),
                Arguments.of("a definite description is an earlier one that ends alike and names whose it is",
                        "The Clinton campaign released a memo on Monday.\n“We are confident,” the campaign said.",
                        List.of("Clinton/PER"), "We are confident", "Clinton campaign"),
                Arguments.of("... with the owner's possessive",
                        "China’s foreign ministry criticised the drill.\n“It is a provocation,” the ministry said.",
                        List.of("China/LOC"), "It is a provocation", "China’s foreign ministry"),
                Arguments.of("... which a speech verb the tagger took for a noun ends (\"the board reads.\")",
                        "Tom Reyes should go, a headline from the Wall Street Journal editorial board reads.\n\n"
                                + "He is weak, the editorial board writes. “It is a sign.”",
                        List.of("Wall Street Journal/ORG", "Tom Reyes/PER"), "It is a sign",
                        "Wall Street Journal editorial board"),
                Arguments.of("... and one introduced with \"a\" keeps its first description (GUIDELINES H55 generalised)",
                        "Tom Reyes shared an offensive post on Monday.\n“Stay home,” the post said.",
                        List.of("Tom Reyes/PER"), "Stay home", "offensive post"),
                Arguments.of("a person's name inside a show's name is the fullest form of the surname",
                        "“Would you?” Maddow asked on MSNBC's Rachel Maddow Show.",
                        List.of("MSNBC/ORG", "Rachel Maddow Show/MISC", "Maddow/PER"), "Would you?", "Rachel Maddow"),
                Arguments.of("... of the gender an honorific gives",
                        "“It is about me,” Mr. Obama said of Barack Obama Election Day.\nHis wife, Michelle Obama, agreed.",
                        List.of("Obama/PER", "Michelle Obama/PER", "Barack Obama Election Day/MISC"), "It is about me",
                        "Barack Obama"),
                Arguments.of("a name that only opens another kind of name is no family name written first",
                        "Many voters are on the Trump Train now.\n“We will win,” Trump told reporters.",
                        List.of("Trump Train/MISC", "Trump@Trump told/PER"), "We will win", "Trump"),
                Arguments.of("an occupational title before a name is no part of the speaker's name",
                        "The gala was founded by DJ Nina Holt.\n“We love us,” Holt said.",
                        List.of("DJ Nina Holt/PER", "Holt@Holt said/PER"), "We love us", "Nina Holt"),
                Arguments.of("a demonym after \"the\" describes the person in focus",
                        "Former Texas Gov. Tom Reyes spoke in Iowa.\n\n“The voters do not want that,” the Texan said.",
                        List.of("Texas/LOC", "Tom Reyes/PER", "Iowa/LOC", "Texan/MISC"), "The voters do not want that",
                        "Tom Reyes"),
                Arguments.of("a father whose name ends in \"Sr.\" is no fuller form of his son's name",
                        "Reps. Ana Lopez and Duncan Hunter endorsed Trump.\n\nHunter, meanwhile, told Politico that "
                                + "“we need a leader.”\n\nHis father, Duncan Hunter Sr., ran in 2008.",
                        List.of("Ana Lopez/PER", "Duncan Hunter@Duncan Hunter endorsed/PER", "Trump/PER",
                                "Hunter@Hunter, meanwhile/PER", "Politico/ORG", "Duncan Hunter Sr./PER"),
                        "we need a leader", "Duncan Hunter"),
                Arguments.of("a description's speaker leaves its day out (GUIDELINES H62, H63)",
                        "“The plan is wrong,” a Wednesday editorial said.", List.of(), "The plan is wrong", "editorial"),
                Arguments.of("... also a possessive day",
                        "Thursday's memo stated: “The inquiry is fair.”", List.of(), "The inquiry is fair", "memo"),
                Arguments.of("... and a son's name with \"Jr.\" is no other form of his father's",
                        "Donald J. Trump won the vote.\n\nThat prompted a response from Donald Trump Jr., who said "
                                + "Mr. Lopez was trying to “maintain relevance.”",
                        List.of("Donald J. Trump/PER", "Donald Trump Jr./PER", "Lopez/PER"), "maintain relevance",
                        "Donald Trump Jr"),
                Arguments.of("whom a spokesman speaks for stays in the description",
                        "“We will look again,” said a spokesman for Bernie Sanders.", List.of("Bernie Sanders/PER"),
                        "We will look again", "spokesman for Bernie Sanders"),
                Arguments.of("... also before the verb",
                        "“He knows the field,” a longtime adviser to Tom Reyes said.", List.of("Tom Reyes/PER"),
                        "He knows the field", "longtime adviser to Tom Reyes"),
                Arguments.of("a \"for\" phrase stays in any description (GUIDELINES H39, H43)",
                        "“The truck sped up,” said a reporter for Agence France-Presse.",
                        List.of("Agence France-Presse/ORG"), "The truck sped up", "reporter for Agence France-Presse"),
                Arguments.of("... and so does a \"by\" phrase (H65)",
                        "A projection by the consulting firm Oxford Economics said the rule would “cost jobs.”",
                        List.of("Oxford Economics/ORG"), "cost jobs", "projection by the consulting firm Oxford Economics"),
                Arguments.of("... and an \"in\" phrase whose object is a name",
                        "His critics in the United States called it “a disgrace.”", List.of("United States/LOC"),
                        "a disgrace", "critics in the United States"),
                Arguments.of("... but not a phrase of the occasion of speaking, which is the verb's",
                        "“We will look again,” said a spokesman in a statement.", List.of(), "We will look again",
                        "spokesman"),
                Arguments.of("... nor one of time",
                        "“We will look again,” said a reporter by Tuesday.", List.of(), "We will look again",
                        "reporter"),
                Arguments.of("\"the source\" after an unnamed source introduced with \"a\" keeps its first description (GUIDELINES H49)",
                        "A source close to the campaign said the plan was weak.\n“It will fail,” the source said.",
                        List.of(), "It will fail", "source close to the campaign"),
                Arguments.of("... and \"the man\" too, with the modifiers of the first",
                        "Police questioned a 26-year-old man on Monday.\n“I did not post it,” the man said.",
                        List.of(), "I did not post it", "26-year-old man"),
                Arguments.of("... and the name it is in apposition to is still the source",
                        "Sam Lau, the communications director for the Iowa Democratic Party said in a statement: "
                                + "“There are no paper ballots.”",
                        List.of("Sam Lau/PER", "Iowa Democratic Party/ORG"), "There are no paper ballots", "Sam Lau"),
                Arguments.of("a thing's recipient is no part of its description",
                        "“Give now,” the fundraising email to his supporters said.", List.of(), "Give now",
                        "fundraising email"),
                Arguments.of("the subject after a clause's opening word is the source, the phrase after its comma an apposition",
                        "Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are inside.”",
                        List.of("Tom Ridge/PER"), "The barbarians are inside", "Tom Ridge"),
                Arguments.of("... also after a focusing adverb",
                        "Even Ed Rendell, a stalwart Clinton supporter, said it would be “easier.”",
                        List.of("Ed Rendell/PER", "Clinton/PER"), "easier", "Ed Rendell"),
                Arguments.of("\"X referred to Y as ...\" with its subject stated is X's (GUIDELINES H53)",
                        "Ana Lopez said that Tom Reyes had derisively referred to Sam Lau as the “personal senator” of a mogul.",
                        List.of("Ana Lopez/PER", "Tom Reyes/PER", "Sam Lau/PER"), "personal senator", "Tom Reyes"),
                Arguments.of("an adjective the tagger gave the head of \"the editorial said\" is its noun",
                        "“We will not back down,” the editorial said.", List.of(), "We will not back down", "editorial"),
                Arguments.of("... and of \"The cable indicated\"",
                        "The cable indicated that officials in Ohio were “very concerned.”", List.of("Ohio/LOC"),
                        "very concerned", "cable"),
                Arguments.of("\"the newspaper\" is the organisation in focus, not the one named last",
                        "The Daily Ledger claims the Gun Council is a danger. Its editors fault the Gun Council for the "
                                + "law.\nAccording to the newspaper, “The laws empower dealers.”",
                        List.of("Daily Ledger/ORG", "Gun Council@Gun Council is/ORG", "Gun Council@Gun Council for/ORG"),
                        "The laws empower dealers", "Daily Ledger"),
                Arguments.of("... unless its own sentence names one before it",
                        "The Daily Ledger said the plan would fail.\nHe laid out a plan to fight the Gun Council, an "
                                + "outfit that the company calls “a menace.”",
                        List.of("Daily Ledger/ORG", "Gun Council/ORG"), "a menace", "Gun Council"),
                Arguments.of("... and a name inside a quotation is no organisation it stands for",
                        "“We were sorry to hear about the Weavers’ breakup,” the company said.",
                        List.of("Weavers/ORG"), "We were sorry to hear about the Weavers’ breakup", "company"),
                Arguments.of("a noun of persons in \"-men\" is plural, so \"she\" is no such noun",
                        "Ana Lopez spoke on Monday.\nHer countrymen, she said, should not listen to “those with hate in"
                                + " their hearts.”", List.of("Ana Lopez/PER"), "those with hate in their hearts", "Ana Lopez"),
                Arguments.of("a noun phrase after \"after\" right before its verb is that clause's subject",
                        "A judge sentenced a man to probation and a 300-euro fine after the man had posted that "
                                + "refugees should “burn alive.”", List.of(), "burn alive", "man"),
                Arguments.of("a participle after a comma hangs on the main clause, not on a relative clause's verb",
                        "Tom Reyes was defensive when asked about an architect who said he was never paid, saying, "
                                + "“Maybe he did not do a good job.”", List.of("Tom Reyes/PER"),
                        "Maybe he did not do a good job", "Tom Reyes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakersOverEntities")
    void attributesTheSpeakerOverTheRecognisersEntities(String phenomenon, String text, List<String> names,
            String quote, String speaker) throws Exception {
        JCas jcas = annotateWithEntities(text, names.toArray(String[]::new));
        assertThat(select(jcas, Quotation.class))
                .as(phenomenon)
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple(quote, speaker));
    }

    /** Two quotations of one sentence and their speakers: phenomenon, text, names, then quotation, speaker, quotation, speaker. */
    static Stream<Arguments> twoQuotationsOverEntities() {
        return Stream.of(
                Arguments.of("a verb conjoined after a quotation shares the subject of the clause the quotation interrupts",
                        "Last year, Tom Reyes issued a statement saying the remark “has no place in politics” "
                                + "and said party leaders will have a “day of reckoning.”", List.of("Tom Reyes/PER"),
                        "has no place in politics", "statement", "day of reckoning", "Tom Reyes"),
                Arguments.of("a participle right after a quotation has the subject of the clause the quotation interrupts",
                        "The Lopez Foundation did not want to discuss “that man,” telling WKMG that the group is"
                                + " focused on “ending gun violence.”", List.of("Lopez Foundation/ORG", "WKMG/ORG"),
                        "that man", "Lopez Foundation", "ending gun violence", "Lopez Foundation"),
                Arguments.of("a time phrase opening the sentence is no subject",
                        "Tom Reyes took over the embassy in 2015.\nLast year, he played down the comments as "
                                + "“just part of the campaign” and reportedly argued that a fight would “backfire.”",
                        List.of("Tom Reyes/PER"), "just part of the campaign", "Tom Reyes", "backfire", "Tom Reyes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoQuotationsOverEntities")
    void attributesTwoQuotationsOverTheRecognisersEntities(String phenomenon, String text, List<String> names,
            String firstQuote, String firstSpeaker, String secondQuote, String secondSpeaker) throws Exception {
        JCas jcas = annotateWithEntities(text, names.toArray(String[]::new));
        assertThat(select(jcas, Quotation.class))
                .as(phenomenon)
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple(firstQuote, firstSpeaker), tuple(secondQuote, secondSpeaker));
    }

    @Test
    void aNominalSourceOpeningASentenceIsLowerCaseWhereNoRecogniserMadeItAName() throws Exception {
        JCas jcas = annotateWithEntities("Protesters marching through the streets of Dallas chanted “No more curfews.”",
                "Dallas/LOC");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("No more curfews", "protesters", "Protesters"));
    }

    @Test
    void aSurnameIsThePersonWhateverItsApostropheOrTheCaseOfItsParticle() throws Exception {
        JCas jcas = annotateWithEntities("Commissioner James O’Neill met Mayor Bill de Blasio on Monday.\n"
                + "“We are ready,” O'Neill said.\nDe Blasio called the blast “an intentional act.”",
                "James O’Neill/PER", "Bill de Blasio/PER", "O'Neill/PER", "De Blasio/PER");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("We are ready", "James O’Neill", "O'Neill"),
                        tuple("an intentional act", "Bill de Blasio", "De Blasio"));
    }

    @Test
    void aHeadlineFormThatGluesWordsBeforeANameOfTheTextIsNoFullerName() throws Exception {
        JCas jcas = annotateWithEntities("‘Bloodline’ Star Norbert Leo Butz Is Ready To Go Home\n"
                + "Norbert Leo Butz returns to the stage this week.\n“I love it,” Butz said.",
                "Bloodline’ Star Norbert Leo Butz/PER", "Norbert Leo Butz@Norbert Leo Butz returns/PER",
                "Butz@Butz said/PER");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .contains(tuple("I love it", "Norbert Leo Butz"));
    }

    @Test
    void aSurnameMisspeltByOneSlipIsThePersonWhoseFullNameTheDocumentWrites() throws Exception {
        JCas jcas = annotateWithEntities("Organiser Leslie Wimes spoke to voters in Miami.\n"
                + "“We vote for somebody,” Wines said.\n“They have a problem,” Keidis added.",
                "Leslie Wimes/PER", "Miami/LOC", "Wines/PER", "Keidis/PER");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We vote for somebody", "Leslie Wimes"), tuple("They have a problem", "Keidis"));
    }

    @Test
    void aLoneSurnameOneSlipFromTwoPeopleOrShortIsLeftAsWritten() throws Exception {
        JCas jcas = annotateWithEntities("Ann Baker and Tom Bakes met Joe Cole.\n"
                + "“We agree,” Bakel said.\n“Not me,” Cale said.",
                "Ann Baker/PER", "Tom Bakes/PER", "Joe Cole/PER", "Bakel/PER", "Cale/PER");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker)
                .containsExactly(tuple("We agree", "Bakel"), tuple("Not me", "Cale"));
    }

    @Test
    void anAbbreviatedTitleWhoseFullStopTheTokenizerCutOffStaysInItsNounPhrase() throws Exception {
        JCas jcas = annotateWithEntities("Rep. Tom Reyes, the top Democrat on the House Intelligence Committee, called on "
                + "Peru to act -- a move the Texas congressman said was “long overdue.”",
                "Tom Reyes/PER", "Democrat/MISC", "House Intelligence Committee/ORG", "Peru/LOC", "Texas/LOC");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker, q -> q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("long overdue", "Tom Reyes", "the Texas congressman"));
    }

    @Test
    void aTranscriptLabelIsTheSourceOutsideTheQuotationAndStartsATurn() throws Exception {
        JCas jcas = annotate("Host Chris Wallace spoke with Mike Pence on Sunday.\n“WALLACE: Will you attend?\n"
                + "“PENCE: We will be there.\n“And we will win.\n“WALLACE: Thank you.”");
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker,
                        q -> q.getSpeakerMention() == null ? null : q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("Will you attend?", "Chris Wallace", "WALLACE"),
                        tuple("We will be there", "Mike Pence", "PENCE"),
                        tuple("And we will win", "Mike Pence", "PENCE"),
                        tuple("Thank you", "Chris Wallace", "WALLACE"));
    }

    @Test
    void aSurnameTypedAsAPlaceIsStillAPersonForHe() throws Exception {
        // a recogniser's types: the person's full name as ORG, the surname alone as LOC ("Austin")
        String text = "Lloyd Austin met reporters in Tokyo.\n“The alliance is strong,” Austin said.\n"
                + "The quiet talks\nHe praised the “deep trust” between the allies.";
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        preprocessing.process(jcas);
        entity(jcas, text, "Lloyd Austin", 0, "ORG");
        entity(jcas, text, "Tokyo", 0, "LOC");
        entity(jcas, text, "Austin", text.indexOf("Austin said"), "LOC");
        quotations.process(jcas);
        assertThat(select(jcas, Quotation.class))
                .extracting(Quotation::getCoveredText, Quotation::getSpeaker,
                        q -> q.getSpeakerMention() == null ? null : q.getSpeakerMention().getCoveredText())
                .containsExactly(tuple("The alliance is strong", "Lloyd Austin", "Austin"),
                        tuple("deep trust", "Lloyd Austin", "He"));
    }

    @Test
    void outputIsDeterministic() throws Exception {
        String text = "Carlos Ortega spoke.\n“We are ready,” he said, “and we will act.” The UN said it was “a mistake.”";
        List<String> first = describe(annotate(text));
        List<String> second = describe(annotate(text));
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private static List<String> describe(JCas jcas) {
        return select(jcas, Quotation.class).stream()
                .map(q -> q.getBegin() + "-" + q.getEnd() + ":" + q.getSpeaker() + ":"
                        + (q.getSpeakerMention() == null ? "" : q.getSpeakerMention().getBegin()))
                .toList();
    }

    private static void entity(JCas jcas, String text, String name, int from) {
        entity(jcas, text, name, from, "PER");
    }

    private static void entity(JCas jcas, String text, String name, int from, String type) {
        int begin = text.indexOf(name, from);
        NamedEntity ne = new NamedEntity(jcas, begin, begin + name.length());
        ne.setValue(type);
        ne.addToIndexes();
    }

    private static JCas annotate(String text) throws Exception {
        return annotate(text, quotations);
    }

    /**
     * The text preprocessed, with named entities as a recogniser would give them ("Name/TYPE": the first
     * occurrence of Name; "Name@anchor/TYPE": the occurrence where the anchor starts), then the quotation
     * annotator.
     */
    private static JCas annotateWithEntities(String text, String... typedNames) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        preprocessing.process(jcas);
        for (String typed : typedNames) {
            int slash = typed.lastIndexOf('/');
            String[] nameAndAnchor = typed.substring(0, slash).split("@", 2);
            int from = nameAndAnchor.length == 2 ? text.indexOf(nameAndAnchor[1]) : 0;
            entity(jcas, text, nameAndAnchor[0], from, typed.substring(slash + 1));
        }
        quotations.process(jcas);
        return jcas;
    }

    /**
     * The text preprocessed, with persons' names as a recogniser would give them ("Name": its first
     * occurrence; "Name@anchor": the occurrence where the anchor starts), then the quotation annotator.
     */
    private static JCas annotateWithPersonsAt(String text, String... names) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        preprocessing.process(jcas);
        for (String at : names) {
            String[] nameAndAnchor = at.split("@", 2);
            String anchor = nameAndAnchor.length == 2 ? nameAndAnchor[1] : at;
            entity(jcas, text, nameAndAnchor[0], text.indexOf(anchor));
        }
        quotations.process(jcas);
        return jcas;
    }

    private static JCas annotate(String text, AnalysisEngine extractor) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        preprocessing.process(jcas);
        extractor.process(jcas);
        return jcas;
    }
}
