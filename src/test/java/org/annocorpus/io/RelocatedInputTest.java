package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.gold.GoldValidator;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.PipelineRunner;
import org.annocorpus.pipeline.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input in two places gives the same bytes; the brat export is valid gold. */
class RelocatedInputTest {

    private static final String PIPELINE = """
            reader:
              component: TextDocumentReader
              parameters:
                sourceLocation: ${input}
            components:
              - component: BreakIteratorSegmenter
              - component: org.annocorpus.pipeline.CapitalisedNameMarker
            writers:
              - component: XmiCorpusWriter
                parameters:
                  targetLocation: ${output}/xmi
              - component: JsonLinesWriter
                parameters:
                  targetLocation: ${output}/jsonl
              - component: BratGoldWriter
                parameters:
                  targetLocation: ${output}/brat
                  configurationLocation: gold
              - component: ManifestWriter
                parameters:
                  targetLocation: ${output}
            """;

    @TempDir
    Path work;

    private RunReport run(Path in, Path out) throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse("test.yaml", new StringReader(PIPELINE),
                Map.of("input", in.toString(), "output", out.toString())));
        return new PipelineRunner(new PrintWriter(new StringWriter()), true).run(built);
    }

    private Path input(String where) throws Exception {
        Path dir = Files.createDirectories(work.resolve(where));
        Files.writeString(dir.resolve("osaka.txt"), "Fans in Osaka 😀 cheered \"Go Tigers\" 3 times.\nThe Tigers won.\n");
        return dir;
    }

    @Test
    void outputsDoNotDependOnWhereTheInputLies() throws Exception {
        Path a = input("here/in");
        Path b = input("somewhere/else/deeper/in");
        assertThat(run(a, work.resolve("out-a")).ok()).isTrue();
        assertThat(run(b, work.resolve("out-b")).ok()).isTrue();

        List<Path> files = files(work.resolve("out-a"));
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            Path other = work.resolve("out-b").resolve(work.resolve("out-a").relativize(file));
            assertThat(Files.readAllBytes(other)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
        String xmi = Files.readString(work.resolve("out-a/xmi/osaka.xmi"));
        assertThat(xmi).contains("documentUri=\"osaka.txt\"").doesNotContain(work.toString()).doesNotContain("file:");
    }

    @Test
    void bratExportIsValidGoldWithTheBratConfiguration() throws Exception {
        assertThat(run(input("in"), work.resolve("out")).ok()).isTrue();

        Path brat = work.resolve("out/brat");
        assertThat(brat.resolve("annotation.conf")).exists();
        assertThat(brat.resolve("visual.conf")).exists();
        assertThat(GoldValidator.validate(brat)).filteredOn(GoldValidator.Problem::isError).isEmpty();
        // code points: "Go" is at UTF-16 offset 26, after the emoji, and at code point 25
        assertThat(Files.readString(brat.resolve("osaka.ann"))).contains("\tLOC 8 13\tOsaka\n", "\tLOC 25 34\tGo Tigers\n");
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
