package org.annocorpus.eval.conlleval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

/**
 * conlleval.pl's figures, worked out by hand from its rules (startOfChunk / endOfChunk, the inCorrect
 * flag, sentence boundaries), on invented sentences. Fields are "token [other columns] gold guess".
 */
class ConllEvalTest {

    private static String run(String input) throws Exception {
        return run(input, ConllEvalOptions.DEFAULT);
    }

    private static String run(String input, ConllEvalOptions options) throws Exception {
        return ConllEval.evaluate(new StringReader(input), options).report();
    }

    /**
     * IOB2. Gold chunks: PER [Alex Smith], LOC [New York]; guessed: PER [Alex Smith], LOC [New]. PER ends in
     * both at "visited" with the same type: correct. LOC: at "York" the gold chunk goes on (B→I) while the
     * guessed one ends (B→O): not correct. Correct tags: all but "York" (I-LOC vs O): 5 of 6 = 83.33%.
     * P = R = 1/2 = 50.00, FB1 50.00. Per type: LOC 0/1 → 0.00; PER 1/1 → 100.00.
     */
    @Test
    void iob2() throws Exception {
        String input = """
                Alex B-PER B-PER
                Smith I-PER I-PER
                visited O O
                New B-LOC B-LOC
                York I-LOC O
                today O O
                """;
        assertThat(run(input)).isEqualTo("""
                processed 6 tokens with 2 phrases; found: 2 phrases; correct: 1.
                accuracy:  83.33%; precision:  50.00%; recall:  50.00%; FB1:  50.00
                              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                """);
    }

    /**
     * IOB1 (CoNLL-2003's own encoding): a chunk opens on I- after O or after another type; B- only separates
     * two adjacent chunks of one type. Gold: ORG [EU], MISC [German], LOC [Germany], LOC [France] (I→B opens
     * the second). Guessed: ORG [EU], MISC [German], LOC [Germany France] (I→I, same type, goes on). At
     * "France" the gold chunk ends and the guessed one does not: LOC is not correct. Found 3, gold 4,
     * correct 2 (ORG, MISC): P = 66.67, R = 50.00, FB1 = 2·(200/3)·50 / (200/3 + 50) = 57.14. Correct tags
     * 6 of 7 (France B vs I): 85.71%.
     */
    @Test
    void iob1() throws Exception {
        String input = """
                EU I-ORG I-ORG
                rejects O O
                German I-MISC I-MISC
                call O O
                Germany I-LOC I-LOC
                France B-LOC I-LOC
                agree O O
                """;
        assertThat(run(input)).isEqualTo("""
                processed 7 tokens with 4 phrases; found: 3 phrases; correct: 2.
                accuracy:  85.71%; precision:  66.67%; recall:  50.00%; FB1:  57.14
                              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                             MISC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                """);
    }

    /**
     * Stray I- tags, a type change inside a chunk, a sentence break, and a chunk open at the end of input.
     * "Anna": gold B-PER, guess I-PER after O: both start a PER chunk; both end at "met": PER correct (the
     * tag differs, the chunk does not). "team": guess I-LOC after B-ORG ends the ORG chunk and starts a LOC
     * one (type change), gold I-ORG goes on: ORG not correct, one extra guessed LOC. The empty line is a
     * boundary (not a token). "New Delhi" is correct, closed at the end of input. Gold 3 chunks, guessed 4,
     * correct 2: P = 50.00, R = 66.67, FB1 = 57.14. Tokens 9, correct tags 7 (Anna B/I, team ORG/LOC wrong):
     * 77.78%. LOC: correct 1 of 2 guessed, of 1 gold: P 50.00, R 100.00, FB1 66.67.
     */
    @Test
    void strayInsideTagsAndBoundaries() throws Exception {
        String input = """
                Anna B-PER I-PER
                Lee I-PER I-PER
                met O O
                the O O
                U.N. B-ORG B-ORG
                team I-ORG I-LOC

                in O O
                New B-LOC B-LOC
                Delhi I-LOC I-LOC""";
        assertThat(run(input)).isEqualTo("""
                processed 9 tokens with 3 phrases; found: 4 phrases; correct: 2.
                accuracy:  77.78%; precision:  50.00%; recall:  66.67%; FB1:  57.14
                              LOC: precision:  50.00%; recall: 100.00%; FB1:  66.67  2
                              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                """);
    }

    /**
     * Extra columns, a -DOCSTART- line (conlleval counts it as a token, tagged O/O), a -X- boundary line,
     * hyphens inside the type (the prefix is what precedes the first hyphen: GEO-POL) and types sorted by
     * bytes (upper case first). Tokens: -DOCSTART-, Paris, is, nice, Rome = 5; correct tags 3 (nice and Rome
     * wrong): 60.00%. Gold GEO-POL ×2, guessed GEO-POL ×1 (correct) and misc ×1: P = R = 50.00.
     * GEO-POL: P 100.00, R 50.00, FB1 66.67. misc: no gold, 0 correct: 0.00 throughout.
     */
    @Test
    void extraColumnsDocstartAndHyphenatedTypes() throws Exception {
        String input = """
                -DOCSTART- -X- O O

                Paris NNP B-GEO-POL B-GEO-POL
                is VBZ O O
                nice JJ O B-misc
                -X- -X- O O
                Rome NNP B-GEO-POL O
                """;
        assertThat(run(input)).isEqualTo("""
                processed 5 tokens with 2 phrases; found: 2 phrases; correct: 1.
                accuracy:  60.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00
                          GEO-POL: precision: 100.00%; recall:  50.00%; FB1:  66.67  1
                             misc: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                """);
    }

    /**
     * IOE: a chunk closes on E-. Gold [a b] [c], guessed [a b] [c] with c tagged I-NP: at c both chunks
     * start (E→E, E→I both start a chunk and end the previous one); at d both end (E→O, I→O). All chunks
     * correct; correct tags 3 of 4 (c E vs I).
     */
    @Test
    void ioe() throws Exception {
        String input = """
                a I-NP I-NP
                b E-NP E-NP
                c E-NP I-NP
                d O O
                """;
        assertThat(run(input)).isEqualTo("""
                processed 4 tokens with 2 phrases; found: 2 phrases; correct: 2.
                accuracy:  75.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                               NP: precision: 100.00%; recall: 100.00%; FB1: 100.00  2
                """);
    }

    /**
     * -r: tags without prefix, every tagged token a chunk of its own (B- is added). Gold: PER [Alex], PER
     * [Smith]; guessed: PER [Alex], LOC [visits]. Correct 1 of 2 found, of 2 gold. Correct tags: Alex only:
     * 33.33%.
     */
    @Test
    void rawTags() throws Exception {
        String input = """
                Alex PER PER
                Smith PER O
                visits O LOC
                """;
        assertThat(run(input, new ConllEvalOptions(" ", true, "O"))).isEqualTo("""
                processed 3 tokens with 2 phrases; found: 2 phrases; correct: 1.
                accuracy:  33.33%; precision:  50.00%; recall:  50.00%; FB1:  50.00
                              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
                              PER: precision: 100.00%; recall:  50.00%; FB1:  66.67  1
                """);
    }

    /** -d: a tab-separated file; a Windows line end is tolerated (the one deliberate difference). */
    @Test
    void otherDelimiterAndCarriageReturns() throws Exception {
        String input = "Alex\tB-PER\tB-PER\r\nruns\tO\tO\r\n";
        assertThat(run(input, new ConllEvalOptions("\t", false, "O"))).isEqualTo("""
                processed 2 tokens with 1 phrases; found: 1 phrases; correct: 1.
                accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                """);
    }

    /** No tokens: only the first line, as conlleval prints it. */
    @Test
    void emptyInput() throws Exception {
        assertThat(run("")).isEqualTo("processed 0 tokens with 0 phrases; found: 0 phrases; correct: 0.\n");
    }

    @Test
    void inconsistentNumberOfFieldsIsRefusedWithConllevalsMessage() {
        assertThatThrownBy(() -> run("a B-PER B-PER\nb O\n")).isInstanceOf(ConllEvalException.class)
                .hasMessage("unexpected number of features: 2 (3)");
        assertThatThrownBy(() -> run("a\n")).isInstanceOf(ConllEvalException.class)
                .hasMessage("conlleval: unexpected number of features in line a");
    }

    /** printf("%6.2f") rounds the exact binary value, ties to even, as C does; Java's own format would not. */
    @Test
    void numbersAreFormattedAsCDoes() {
        assertThat(ConllEvalResult.f62(0.125)).isEqualTo("  0.12");
        assertThat(ConllEvalResult.f62(0.375)).isEqualTo("  0.38");
        assertThat(ConllEvalResult.f62(2.675)).isEqualTo("  2.67"); // 2.67499999999999982236431605997495353221893310546875
        assertThat(ConllEvalResult.f62(100)).isEqualTo("100.00");
        assertThat(ConllEvalResult.f62(200.0 / 3)).isEqualTo(" 66.67");
    }

    /** UTF-8 type names survive the byte-wise reading and are padded by bytes, as Perl pads them. */
    @Test
    void nonAsciiTypesArePaddedByBytes() throws Exception {
        byte[] utf8 = "Zoë B-PERSÖN B-PERSÖN\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String latin1 = new String(utf8, java.nio.charset.StandardCharsets.ISO_8859_1);
        // "PERSÖN" is 7 bytes: 10 spaces of padding, not 11
        assertThat(run(latin1)).endsWith("\n          PERSÖN: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n");
    }
}
