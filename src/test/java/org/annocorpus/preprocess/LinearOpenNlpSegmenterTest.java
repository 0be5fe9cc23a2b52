package org.annocorpus.preprocess;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.opennlp.OpenNlpSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class LinearOpenNlpSegmenterTest {

    private static final String SENTENCES = "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“We will not back down,” Sen. Ana Ruiz (D-N.Y.) said on Tuesday. The council’s vote was 5-4.\n"
                    + "Read more at https://example.org/news/2016/06/17/a-trump-rally-in-greensboro?ref=home&x=1.",
            "He wrote “😀” online. China💞’s exports rose 3.5% to $4.2bn... Really?! (Yes.) 'No,' she said.",
            "U.S. officials -- and Mr. O'Neil -- didn't say; the 1990s-era plan cost €3m/yr. E-mail: a.b@c.com",
            "tips/quips/quotes/stories/photos/events/scoops href=\"http://video.foxnews.com\">video.foxnews.com</a>."
    })
    void segmentsOrdinaryTextExactlyAsOpenNlpSegmenter(String text) throws Exception {
        assertThat(segment(text, linear(256))).isEqualTo(segment(text, dkpro()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // OpenNLP alone: over five minutes on this machine
    void segmentsAMillionQuotationMarksInLinearTime() throws Exception {
        String text = "He said " + "\u201c".repeat(1_000_000) + " yesterday.";

        Segmented out = segment(text, linear(256));

        assertThat(out.tokens()).hasSize(2 + (1_000_000 + 255) / 256 + 2);
        assertThat(out.tokens()).allSatisfy(t -> assertThat(t[1] - t[0]).isBetween(1, 256));
        assertThat(out.tokens().get(0)).containsExactly(0, 2);
        assertThat(out.tokens().get(out.tokens().size() - 1)).containsExactly(text.length() - 1, text.length());
        assertCoversEveryNonSpaceCharacterOnce(text, out);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLongRunOfFullStopsHoldsNoSentenceEndAndIsCutIntoShortTokens() throws Exception {
        String text = "It began. " + ".".repeat(200_000) + " Then it ended. And again.";

        Segmented out = segment(text, linear(256));

        assertThat(out.tokens()).allSatisfy(t -> assertThat(t[1] - t[0]).isBetween(1, 256));
        // no sentence ends inside the run: it belongs to one sentence, with the text around it as before
        assertThat(out.sentences()).noneSatisfy(s -> assertThat(s[1]).isBetween(11, 200_009));
        assertThat(out.sentences().get(0)).containsExactly(0, 9);
        assertThat(out.sentences().get(out.sentences().size() - 1)).containsExactly(text.length() - "And again.".length(), text.length());
        assertCoversEveryNonSpaceCharacterOnce(text, out);
    }

    @Test
    void aSentenceOverTheTokenLimitIsSplitIntoSentencesOfThatManyTokens() throws Exception {
        String text = "Short one. " + "word ".repeat(2_500) + "end. Last one.";

        Segmented out = segment(text, linear(256));

        assertThat(out.sentences()).hasSize(5);
        assertThat(out.sentences().get(0)).containsExactly(0, 10);
        assertThat(out.sentences().get(1)).containsExactly(11, 11 + 5 * 1_000 - 1);
        assertThat(out.sentences().get(4)).containsExactly(text.length() - "Last one.".length(), text.length());
        assertThat(out.sentences().subList(1, 4)).allSatisfy(s -> assertThat(tokensIn(out, s)).isLessThanOrEqualTo(1_000));
        assertCoversEveryNonSpaceCharacterOnce(text, out);
    }

    private static long tokensIn(Segmented out, int[] sentence) {
        return out.tokens().stream().filter(t -> t[0] >= sentence[0] && t[1] <= sentence[1]).count();
    }

    @Test
    void neverCutsBetweenTheHalvesOfAnEmoji() throws Exception {
        String text = "x" + "😀".repeat(500) + " ok";

        Segmented out = segment(text, linear(64));

        assertThat(out.tokens()).allSatisfy(t -> {
            assertThat(Character.isLowSurrogate(text.charAt(t[0]))).isFalse();
            assertThat(t[1] - t[0]).isLessThanOrEqualTo(64);
        });
        assertCoversEveryNonSpaceCharacterOnce(text, out);
    }

    @Test
    void refusesARunLimitThatWouldCutOrdinaryWords() {
        assertThatThrownBy(() -> AnalysisEngineFactory.createEngine(linear(10)))
                .isInstanceOf(ResourceInitializationException.class)
                .hasStackTraceContaining("maxRunLength must be at least 64, not 10");
    }

    private static void assertCoversEveryNonSpaceCharacterOnce(String text, Segmented out) {
        int[] covered = new int[text.length()];
        for (int[] t : out.tokens()) {
            for (int i = t[0]; i < t[1]; i++) {
                covered[i]++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            assertThat(covered[i]).as("offset %d", i).isEqualTo(Character.isWhitespace(text.charAt(i)) ? 0 : 1);
        }
    }

    private static AnalysisEngineDescription linear(int maxRun) throws ResourceInitializationException {
        return createEngineDescription(LinearOpenNlpSegmenter.class,
                LinearOpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, SENTENCES,
                LinearOpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, TOKENS,
                LinearOpenNlpSegmenter.PARAM_MAX_RUN_LENGTH, maxRun,
                LinearOpenNlpSegmenter.PARAM_ZONE_TYPES, Paragraph.class.getName(),
                LinearOpenNlpSegmenter.PARAM_STRICT_ZONING, true);
    }

    private static AnalysisEngineDescription dkpro() throws ResourceInitializationException {
        return createEngineDescription(OpenNlpSegmenter.class,
                OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION, SENTENCES,
                OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION, TOKENS,
                OpenNlpSegmenter.PARAM_ZONE_TYPES, Paragraph.class.getName(),
                OpenNlpSegmenter.PARAM_STRICT_ZONING, true);
    }

    /** Token and sentence offsets, in index order. */
    record Segmented(List<int[]> tokens, List<int[]> sentences) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Segmented s && same(tokens, s.tokens) && same(sentences, s.sentences);
        }

        @Override
        public int hashCode() {
            return tokens.size();
        }

        @Override
        public String toString() {
            return "tokens " + tokens.stream().map(java.util.Arrays::toString).toList() + ", sentences "
                    + sentences.stream().map(java.util.Arrays::toString).toList();
        }

        private static boolean same(List<int[]> a, List<int[]> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Segmented segment(String text, AnalysisEngineDescription segmenter) throws Exception {
        JCas jcas = JCasFactory.createText(text, "en");
        // paragraphs by line, as the project's preprocessing makes them
        int begin = 0;
        for (String line : text.split("\n", -1)) {
            new Paragraph(jcas, begin, begin + line.length()).addToIndexes();
            begin += line.length() + 1;
        }
        runPipeline(jcas, segmenter);
        return new Segmented(offsets(select(jcas, Token.class)), offsets(select(jcas, Sentence.class)));
    }

    private static List<int[]> offsets(Iterable<? extends Annotation> annotations) {
        List<int[]> offsets = new java.util.ArrayList<>();
        annotations.forEach(a -> offsets.add(new int[] { a.getBegin(), a.getEnd() }));
        return offsets;
    }
}
