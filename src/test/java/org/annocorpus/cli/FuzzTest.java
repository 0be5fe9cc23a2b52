package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.annocorpus.eval.benchmark.CorpusCheck;
import org.annocorpus.eval.benchmark.FuzzCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred fuzzed documents (the small version of eval/reliability.sh): no valid document is lost,
 * every XMI is well-formed, every offset lies in the text on a code-point boundary.
 */
class FuzzTest {

    @TempDir
    Path work;

    @Test
    void noValidFuzzedDocumentIsLost() throws Exception {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        FuzzCorpus.write(in, 300, 17L);
        StringWriter err = new StringWriter();

        int exit = CorpusCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "annotate", "--input",
                in.toString(), "--output", out.toString(), "--pipeline", "src/test/resources/pipelines/fuzz.yaml",
                "--quiet");
        CorpusCheck.Result check = CorpusCheck.check(in, out, Integer.MAX_VALUE);

        assertThat(exit).as(err.toString()).isIn(ExitCodes.OK, ExitCodes.FAILURES);
        assertThat(check.problems()).as(err.toString()).isEmpty();
        assertThat(check.valid()).as("the fuzz must give valid documents to check").isGreaterThan(200);
        assertThat(check.written()).isEqualTo(check.valid());
        assertThat(check.offsets()).isGreaterThan(10_000);
        // every refused document is one the check counts as invalid: nothing is refused for our own faults
        assertThat(err.toString().lines().filter(l -> l.startsWith("failed: ")))
                .allMatch(l -> l.contains("not valid UTF-8") || l.contains("white space") || l.contains("empty file"));
    }
}
