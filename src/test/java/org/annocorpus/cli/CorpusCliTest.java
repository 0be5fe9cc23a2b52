package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCliTest {

    private static final String PIPELINE = "src/test/resources/pipelines/preprocess.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void annotateWritesOutputsAndExitsZero() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Lisbon is in Portugal.");

        int code = run("annotate", "--input", in.toString(), "--output", dir.resolve("out").toString(),
                "--pipeline", PIPELINE, "--quiet");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("annotated 1 documents in ");
        assertThat(err.toString()).isEmpty();
        assertThat(dir.resolve("out/xmi/one.xmi")).exists();
    }

    @Test
    void annotateWithABadDocumentExitsOneAndNamesIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Lisbon is in Portugal.");
        Files.write(in.resolve("empty.txt"), new byte[0]);

        int code = run("annotate", "--input", in.toString(), "--output", dir.resolve("out").toString(),
                "--pipeline", PIPELINE, "--quiet");

        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(err.toString()).contains("failed: " + in.resolve("empty.txt") + ": empty file",
                "1 document(s) failed, 1 written");
        assertThat(dir.resolve("out/xmi/good.xmi")).exists();
    }

    @Test
    void missingInputDirectoryExitsTwo() {
        int code = run("annotate", "--input", dir.resolve("nope").toString(), "--output", dir.toString(),
                "--pipeline", PIPELINE);

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("input directory or file not found");
    }

    @Test
    void brokenPipelineExitsTwoBeforeReadingAnything() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Text.");
        Path pipeline = Files.writeString(dir.resolve("bad.yaml"), "reader:\n  component: NoSuchReader\n");

        int code = run("annotate", "--input", in.toString(), "--output", dir.resolve("out").toString(),
                "--pipeline", pipeline.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains(pipeline + ":2: unknown component 'NoSuchReader'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void unknownOptionExitsTwo() {
        assertThat(run("annotate", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void describePrintsAnAggregateDescriptor() {
        int code = run("pipeline", "describe", PIPELINE);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("<analysisEngineDescription", "<primitive>false</primitive>",
                "org.annocorpus.preprocess.LinearOpenNlpSegmenter", "org.annocorpus.io.XmiCorpusWriter", "${output}/xmi");
    }

    @Test
    void describeOfBrokenPipelineExitsTwo() throws Exception {
        Path pipeline = Files.writeString(dir.resolve("bad.yaml"), "reader: [\n");

        assertThat(run("pipeline", "describe", pipeline.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not valid YAML");
    }
}
