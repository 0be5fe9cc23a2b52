package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.eval.source.TestCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code corpus eval} end to end on the two invented documents of {@link TestCorpus}. */
class EvalCommandTest {

    @TempDir
    Path tmp;

    private Path gold;
    private Path pipeline;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        gold = TestCorpus.writeGold(tmp.resolve("gold"));
        pipeline = TestCorpus.writeTaggerPipeline(tmp.resolve("capitalised.yaml"));
    }

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void scoresTheChosenSplitOfASplitGoldFolderAndSaysWhichItIs() throws Exception {
        Path split = tmp.resolve("split");
        TestCorpus.writeGold(split.resolve("dev"));
        Files.createDirectories(split.resolve("test"));
        Files.copy(gold.resolve("d1.txt"), split.resolve("test").resolve("d1.txt"));
        Files.copy(gold.resolve("d1.ann"), split.resolve("test").resolve("d1.ann"));

        int code = run("eval", "--gold", split.toString(), "--split", "test", "--pipeline", pipeline.toString(), "--work",
                tmp.resolve("work").toString(), "--bootstrap", "0", "--quiet");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("test split: held out");
        assertThat(out.toString()).contains("ENTITIES: 3 gold");
    }

    @Test
    void aFullDiskEndsTheRunWithExitCodeThreeAndLeavesTheWorkFolderAsItWas() throws Exception {
        Path full = TestCorpus.writeDiskFullPipeline(tmp.resolve("full.yaml"));
        Path work = tmp.resolve("work");

        int code = run("eval", "--gold", gold.toString(), "--pipeline", full.toString(), "--work", work.toString(),
                "--bootstrap", "0", "--quiet");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).contains("the disk is full").contains("is left as it was");
        assertThat(work).doesNotExist();
    }

    @Test
    void anUnknownSplitIsAUsageError() {
        assertThat(run("eval", "--gold", gold.toString(), "--split", "train", "--pipeline", pipeline.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown gold split 'train'");
    }

    /** See {@link TestCorpus} for the counts: COR 1, INC 3, PAR 0, MIS 0, SPU 4 in strict mode. */
    @Test
    void scoresAPipelineOnTheLayersItProduces() throws Exception {
        Path json = tmp.resolve("report.json");
        Path markdown = tmp.resolve("report.md");
        int code = run("eval", "--gold", gold.toString(), "--pipeline", pipeline.toString(), "--work", tmp.resolve("work").toString(),
                "--json", json.toString(), "--markdown", markdown.toString(), "--bootstrap", "200", "--seed", "3", "--quiet");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("ENTITIES: 4 gold, 8 system")
                .containsPattern("strict +1 +3 +0 +0 +4 +0\\.125 +0\\.250 +0\\.167")
                .contains("not produced by the pipeline, not scored: quotations, numeric")
                .contains("200 samples, seed 3");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode strict = report.at("/layers/entities/modes/strict");
        assertThat(strict.get("cor").asInt()).isEqualTo(1);
        assertThat(strict.get("inc").asInt()).isEqualTo(3);
        assertThat(strict.get("spu").asInt()).isEqualTo(4);
        // type mode: Ruiz (d2) and the two name parts pair as same-type overlaps: COR 3, INC 1 (Lisbon)
        assertThat(report.at("/layers/entities/modes/type/cor").asInt()).isEqualTo(3);
        assertThat(report.at("/layers/entities/modes/strict/micro/f1Ci95")).hasSize(2);
        assertThat(report.at("/notProduced").toString()).isEqualTo("[\"quotations\",\"numeric\"]");
        assertThat(report.at("/run/documents").asInt()).isEqualTo(2);
        assertThat(Files.readString(markdown)).contains("## entities").contains("| strict | 1 | 3 | 0 | 0 | 4 |");
    }

    @Test
    void reportsMissingAndExtraDocumentsAndListsErrors() throws Exception {
        Path work = tmp.resolve("work");
        assertThat(run("eval", "--gold", gold.toString(), "--pipeline", pipeline.toString(), "--work", work.toString(),
                "--quiet", "--bootstrap", "0")).isZero();
        Path xmi = work.resolve("xmi");
        Files.move(xmi.resolve("d2.xmi"), xmi.resolve("d9.xmi"));
        out.getBuffer().setLength(0);
        int code = run("eval", "--gold", gold.toString(), "--system", work.toString(), "--layers", "entities", "--errors",
                "--bootstrap", "0");
        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString())
                .contains("2 gold documents, 1 with system output, 1 without (scored as empty)")
                .contains("d2: no system output")
                .contains("system documents without gold (not scored): d9")
                .contains("d1  entities  boundary  gold PER 0-8 \"Ana Ruiz\"  system PER 0-3 \"Ana\"")
                .contains("d2  entities  missed  gold PER 20-24 \"Ruiz\"")
                .contains("no confidence intervals");
    }

    @Test
    void comparesTwoSystems() throws Exception {
        int code = run("eval", "--gold", gold.toString(), "--compare", pipeline.toString(), pipeline.toString(),
                "--work", tmp.resolve("work").toString(), "--quiet", "--samples", "100");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        // two documents: 4 possible swaps, all enumerated; identical systems: p = 1
        assertThat(out.toString()).contains("exact: all 4 ways").containsPattern("entities +strict +micro +0\\.167 +0\\.167 +\\+0\\.000 +1\\.0000");
    }

    @Test
    void conllevalFile() throws Exception {
        Path file = tmp.resolve("test.conll");
        Files.writeString(file, "Ana B-PER B-PER\nsaid O O\n");
        assertThat(run("eval", "--conlleval", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("""
                processed 2 tokens with 1 phrases; found: 1 phrases; correct: 1.
                accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
                """);
    }

    @Test
    void scoreboardShowsEverySystemAndDashesForLayersNotProduced() throws Exception {
        Files.createDirectories(tmp.resolve("pipelines"));
        TestCorpus.writeEmptyPipeline(tmp.resolve("pipelines").resolve("a-empty.yaml"));
        TestCorpus.writeTaggerPipeline(tmp.resolve("pipelines").resolve("b-tagger.yaml"));
        Files.writeString(tmp.resolve("pipelines").resolve("c-broken.yaml"), "reader:\n  component: NoSuchReader\n");
        Path systems = tmp.resolve("systems.yaml");
        Files.writeString(systems, "systems:\n  - " + tmp.resolve("pipelines") + "/*.yaml\n");
        Path results = tmp.resolve("results");
        int code = run("eval", "scoreboard", "--systems", systems.toString(), "--gold", gold.toString(), "--output",
                results.toString(), "--work", tmp.resolve("work").toString(), "--bootstrap", "50", "--quiet");
        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        String board = Files.readString(results.resolve("scoreboard.md"));
        assertThat(board).contains("| a-empty | — | — | — | — | — | — |")
                .containsPattern("\\| b-tagger \\| 0\\.167 \\[[0-9.]+, [0-9.]+\\] \\| [0-9.]+ \\[[0-9.]+, [0-9.]+\\] \\| — \\|")
                .contains("`c-broken`").contains("unknown component 'NoSuchReader'");
        assertThat(results.resolve("systems").resolve("b-tagger.json")).exists();
        assertThat(out.toString()).contains("b-tagger  entities").contains("failed: ");
        assertThat(new ObjectMapper().readTree(results.resolve("scoreboard.json").toFile()).at("/systems/0/layers/entities").isNull())
                .isTrue();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("eval", "--gold", gold.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("give --system DIR");
        assertThat(run("eval", "--gold", gold.toString(), "--system", tmp.resolve("missing").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("not a directory");
        assertThat(run("eval", "--gold", gold.toString(), "--system", gold.toString(), "--layers", "nouns")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown layer 'nouns'");
    }
}
