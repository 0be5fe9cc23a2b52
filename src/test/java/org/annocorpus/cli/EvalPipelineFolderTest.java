package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annocorpus.eval.source.TestCorpus;
import org.annocorpus.io.CorpusFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus eval --pipeline} writes its work folder as {@code annotate} writes a corpus: staged, locked, whole. */
class EvalPipelineFolderTest {

    @TempDir
    Path tmp;

    private Path gold;
    private Path pipeline;
    private Path work;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        gold = TestCorpus.writeGold(tmp.resolve("gold"));
        pipeline = TestCorpus.writeTaggerPipeline(tmp.resolve("capitalised.yaml"));
        work = tmp.resolve("work");
    }

    private int eval(Path pipelineFile) {
        return CorpusCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "--gold", gold.toString(),
                "--pipeline", pipelineFile.toString(), "--work", work.toString(), "--bootstrap", "0", "--quiet");
    }

    @Test
    void theWorkFolderIsReplacedAsAWholeWithNothingLeftBesideIt() throws Exception {
        assertThat(eval(pipeline)).as(err.toString()).isZero();
        Map<String, String> first = contents(work);
        Files.writeString(work.resolve("xmi/d9.xmi"), "output of an input removed since");
        Files.writeString(work.resolve("xmi/notes.txt"), "left by hand");

        assertThat(eval(pipeline)).as(err.toString()).isZero();

        assertThat(contents(work)).isEqualTo(first).containsOnlyKeys("xmi/d1.xmi", "xmi/d2.xmi", "xmi/typesystem.xml");
        assertThat(siblings()).containsExactly("work");
    }

    @Test
    void aSecondRunIntoAWorkFolderBeingWrittenIsRefusedBeforeItTouchesAnything() throws Exception {
        assertThat(eval(pipeline)).as(err.toString()).isZero();
        Map<String, String> before = contents(work);
        try (CorpusFolder running = CorpusFolder.open(work)) {
            Files.writeString(running.staging().resolve("half-written.xmi"), "the other run's output");

            int code = eval(pipeline);

            assertThat(code).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).contains("another run is writing into " + work);
            assertThat(running.staging().resolve("half-written.xmi")).hasContent("the other run's output");
            assertThat(contents(work)).isEqualTo(before);
        }
    }

    @Test
    void aFailedRunLeavesTheEarlierOutputAsItWas() throws Exception {
        assertThat(eval(pipeline)).as(err.toString()).isZero();
        Map<String, String> before = contents(work);
        Path noXmi = tmp.resolve("no-xmi.yaml");
        Files.writeString(noXmi, Files.readString(pipeline).replace("${output}/xmi", "${output}/elsewhere"));

        int code = eval(noXmi);

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("wrote no XMI to ${output}/xmi");
        assertThat(contents(work)).isEqualTo(before);
        assertThat(siblings()).containsExactly("work");
    }

    @Test
    void aWorkFolderHoldingOtherFilesIsRefusedAndKept() throws Exception {
        Files.createDirectories(work);
        Files.writeString(work.resolve("thesis.tex"), "precious");

        assertThat(eval(pipeline)).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("holds files but no corpus");
        assertThat(work.resolve("thesis.tex")).hasContent("precious");
    }

    /** The files under {@code dir} (relative paths) and their contents. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    /** What lies beside the work folder (the gold, the pipelines and the folder itself excepted). */
    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("gold") && !n.endsWith(".yaml")).sorted().toList();
        }
    }
}
