package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.quote.QuoteSpanFinder.Range;
import org.junit.jupiter.api.Test;

/** The splitter's slips joined again, and nothing else. */
class SentenceRepairTest {

    /** The text cut into sentences after each of {@code ends} (offsets of the last character's end). */
    private static List<Range> cut(String text, int... ends) {
        List<Range> out = new ArrayList<>();
        int begin = 0;
        for (int end : ends) {
            out.add(new Range(begin, end));
            begin = end;
            while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
        }
        return out;
    }

    @Test
    void thatABreakAfterATitleIsJoined() {
        String text = "Rep. Ana Ruiz said no.";
        assertThat(SentenceRepair.repaired(text, cut(text, 4, 22)))
                .extracting(Range::begin, Range::end).containsExactly(tuple(0, 22));
    }

    @Test
    void thatABreakAfterAMiddleInitialIsJoined() {
        String text = "Mary K. Olsen left.";
        assertThat(SentenceRepair.repaired(text, cut(text, 7, 19)))
                .extracting(Range::begin, Range::end).containsExactly(tuple(0, 19));
    }

    @Test
    void thatASentenceStartingInLowerCaseOrWithClosingPunctuationIsJoined() {
        String text = "He left at 5 p.m. on Friday. ) and then went home.";
        assertThat(SentenceRepair.repaired(text, cut(text, 17, 28, 50)))
                .extracting(Range::begin, Range::end).containsExactly(tuple(0, 50));
    }

    @Test
    void thatOrdinarySentencesStayApart() {
        String text = "Ana left early. Bo stayed.";
        assertThat(SentenceRepair.repaired(text, cut(text, 15, 26)))
                .extracting(Range::begin, Range::end).containsExactly(tuple(0, 15), tuple(16, 26));
    }

    @Test
    void thatALineBreakIsNeverCrossed() {
        String text = "Rep.\nAna Ruiz said no.";
        assertThat(SentenceRepair.repaired(text, cut(text, 4, 22)))
                .extracting(Range::begin, Range::end).containsExactly(tuple(0, 4), tuple(5, 22));
    }
}
