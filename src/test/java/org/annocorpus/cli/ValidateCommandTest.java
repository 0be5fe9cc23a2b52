package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.annocorpus.gold.GoldFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void anErrorIsPrintedWithFileAndLineAndFailsTheRun() throws Exception {
        Path dir = GoldFixtures.broken("offset-outside-text");

        assertThat(run("validate", dir.toString())).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).containsSubsequence(
                dir.resolve("doc.ann") + ":8: error: offsets 145-161 lie outside the text (147 code points)\n",
                dir + ": 1 document checked, 1 error, 0 warnings\n");
    }

    @Test
    void warningsAloneDoNotFailTheRun() throws Exception {
        Path dir = GoldFixtures.broken("warning-source-unlinked");

        assertThat(run("validate", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(dir.resolve("doc.ann") + ":4: warning: Source T9 'Ana Ruiz'")
                .endsWith("1 document checked, 0 errors, 1 warning\n");
    }

    @Test
    void noWarningsLeavesOutTheWarningLinesButCountsThem() throws Exception {
        Path dir = GoldFixtures.broken("warning-source-unlinked");

        assertThat(run("validate", "--no-warnings", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).doesNotContain("warning:").endsWith("0 errors, 1 warning\n");
    }

    @Test
    void theProjectGoldIsTheDefaultAndValidates() {
        assertThat(run("validate")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).doesNotContain("error:").contains("gold/dev: ").contains("gold/test: ");
    }

    @Test
    void everyFolderOfASplitGoldIsCheckedAndAnErrorInOneFailsTheRun(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold");
        copy(GoldFixtures.ok(), gold.resolve("dev"));
        copy(GoldFixtures.broken("offset-outside-text"), gold.resolve("test"));

        assertThat(run("validate", gold.toString())).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains(gold.resolve("dev") + ": 2 documents checked, 0 errors")
                .contains(gold.resolve("test") + ": 1 document checked, 1 error");
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        java.nio.file.Files.createDirectories(to);
        try (var files = java.nio.file.Files.list(from)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aFolderWithoutDocumentsIsAnError(@TempDir Path empty) {
        assertThat(run("validate", empty.toString())).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("error: no gold documents");
    }

    @Test
    void aMissingFolderIsAUsageError(@TempDir Path tmp) {
        assertThat(run("validate", tmp.resolve("nothing").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("gold folder not found");
    }
}
