package org.annocorpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel runner writes the same bytes whatever the number of threads, even when a slow document
 * is overtaken by later ones and another one fails.
 */
class ParallelRunnerTest {

    private static final Path PIPELINE = Path.of("src/test/resources/pipelines/parallel.yaml");

    @TempDir
    static Path work;
    static Path input;

    @BeforeAll
    static void documents() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        String[] places = {"Osaka", "Lisbon", "New York", "Nairobi", "Quito", "Oslo"};
        for (int i = 0; i < 14; i++) {
            String place = places[i % places.length];
            StringBuilder text = new StringBuilder("Rain In " + place + "\n\n");
            for (int s = 0; s <= i % 5; s++) {
                text.append("The mayor of ").append(place).append(" said \"we counted ").append(3 * i + s)
                        .append(" boats\" on Monday. ");
            }
            if (i == 1) {
                text.append("SLOW-HERE");
            }
            if (i == 6) {
                text.append("FAIL-HERE");
            }
            Files.writeString(input.resolve(String.format("doc-%02d.txt", i)), text.toString());
        }
        Files.write(input.resolve("doc-09b.txt"), new byte[] {'o', 'k', (byte) 0xFE});
    }

    private static RunReport run(Path out, int threads, StringWriter progress, boolean quiet) throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(PIPELINE,
                Map.of("input", input.toString(), "output", out.toString())));
        return new ParallelRunner(new PrintWriter(progress), quiet, threads).run(built);
    }

    @Test
    void outputsAreByteIdenticalForOneTwoAndEightThreads() throws Exception {
        RunReport one = run(work.resolve("t1"), 1, new StringWriter(), true);
        RunReport two = run(work.resolve("t2"), 2, new StringWriter(), true);
        FailingOrSlowComponent.holdFirstArrival();
        RunReport eight;
        try {
            eight = run(work.resolve("t8"), 8, new StringWriter(), true);
        } finally {
            FailingOrSlowComponent.stopHolding();
        }

        assertThat(one.processed()).isEqualTo(13);
        assertThat(one.failures()).extracting(RunReport.Failure::document)
                .containsExactly("doc-06", input.resolve("doc-09b.txt").toString());
        assertThat(two.failures()).isEqualTo(one.failures());
        assertThat(eight.failures()).isEqualTo(one.failures());
        // with eight replicas another document enters while the first one is held: they are analysed side by side
        assertThat(FailingOrSlowComponent.MOST_IN_FLIGHT.get()).isGreaterThan(1);

        Map<String, byte[]> reference = files(work.resolve("t1"));
        assertThat(reference).containsKeys("manifest.json", "conll/corpus.conll", "conll/corpus.layers.conll",
                "xmi/typesystem.xml", "xmi/doc-00.xmi", "xmi/doc-13.xmi").doesNotContainKey("xmi/doc-06.xmi");
        for (Path other : new Path[] {work.resolve("t2"), work.resolve("t8")}) {
            Map<String, byte[]> files = files(other);
            assertThat(files.keySet()).isEqualTo(reference.keySet());
            for (Map.Entry<String, byte[]> e : reference.entrySet()) {
                assertThat(files.get(e.getKey())).as(other + ": " + e.getKey()).isEqualTo(e.getValue());
            }
        }
        // documents stay in file-name order in the CoNLL file, whichever thread finished first
        String conll = Files.readString(work.resolve("t8/conll/corpus.conll"));
        assertThat(conll.indexOf("Lisbon")).isLessThan(conll.indexOf("Nairobi"));
    }

    @Test
    void progressIsReportedWithTheTotal() throws Exception {
        StringWriter progress = new StringWriter();
        run(work.resolve("progress"), 2, progress, false);
        assertThat(progress.toString().lines().reduce((a, b) -> b).orElse(""))
                .startsWith("15 of 15 documents, ").contains("documents/s").contains("2 failed");
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
