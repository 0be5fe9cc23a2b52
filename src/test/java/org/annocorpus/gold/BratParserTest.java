package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Gold reading refuses what the scheme does not allow; reading another corpus's brat files takes it. */
class BratParserTest {

    private static final String ANN = "T1\tSource 0 3;9 12\tThe ... say\n"
            + "T2\tContent 20 30\twhat it is\n"
            + "E1\tAttribution:T4 Content:T2 Source:T1 Content2:T3\n";

    @Test
    void goldRefusesFragmentsAndEventsWithTheirLines() {
        BratAnnotations gold = BratParser.parse(ANN);
        assertThat(gold.syntaxErrors).extracting(BratAnnotations.SyntaxError::line).containsExactly(1, 3);
        assertThat(gold.syntaxErrors.get(0).problem()).startsWith("discontinuous span");
        assertThat(gold.fragmented).isEmpty();
        assertThat(gold.events).isEmpty();
        assertThat(gold.textBounds).extracting(BratAnnotations.TextBound::id).containsExactly("T2");
    }

    @Test
    void standoffReadsFragmentsAndEvents() {
        BratAnnotations brat = BratParser.parseStandoff(ANN);
        assertThat(brat.syntaxErrors).isEmpty();
        assertThat(brat.fragmented).extracting(BratAnnotations.Fragmented::id, BratAnnotations.Fragmented::fragments)
                .containsExactly(tuple("T1", java.util.List.of(new BratAnnotations.Fragment(0, 3),
                        new BratAnnotations.Fragment(9, 12))));
        assertThat(brat.events).extracting(BratAnnotations.Event::type, BratAnnotations.Event::trigger,
                BratAnnotations.Event::line).containsExactly(tuple("Attribution", "T4", 3));
        assertThat(brat.events.get(0).arguments()).extracting(BratAnnotations.Argument::role, BratAnnotations.Argument::target)
                .containsExactly(tuple("Content", "T2"), tuple("Source", "T1"), tuple("Content2", "T3"));
        assertThat(BratParser.parseStandoff("E1\tnonsense\n").syntaxErrors).extracting(BratAnnotations.SyntaxError::line)
                .containsExactly(1);
    }
}
