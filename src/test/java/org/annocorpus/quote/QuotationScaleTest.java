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
        attributesEveryQuotation("\n"); // a paragraph per line
    }

    @Test
    void manyQuotationsAndSpeakersInOneParagraph() {
        // no paragraph break at all (a transcript, a scraped page): the search for the nearest mention stops
        // at the attribution's own, so it does not read the whole paragraph for every quotation
        attributesEveryQuotation(" ");
    }

    private static void attributesEveryQuotation(String separator) {
        int speakers = 20_000; // 40,000 quotations, 80,000 marks, 20,000 different people
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < speakers; i++) {
            String surname = surname(i);
            sb.append("Ana ").append(surname).append(" spoke on Monday.").append(separator);
            sb.append("“Prices will fall,” ").append(surname).append(" said. “Wages will rise.”").append(separator);
        }
        TextModel model = model(sb.toString());
        List<QuotationAnnotator.Found> found = QuotationAnnotator.extract(model, SpeakerSieves.named(null));
        assertThat(found).hasSize(2 * speakers);
        assertThat(found.subList(found.size() - 2, found.size()))
                .extracting(QuotationAnnotator.Found::speaker, f -> f.attribution().sieve())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana " + surname(speakers - 1), "verb-after"),
                        org.assertj.core.groups.Tuple.tuple("Ana " + surname(speakers - 1), "previous-quote"));
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
