package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.io.Splits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code annotate --split} reaches every writer that takes a split; adding documents moves none. */
class AnnotateSplitTest {

    private static final String PIPELINE = "src/test/resources/pipelines/light-writers.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path input(int documents) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in" + documents));
        for (int i = 0; i < documents; i++) {
            Files.writeString(in.resolve("story-" + i + ".txt"), "Rain fell on Lisbon " + i + " times.");
        }
        return in;
    }

    @Test
    void splitFilesHoldTheDocumentsOfTheirPartAndGrowingTheCorpusMovesNone() throws Exception {
        assertThat(run("annotate", "--input", input(20).toString(), "--output", dir.resolve("small").toString(),
                "--pipeline", PIPELINE, "--split", "60/20/20", "--quiet")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run("annotate", "--input", input(40).toString(), "--output", dir.resolve("large").toString(),
                "--pipeline", PIPELINE, "--split", "60/20/20", "--quiet")).as(err.toString()).isEqualTo(ExitCodes.OK);

        Splits splits = Splits.parse("60/20/20");
        for (String part : List.of("train", "dev", "test")) {
            List<String> small = ids(dir.resolve("small/jsonl/" + part + ".jsonl"));
            List<String> large = ids(dir.resolve("large/jsonl/" + part + ".jsonl"));
            assertThat(small).allMatch(id -> splits.partOf(id).equals(part));
            assertThat(large).containsAll(small);
            assertThat(Files.readAllLines(dir.resolve("large/conll/" + part + ".conll")).stream()
                    .filter(l -> l.startsWith("-DOCSTART-"))).hasSameSizeAs(large);
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("large/manifest.json").toFile());
        manifest.get("documents").forEach(d -> assertThat(d.get("split").asText())
                .isEqualTo(splits.partOf(d.get("id").asText())));
        assertThat(dir.resolve("large/jsonl/corpus.jsonl")).doesNotExist();
    }

    @Test
    void aBadSplitIsRefusedBeforeAnythingRuns() throws Exception {
        assertThat(run("annotate", "--input", input(1).toString(), "--output", dir.resolve("out").toString(),
                "--pipeline", PIPELINE, "--split", "80/30")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("error: --split: split '80/30': percentages sum to 110, not 100");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPipelineWithoutSplittingWritersIsRefused() throws Exception {
        Path pipeline = dir.resolve("xmi-only.yaml");
        Files.writeString(pipeline, Files.readString(Path.of(PIPELINE))
                .substring(0, Files.readString(Path.of(PIPELINE)).indexOf("writers:"))
                + "writers:\n  - component: XmiCorpusWriter\n    parameters:\n      targetLocation: ${output}/xmi\n");

        assertThat(run("annotate", "--input", input(1).toString(), "--output", dir.resolve("out").toString(),
                "--pipeline", pipeline.toString(), "--split", "80/10/10")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("error: --split: no writer of pipeline " + pipeline + " takes a split");
    }

    private static List<String> ids(Path jsonl) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            ids.add(new ObjectMapper().readTree(line).get("id").asText());
        }
        return ids;
    }
}
