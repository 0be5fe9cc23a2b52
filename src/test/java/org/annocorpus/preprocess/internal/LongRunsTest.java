package org.annocorpus.preprocess.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

class LongRunsTest {

    /** A tokenizer that keeps each string it is given whole, and records it. */
    static final class Recording implements Tokenizer {
        final List<String> seen = new ArrayList<>();

        @Override
        public String[] tokenize(String s) {
            return Span.spansToStrings(tokenizePos(s), s);
        }

        @Override
        public Span[] tokenizePos(String s) {
            seen.add(s);
            return opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(s);
        }
    }

    @Test
    void textWithoutALongRunGoesToTheTokenizerWholeAndUnchanged() {
        Recording tokenizer = new Recording();
        String text = "A short sentence, with https://example.org/a/b and “quotes”.";

        Span[] tokens = LongRuns.tokenize(tokenizer, text, 64);

        assertThat(tokenizer.seen).containsExactly(text);
        assertThat(tokens).isEqualTo(opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(text));
        assertThat(LongRuns.maskedForSentences(text, 64)).isSameAs(text);
    }

    @Test
    void aLongRunIsCutIntoTokensOfTheLimitWithoutTheTokenizerAndTheRestIsTokenizedAsBefore() {
        String text = "He said " + "\u201c".repeat(150) + " yesterday, 3.5% (ok).";

        Span[] tokens = LongRuns.tokenize(SimpleTokenizer.INSTANCE, text, 64);

        // the run (offsets 8 to 158) in three tokens, everything else as the tokenizer gives it
        List<Span> expected = new ArrayList<>();
        for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text)) {
            if (s.getStart() >= 8 && s.getEnd() <= 158) {
                if (s.getStart() == 8) {
                    expected.addAll(List.of(new Span(8, 72), new Span(72, 136), new Span(136, 158)));
                }
            } else {
                expected.add(s);
            }
        }
        assertThat(tokens).containsExactlyElementsOf(expected);
        Recording recording = new Recording();
        LongRuns.tokenize(recording, text, 64);
        assertThat(recording.seen).containsExactly("He", "said", "yesterday,", "3.5%", "(ok).");
    }

    @Test
    void aCutNeverFallsInsideASurrogatePair() {
        String text = "a" + "😀".repeat(40);

        Span[] tokens = LongRuns.tokenize(new Recording(), text, 64);

        assertThat(tokens).extracting(Span::length).containsExactly(63, 18);
        assertThat(Arrays.stream(tokens).map(s -> s.getCoveredText(text).toString()).reduce("", String::concat))
                .isEqualTo(text);
    }

    @Test
    void theSentenceDetectorSeesALongRunAsOneWordOfTheSameLength() {
        String text = "One. " + "a.".repeat(50) + "\u00a0Two. Three.";

        String masked = LongRuns.maskedForSentences(text, 64);

        assertThat(masked).hasSameSizeAs(text).isEqualTo("One. " + "x".repeat(100) + "\u00a0Two. Three.");
    }
}
