package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotation spans from marks alone, one case per rule of the scheme (invented sentences). */
class QuoteSpanFinderTest {

    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("straight double marks", "He said \"we will win\" today.", List.of("we will win")),
                Arguments.of("curly double marks", "She called it “a disaster” on Monday.", List.of("a disaster")),
                Arguments.of("comma inside the closing mark is outside", "“We will win,” he said.", List.of("We will win")),
                Arguments.of("full stop inside the closing mark is outside", "He said: “We will win.”", List.of("We will win")),
                Arguments.of("question mark stays inside", "“Who will win?” she asked.", List.of("Who will win?")),
                Arguments.of("ellipsis stays inside", "He said “we will…” and stopped.", List.of("we will…")),
                Arguments.of("an initialism keeps its point", "They shouted “U.S.A.” all night.", List.of("U.S.A.")),
                Arguments.of("single marks in a headline", "Senator Vows: ‘We Will Not Give Up’", List.of("We Will Not Give Up")),
                Arguments.of("straight single marks as quotation marks", "The mayor: 'We are ready'", List.of("We are ready")),
                Arguments.of("nested quotation stays in the outer one", "“He told me ‘never again’ twice,” she said.",
                        List.of("He told me ‘never again’ twice")),
                Arguments.of("nested double marks stay in the outer one", "\"I read “Hamlet” twice,\" she said.",
                        List.of("I read “Hamlet” twice")),
                Arguments.of("interrupted by its attribution: two quotations", "“We will win,” he said, “and soon.”",
                        List.of("We will win", "and soon")),
                Arguments.of("continued into the next paragraph: one per paragraph",
                        "“The first part goes on.\n“The second part ends,” he said.",
                        List.of("The first part goes on", "The second part ends")),
                Arguments.of("unclosed: ends with its sentence", "They called it the “greatest threat. Nobody knew why.",
                        List.of("greatest threat")),
                Arguments.of("unclosed, a new quotation in the next sentence",
                        "They called it the “greatest threat. They accused it of “lying.”", List.of("greatest threat", "lying")),
                Arguments.of("marks of the other typeface in a later sentence, the open one closed after them: nested",
                        "\"I can't yell. It comes across as “too loud” or “too shrill.”\" she said.",
                        List.of("I can't yell. It comes across as “too loud” or “too shrill.”")),
                Arguments.of("... not where no mark of the open one's typeface follows",
                        "\"I can't yell. It comes across as “too loud” or “too shrill.”",
                        List.of("I can't yell", "too loud", "too shrill")),
                Arguments.of("... but nested where it opens a paragraph that the next continues (Q5, an excerpt)",
                        "\"It began in June. She had called it a “rant,” then left.\n\n\"Nobody knew why.\"",
                        List.of("It began in June. She had called it a “rant,” then left", "Nobody knew why")),
                Arguments.of("a closing glyph used to open", "”Fear is real,” she wrote.", List.of("Fear is real")),
                Arguments.of("markup attribute values are no quotations", "<tweet author=\"someone\" id=\"12\">Hi</tweet>",
                        List.of()),
                Arguments.of("a transcript label is outside the quotation (H28)",
                        "“HOST: Welcome back.\n“SEN. RUIZ: Thank you.”", List.of("Welcome back", "Thank you")),
                Arguments.of("capitals without a colon are no label", "“NATO is ready,” he said. “Pence: not yet.”",
                        List.of("NATO is ready", "Pence: not yet")),
                Arguments.of("empty marks are no quotation", "He said “” and left.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spans")
    void findsTheSchemeSpans(String rule, String text, List<String> expected) {
        assertThat(contents(text)).as(rule).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> apostrophes() {
        return Stream.of(
                Arguments.of("possessive", "Chile’s leader met Peru’s envoy."),
                Arguments.of("contraction", "They don’t know and won't say."),
                Arguments.of("decade", "In the ’90s and the '80s prices rose."),
                Arguments.of("elision", "They played rock ’n’ roll until ’til dawn."),
                Arguments.of("plural possessive", "The countries’ leaders met the workers' unions."),
                Arguments.of("lone opening single mark", "He wrote ‘maybe and never finished."),
                Arguments.of("feet and inches", "He is 6'2\" tall."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apostrophes")
    void apostrophesOpenNoQuotation(String kind, String text) {
        assertThat(contents(text)).as(kind).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unbalanced")
    void anUnbalancedMarkStaysInItsSentenceAndParagraph(String kind, String text, List<String> expected) {
        assertThat(contents(text)).as(kind).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> unbalanced() {
        return Stream.of(
                Arguments.of("unclosed, later paragraphs keep their own quotations",
                        "He said “we are done. The talks ended.\nThe next day they met.\n“It is over,” she said.",
                        List.of("we are done", "It is over")),
                Arguments.of("stray closing mark", "The vote” was close. Then she said “no” to it.", List.of("no")),
                Arguments.of("odd number of straight marks", "He said \"yes. Later she said \"no\" again.",
                        List.of("yes", "no")));
    }

    private static List<String> contents(String text) {
        return QuoteSpanFinder.find(text, List.of(), List.of()).stream()
                .map(q -> text.substring(q.contentBegin(), q.contentEnd()))
                .toList();
    }
}
