package org.annocorpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineDefinitionTest {

    private static final Map<String, String> VARS = Map.of("input", "in", "output", "out");

    private static final String READER = """
            reader:
              component: TextDocumentReader
              parameters:
                sourceLocation: ${input}
            """;

    private static PipelineBuilder.Built build(String yaml) throws PipelineDefinitionException {
        return PipelineBuilder.build(PipelineParser.parse("test.yaml", new StringReader(yaml), VARS));
    }

    @Test
    void validPipelineBuildsWithComponentsInOrder() throws Exception {
        PipelineBuilder.Built built = build(READER + """
                components:
                  - component: BreakIteratorSegmenter
                writers:
                  - component: XmiCorpusWriter
                    parameters:
                      targetLocation: ${output}/xmi
                """);

        assertThat(built.components()).extracting(d -> d.getMetaData().getName()).containsExactly("BreakIteratorSegmenter");
        assertThat(built.writers().get(0).getMetaData().getConfigurationParameterSettings()
                .getParameterValue("targetLocation")).isEqualTo("out/xmi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown component     | components: [ {component: NoSuchTagger} ]                                                  | test.yaml:5: unknown component 'NoSuchTagger'
            unknown parameter     | components: [ {component: BreakIteratorSegmenter, parameters: {writeTokens: true}} ]       | test.yaml:5: unknown parameter 'writeTokens' of BreakIteratorSegmenter (known:
            ill-typed parameter   | components: [ {component: BreakIteratorSegmenter, parameters: {writeToken: perhaps}} ]     | test.yaml:5: parameter 'writeToken' of BreakIteratorSegmenter must be of type Boolean, but is 'perhaps'
            unknown enum constant | components: [ {component: CoreNlpNamedEntityRecognizer, parameters: {combinationMode: MAJORITY}} ] | test.yaml:5: parameter 'combinationMode' of CoreNlpNamedEntityRecognizer is 'MAJORITY', which is not one of NORMAL, HIGH_RECALL, VOTE
            list for scalar       | components: [ {component: BreakIteratorSegmenter, parameters: {writeToken: [true]}} ]      | test.yaml:5: parameter 'writeToken' of BreakIteratorSegmenter takes a single value, not a list
            input not produced    | components: [ {component: OpenNlpPosTagger} ]                                              | test.yaml:5: OpenNlpPosTagger needs Token or Sentence, which neither the reader nor any component before it produces
            missing mandatory     | writers: [ {component: XmiCorpusWriter} ]                                                  | test.yaml:5: XmiCorpusWriter needs the parameter 'targetLocation'
            unknown variable      | writers: [ {component: XmiCorpusWriter, parameters: {targetLocation: '${outptu}'}} ]       | test.yaml:5: unknown variable ${outptu} (known: input, output)
            not a component       | components: [ {component: java.lang.String} ]                                              | test.yaml:5: java.lang.String is not an analysis component
            unknown key           | component: [ {component: BreakIteratorSegmenter} ]                                         | test.yaml:5: unknown key 'component' in the pipeline
            """)
    void brokenDefinitionIsRejectedWithFileAndLine(String name, String line, String expected) {
        assertThatThrownBy(() -> build(READER + line)).isInstanceOf(PipelineDefinitionException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> build(READER + "components:\n  - component: [unclosed\n"))
                .hasMessageStartingWith("test.yaml:7: not valid YAML");
    }

    @Test
    void missingReaderIsRejected() {
        assertThatThrownBy(() -> build("components: []\n")).hasMessage("test.yaml:1: the pipeline has no 'reader'");
    }

    /** Every pipeline the project ships must build: a broken file is caught here, not by a user. */
    @Test
    void everyShippedPipelineBuilds() throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("pipelines"), "*.yaml")) {
            dir.forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(file, VARS));
            assertThat(built.aggregate()).as(file.toString()).isNotNull();
        }
    }

    @Test
    void includeSplicesTheComponentsOfAnotherFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/seg.yaml"), "components:\n  - component: BreakIteratorSegmenter\n");
        Path main = Files.writeString(dir.resolve("main.yaml"), READER + """
                components:
                  - include: parts/seg.yaml
                  - component: OpenNlpPosTagger
                    parameters: {modelLocation: x}
                """);

        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(main, VARS));

        assertThat(built.components()).extracting(d -> d.getMetaData().getName())
                .containsExactly("BreakIteratorSegmenter", "OpenNlpPosTagger");
    }

    @Test
    void errorInAnIncludedFileNamesThatFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("part.yaml"), "components:\n  - component: BreakIteratorSegmenter\n"
                + "  - component: Nonexistent\n");
        Path main = Files.writeString(dir.resolve("main.yaml"), READER + "components:\n  - include: part.yaml\n");

        assertThatThrownBy(() -> PipelineBuilder.build(PipelineParser.parse(main, VARS)))
                .hasMessageStartingWith(dir.resolve("part.yaml") + ":3: unknown component 'Nonexistent'");
    }

    @Test
    void includeCycleIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.yaml"), "components:\n  - include: loop.yaml\n");
        Path main = Files.writeString(dir.resolve("main.yaml"), READER + "components:\n  - include: loop.yaml\n");

        assertThatThrownBy(() -> PipelineParser.parse(main, VARS)).hasMessageContaining("includes nested more than 8 deep");
    }

    @Test
    void unreadableFileIsAnError() {
        assertThatThrownBy(() -> PipelineParser.parse(Path.of("no/such/pipeline.yaml"), VARS))
                .hasMessageStartingWith("no/such/pipeline.yaml: cannot read pipeline file");
    }
}
