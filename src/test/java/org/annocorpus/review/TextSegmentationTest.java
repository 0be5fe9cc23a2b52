package org.annocorpus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The cutting of a text under overlapping spans, apart from the HTML drawn from it. */
class TextSegmentationTest {

    /** A span with a name for the messages; {@code label} marks the ones labelled after their end. */
    private record Span(String name, int begin, int end, boolean label) {
    }

    private static Span span(String name, int begin, int end) {
        return new Span(name, begin, end, false);
    }

    private static Span labelled(String name, int begin, int end) {
        return new Span(name, begin, end, true);
    }

    private static final TextSegmentation<Span> SEGMENTATION = new TextSegmentation<>(Span::begin, Span::end,
            Span::label);

    /** One line per part: {@code 0-3 'Ana' [A]} for a piece, {@code @3 ending [Q] empty [] across [E]} for a point. */
    private static List<String> parts(String text, Span... spans) {
        return SEGMENTATION.segment(text, List.of(spans)).stream().map(part -> {
            if (part instanceof TextSegmentation.Piece<Span> piece) {
                return piece.from() + "-" + piece.to() + " '" + text.substring(piece.from(), piece.to()) + "' "
                        + names(piece.covering());
            }
            TextSegmentation.Point<Span> point = (TextSegmentation.Point<Span>) part;
            return "@" + point.at() + " ending " + names(point.ending()) + " empty " + names(point.empty())
                    + " across " + names(point.across());
        }).toList();
    }

    private static String names(List<Span> spans) {
        return spans.stream().map(Span::name).toList().toString();
    }

    @Test
    void thatATextWithoutSpansIsOnePiece() {
        assertThat(parts("Ana met Bo.")).containsExactly("0-11 'Ana met Bo.' []");
    }

    @Test
    void thatAnEmptyTextHasNoParts() {
        assertThat(parts("")).isEmpty();
    }

    @Test
    void thatDisjointSpansCutTheTextAtTheirEnds() {
        assertThat(parts("Ana met Bo.", span("A", 0, 3), span("B", 8, 10))).containsExactly(
                "0-3 'Ana' [A]",
                "3-8 ' met ' []",
                "8-10 'Bo' [B]",
                "10-11 '.' []");
    }

    @Test
    void thatOverlappingSpansAreListedInTheOrderGiven() {
        // the outer span first, as the page draws it; the inner one nests in it on every piece it shares
        assertThat(parts("Ana met Bo.", span("Q", 0, 10), span("E", 4, 7), span("F", 8, 11))).containsExactly(
                "0-4 'Ana ' [Q]",
                "4-7 'met' [Q, E]",
                "7-8 ' ' [Q]",
                "8-10 'Bo' [Q, F]",
                "10-11 '.' [F]");
        assertThat(parts("Ana met Bo.", span("E", 4, 7), span("Q", 0, 10))).contains("4-7 'met' [E, Q]");
    }

    @Test
    void thatALabelledSpanGetsAPointAtItsEndNestedInTheSpansRunningOn() {
        assertThat(parts("a 54,000 dollars", labelled("Q", 0, 16), labelled("N", 2, 8), span("E", 2, 8)))
                .containsExactly(
                        "0-2 'a ' [Q]",
                        "2-8 '54,000' [Q, N, E]",
                        "@8 ending [N] empty [] across [Q]",
                        "8-16 ' dollars' [Q]",
                        "@16 ending [Q] empty [] across []");
    }

    @Test
    void thatAnUnlabelledSpanGetsNoPoint() {
        assertThat(parts("Ana met", span("E", 0, 3))).noneMatch(line -> line.startsWith("@"));
    }

    @Test
    void thatAnEmptySpanSitsAtAPointBeforeThePieceAfterIt() {
        // a span beginning at the cut does not run across it; one that began before does
        assertThat(parts("Ana met Bo", span("Q", 0, 10), span("X", 4, 4), span("E", 4, 7))).containsExactly(
                "0-4 'Ana ' [Q]",
                "@4 ending [] empty [X] across [Q]",
                "4-7 'met' [Q, E]",
                "7-10 ' Bo' [Q]");
    }

    @Test
    void thatAnEmptySpanAtTheEndOfTheTextHasItsPoint() {
        assertThat(parts("Ana", span("X", 3, 3))).containsExactly("0-3 'Ana' []", "@3 ending [] empty [X] across []");
    }

    @Test
    void thatNoCutFallsInsideASurrogatePair() {
        // "a😀b": the emoji is two UTF-16 units (1 and 2); a span with an end between them takes the whole emoji
        String text = "a\uD83D\uDE00b";
        assertThat(parts(text, span("E", 0, 2), span("F", 3, 4))).containsExactly(
                "0-3 'a\uD83D\uDE00' [E]",
                "3-4 'b' [F]");
        assertThat(parts(text, span("E", 2, 4), span("F", 0, 1))).containsExactly(
                "0-1 'a' [F]",
                "1-4 '\uD83D\uDE00b' [E]");
    }
}
