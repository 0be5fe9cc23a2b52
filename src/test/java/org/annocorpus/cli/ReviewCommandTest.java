package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.annocorpus.review.ReviewTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus review} end to end on the fixture of the review tests. */
class ReviewCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesTheIndexAndAPagePerGoldDocument() throws Exception {
        Path gold = ReviewTestData.gold(tmp.resolve("gold"));
        Path system = ReviewTestData.system(tmp.resolve("system"));
        Path output = tmp.resolve("review");
        // d2 has no system output: written, reported, exit code 1 (as `corpus eval`)
        int code = run("review", "--gold", gold.toString(), "--system", system.toString(), "--output", output.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("wrote ").contains("index.html and 2 document pages");
        assertThat(err.toString()).contains("d2: no system output");
        assertThat(output.resolve("index.html")).exists();
        assertThat(output.resolve("docs").resolve("d1.html")).exists();
        assertThat(output.resolve("docs").resolve("d2.html")).content().contains("No usable system output");

        // a system folder of a corpus (with xmi/ inside) is accepted; layers chosen by name
        assertThat(run("review", "--gold", gold.toString(), "--system", system.getParent().toString(), "--output",
                output.toString(), "--layers", "numeric")).isEqualTo(ExitCodes.FAILURES);
        assertThat(err.toString()).contains("not scored (gold shown for reading): entities, quotations");
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Path gold = ReviewTestData.gold(tmp.resolve("gold"));
        assertThat(run("review", "--gold", gold.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("review", "--gold", gold.toString(), "--system", tmp.resolve("none").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not a directory");
        assertThat(run("review", "--gold", gold.toString(), "--system", gold.toString(), "--layers", "nouns"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown layer 'nouns'");
    }
}
