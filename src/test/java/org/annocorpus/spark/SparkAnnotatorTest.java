package org.annocorpus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annocorpus.pipeline.ParallelRunner;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.RunReport;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark in local[2] writes what the parallel runner writes, byte for byte, from a folder and from JSON Lines. */
class SparkAnnotatorTest {

    private static final Path PIPELINE = Path.of("src/test/resources/pipelines/parallel.yaml");

    @TempDir
    static Path work;
    static Path input;
    static JavaSparkContext spark;

    @BeforeAll
    static void start() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        String[] places = {"Osaka", "Lisbon", "New York", "Nairobi", "Quito"};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            String text = "Rain In " + places[i % places.length] + "\n\nThe mayor said \"we counted " + (4 * i + 1)
                    + " boats\" on Monday." + (i == 3 ? " FAIL-HERE" : "");
            Files.writeString(input.resolve(String.format("doc-%02d.txt", i)), text);
            jsonl.append(String.format("{\"id\": \"doc-%02d\", \"text\": \"%s\"}%n", i,
                    text.replace("\"", "\\\"").replace("\n", "\\n")));
        }
        Files.write(input.resolve("doc-05b.txt"), new byte[] {'o', 'k', (byte) 0xFE});
        Files.writeString(work.resolve("docs.jsonl"), jsonl.toString());
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "localhost")
                .set("spark.driver.bindAddress", "127.0.0.1");
        spark = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void folderOnSparkGivesTheBytesOfAnnotate() throws Exception {
        Path annotate = work.resolve("annotate");
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(PIPELINE,
                Map.of("input", input.toString(), "output", annotate.toString())));
        RunReport local = new ParallelRunner(new PrintWriter(new StringWriter()), true, 2).run(built);

        RunReport distributed = new SparkAnnotator(new PrintWriter(new StringWriter()))
                .run(spark, PIPELINE, input, work.resolve("spark"), 3);

        assertThat(distributed.processed()).isEqualTo(local.processed()).isEqualTo(6);
        assertThat(distributed.failures()).extracting(RunReport.Failure::document)
                .containsExactly("doc-03", input.toAbsolutePath().resolve("doc-05b.txt").toString());
        assertSameFiles(work.resolve("spark"), annotate);
        assertThat(work.resolve("spark/_parts")).doesNotExist();
    }

    @Test
    void jsonLinesGiveTheSameCoNllAndAnnotationsAsTheFolder() throws Exception {
        Path folder = work.resolve("spark-folder");
        new SparkAnnotator(new PrintWriter(new StringWriter())).run(spark, PIPELINE, input, folder, 2);
        RunReport report = new SparkAnnotator(new PrintWriter(new StringWriter()))
                .run(spark, PIPELINE, work.resolve("docs.jsonl"), work.resolve("spark-jsonl"), 3);

        assertThat(report.processed()).isEqualTo(6);
        assertThat(report.failures()).extracting(RunReport.Failure::document).containsExactly("doc-03");
        // the same texts in the same order: the same CoNLL (the XMI differ only in their document URIs)
        assertThat(Files.readString(work.resolve("spark-jsonl/conll/corpus.layers.conll")))
                .isEqualTo(Files.readString(folder.resolve("conll/corpus.layers.conll")));
        assertThat(work.resolve("spark-jsonl/xmi/doc-06.xmi")).exists();
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertThat(got.keySet()).isEqualTo(want.keySet());
        assertThat(want).containsKeys("manifest.json", "conll/corpus.conll", "xmi/typesystem.xml", "xmi/doc-00.xmi");
        for (Map.Entry<String, byte[]> e : want.entrySet()) {
            assertThat(new String(got.get(e.getKey()))).as(e.getKey()).isEqualTo(new String(e.getValue()));
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
