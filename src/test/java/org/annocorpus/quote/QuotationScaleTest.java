package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Inputs far larger than any article, generated: span finding, attribution and canonical names must stay
 * linear in the input (issue 17 measured 80k quotation marks at two minutes before). The assertions are
 * on the results; a return to quadratic work shows as a test that runs for many minutes.
 */
class QuotationScaleTest {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+|\\S");

    @Test
    void aMillionQuotationMarksOnOneLine() {
        int pairs = 500_000;
        StringBuilder sb = new StringBuilder(pairs * 40);
        for (int i = 0; i < pairs; i++) {
            // double marks, a single-quoted phrase and an apostrophe between them: all on one line
            sb.append("He called it “plan ").append(i).append("” and the ‘deal’ isn’t done. ");
        }
        String text = sb.toString();
        List<QuoteSpan> spans = QuoteSpanFinder.find(text, List.of(), List.of());
        assertThat(spans).hasSize(2 * pairs);
        assertThat(text.substring(spans.get(2 * pairs - 2).contentBegin(), spans.get(2 * pairs - 2).contentEnd()))
                .isEqualTo("plan " + (pairs - 1));
        assertThat(spans.get(2 * pairs - 1).single()).isTrue();
    }

    @Test
    void manyQuotationsAndSpeakersInOneDocument() {
        assertLastTwoBy(attributeAll("\n", null), "verb-after", "previous-quote"); // a paragraph per line
    }

    @Test
    void manyQuotationsAndSpeakersInOneParagraph() {
        // no paragraph break at all (a transcript, a scraped page): the search for the nearest mention stops
        // at the attribution's own, so it does not read the whole paragraph for every quotation
        assertLastTwoBy(attributeAll(" ", null), "verb-after", "previous-quote");
    }

    @Test
    void manyQuotationsAndSpeakersChosenByTheRanker() throws Exception {
        // the default pipeline's path: every sieve's proposal and the candidates no sieve makes (the names
        // of the paragraph, the speakers so far), ranked; in one paragraph, the hardest case for both
        assertLastTwoBy(attributeAll(" ", SpeakerRanker.load(SpeakerRanker.DEFAULT)), "ranker:verb-after",
                "ranker:previous-quote");
    }

    private static final int SPEAKERS = Integer.getInteger("scale.speakers", 20_000); // 40,000 quotations, 80,000 marks, 20,000 different people

    /** The quotations of a document where each of {@link #SPEAKERS} people is introduced, then quoted twice. */
    private static List<QuotationAnnotator.Found> attributeAll(String separator, SpeakerRanker ranker) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < SPEAKERS; i++) {
            String surname = surname(i);
            sb.append("Ana ").append(surname).append(" spoke on Monday.").append(separator);
            sb.append("“Prices will fall,” ").append(surname).append(" said. “Wages will rise.”").append(separator);
        }
        List<QuotationAnnotator.Found> found = QuotationAnnotator.extract(model(sb.toString()), SpeakerSieves.named(null),
                ranker);
        assertThat(found).hasSize(2 * SPEAKERS);
        return found;
    }

    private static void assertLastTwoBy(List<QuotationAnnotator.Found> found, String first, String second) {
        String last = "Ana " + surname(SPEAKERS - 1);
        assertThat(found.subList(found.size() - 2, found.size()))
                .extracting(QuotationAnnotator.Found::speaker, f -> f.attribution().sieve())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(last, first),
                        org.assertj.core.groups.Tuple.tuple(last, second));
    }

    /** A distinct capitalised surname per number: Ba, Bb, ..., in letters only. */
    private static String surname(int i) {
        StringBuilder s = new StringBuilder();
        int k = i;
        do {
            s.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return "Mor" + s;
    }

    /** A document with simple tokens and tags: capitalised words are proper nouns, "said" a verb. */
    private static TextModel model(String text) {
        List<TextModel.RawToken> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            String pos;
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                pos = "PUNCT";
            } else if (w.equals("said") || w.equals("spoke")) {
                pos = "VERB";
            } else if (w.equals("will")) {
                pos = "AUX";
            } else if (Character.isUpperCase(w.charAt(0)) && m.start() > 0 && text.charAt(m.start() - 1) != '“') {
                pos = "PROPN";
            } else {
                pos = "NOUN";
            }
            tokens.add(new TextModel.RawToken(m.start(), m.end(), pos, w.equals("said") ? "say" : w.toLowerCase()));
        }
        return new TextModel(text, tokens, List.of(), List.of(), List.of());
    }
}
