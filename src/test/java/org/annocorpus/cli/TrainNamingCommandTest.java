package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.cli.QuotationTrainingFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus train naming} on an invented gold document and its preprocessed XMI. */
class TrainNamingCommandTest {

    /** A term in scare quotes (no gold quotation) and a quotation (gold). */
    private static final String TEXT = "Tom Reyes met Ana Lopez on Monday. The “green” plan failed. “We will rebuild the"
            + " old bridge,” Reyes said.";

    @TempDir
    Path dir;

    private Path gold() throws Exception {
        return QuotationTrainingFixture.gold(dir, TEXT, "We will", "bridge", "Tom Reyes");
    }

    private Path system() throws Exception {
        return QuotationTrainingFixture.system(dir, TEXT);
    }

    /** Runs {@code corpus train naming ARGS}. */
    private static Run trainNaming(String... args) {
        return QuotationTrainingFixture.train("naming", args);
    }

    @Test
    void crossValidatesWritesTheModelAndItsLogTheSameOnEveryRun() throws Exception {
        Path gold = gold();
        Path system = system();
        Path model = dir.resolve("naming.txt.gz");

        Run run = trainNaming("--gold", gold.toString(), "--system", system.toString(), "--cv", "2", "--output",
                model.toString(), "--seed", "3");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("data: 1 gold documents", "seed 3",
                "pooled:   1 documents  rules P 0.5000 R 1.0000 F1 0.6667 (1 correct of 2, 1 gold)");
        assertThat(Files.readString(dir.resolve("naming.txt.gz.log"))).isEqualTo(run.out());
        byte[] first = Files.readAllBytes(model);
        assertThat(first).isNotEmpty();

        assertThat(trainNaming("--gold", gold.toString(), "--system", system.toString(), "--output", model.toString(),
                "--seed", "3").code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(model)).isEqualTo(first);
    }

    @Test
    void aGoldDocumentWithoutPipelineOutputIsAnErrorNamingTheFile() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Run run = trainNaming("--gold", gold().toString(), "--system", empty.toString(), "--cv", "2");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURES);
        assertThat(run.err()).contains("doc1.xmi", "no pipeline output for gold document doc1");
    }

    @Test
    void neitherAModelNorACrossValidationIsAUsageError() {
        Run run = trainNaming("--gold", dir.toString(), "--system", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--output", "--cv");

        run = trainNaming("--gold", dir.toString(), "--system", dir.toString(), "--cv", "2", "--orders", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("orders");
    }
}
