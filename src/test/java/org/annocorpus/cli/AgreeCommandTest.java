package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code corpus agree} end to end, on the two documents of {@code AgreementStudyTest} (their figures are
 * worked out there): "e" with the entities, "c" with the quotation and the numeric claims.
 */
class AgreeCommandTest {

    @TempDir
    Path tmp;

    private Path a;
    private Path b;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String E = "Ana Ruiz met Tomas Berg in Lisbon.";
    private static final String C = "\"We will act,\" said Ruiz. Prices rose 3% in 2 weeks.";

    @BeforeEach
    void setUp() throws Exception {
        a = tmp.resolve("a");
        b = tmp.resolve("b");
        write(a, "e", E, "T1\tPER 0 8\tAna Ruiz\nT2\tPER 13 23\tTomas Berg\nT3\tLOC 27 33\tLisbon\n");
        write(b, "e", E, "T1\tPER 0 8\tAna Ruiz\nT2\tPER 13 18\tTomas\nT3\tORG 27 33\tLisbon\n");
        String quote = "T1\tQuotation 1 12\tWe will act\nT2\tSource 20 24\tRuiz\nR1\tspeakerMention Arg1:T1 Arg2:T2\n";
        write(a, "c", C, quote + "#1\tspeaker T1\tAna Ruiz\nT3\tNumericClaim 38 40\t3%\nA1\tvalue T3 3\nA2\tunit T3 percent\n"
                + "A3\tqualifier T3 EXACT\nT4\tNumericClaim 44 51\t2 weeks\nA4\tvalue T4 2\nA5\tunit T4 week\nA6\tqualifier T4 EXACT\n");
        write(b, "c", C, quote + "#1\tspeaker T1\tRuiz\nT3\tNumericClaim 38 40\t3%\nA1\tvalue T3 3\nA2\tunit T3 percent\n"
                + "A3\tqualifier T3 APPROX\n");
    }

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesTheStudyAsTextJsonAndMarkdown() throws Exception {
        Path json = tmp.resolve("agreement.json");
        Path markdown = tmp.resolve("agreement.md");
        int code = run("agree", a.toString(), b.toString(), "--json", json.toString(), "--markdown", markdown.toString(),
                "--disagreements");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("2 documents compared, 24 tokens; only in A: none; only in B: none")
                .containsPattern("PER +2 +2 +0\\.500 +0\\.750 ")
                .contains("speakers (pairs with the same boundaries): 0.000 (0/1); same last name: 1.000 (1/1)")
                .contains("value 1.000 (1/1), unit 1.000 (1/1), qualifier 0.000 (0/1)")
                .contains("Disagreements: 5 (1 only A, 1 boundary, 1 type, 2 attribute)")
                .containsPattern("e +entities +boundary +PER 13-23 \"Tomas Berg\" +PER 13-18 \"Tomas\" +Ana Ruiz met «Tomas Berg»")
                .containsPattern("c +numeric +only A +NumericClaim 44-51 \"2 weeks\" +— +…will act");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("format").asText()).isEqualTo("annocorpus-agree/1");
        assertThat(report.at("/documents/compared").toString()).isEqualTo("[\"c\",\"e\"]");
        assertThat(report.at("/layers/entities/f1Strict").asDouble()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(report.at("/layers/entities/types/PER/f1Partial").asDouble()).isEqualTo(0.75);
        assertThat(report.at("/layers/entities/cohenKappaTokens").isNumber()).isTrue();
        assertThat(report.at("/layers/entities/krippendorffAlphaU").isNumber()).isTrue();
        assertThat(report.at("/layers/numeric/f1Strict").asDouble()).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(report.at("/layers/quotations/attributes/speaker/agreed").asInt()).isZero();
        assertThat(report.at("/layers/quotations/attributes/speakerLenient/agreement").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/layers/numeric/attributes/qualifier/agreement").asDouble()).isZero();
        assertThat(report.at("/disagreementCounts").toString())
                .isEqualTo("{\"attribute\":2,\"boundary\":1,\"only A\":1,\"type\":1}");
        JsonNode first = report.at("/disagreements/0");
        assertThat(first.get("document").asText()).isEqualTo("c");
        assertThat(first.get("detail").asText()).isEqualTo("speaker: A \"Ana Ruiz\", B \"Ruiz\"");
        assertThat(first.get("context").asText()).contains("«We will act»");
        assertThat(report.at("/disagreements/2/b").isNull()).isTrue();

        assertThat(Files.readString(markdown)).contains("# Inter-annotator agreement", "## entities",
                "| PER | 2 | 2 | 0.500 | 0.750 |", "## Disagreements", "| e | entities | type | LOC 27-33 \"Lisbon\" |");
    }

    @Test
    void documentsOfOneAnnotatorOnlyAreListedAndNotCompared() throws Exception {
        write(a, "x", "Only A read this.", "");
        assertThat(run("agree", a.toString(), b.toString(), "--layers", "entities")).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("2 documents compared").contains("only in A: x; only in B: none");
        assertThat(err.toString()).contains("not compared");
    }

    @Test
    void differentTextsAndBadArgumentsAreErrors() throws Exception {
        write(b, "e", E.replace("Lisbon", "Lisboa"), "T1\tPER 0 8\tAna Ruiz\n");
        assertThat(run("agree", a.toString(), b.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("document e of").contains("identical texts");
        assertThat(run("agree", a.toString(), tmp.resolve("missing").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("agree", a.toString(), b.toString(), "--layers", "nouns")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown layer 'nouns'");
    }

    private static void write(Path dir, String id, String text, String ann) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(id + ".ann"), ann, StandardCharsets.UTF_8);
    }
}
