package org.annocorpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.collection.CollectionReader;
import org.dkpro.core.io.conll.ConllUReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

import static org.apache.uima.fit.util.JCasUtil.select;

/** The type-flow check takes declared inputs as what a component may use; it refuses one with nothing to use. */
class OptionalInputsTest {

    @TempDir
    Path dir;

    private PipelineBuilder.Built build(String yaml) throws PipelineDefinitionException {
        return PipelineBuilder.build(PipelineParser.parse("test.yaml", new StringReader(yaml),
                Map.of("input", dir.resolve("in").toString(), "output", dir.resolve("out").toString())));
    }

    private static final String READER = """
            reader:
              component: TextDocumentReader
              parameters:
                sourceLocation: ${input}
            """;

    @Test
    void dkproWritersAreAcceptedWithANoteForEachLayerNothingProduces() throws Exception {
        PipelineBuilder.Built built = build(READER + """
                components:
                  - component: BreakIteratorSegmenter
                writers:
                  - component: ConllUWriter
                    parameters:
                      targetLocation: ${output}/conllu
                      useDocumentId: true
                  - component: Conll2003Writer
                    parameters:
                      targetLocation: ${output}/conll2003
                      useDocumentId: true
                """);

        assertThat(built.notes()).contains(
                "test.yaml:8: note: ConllUWriter may use MorphologicalFeatures, which nothing before it produces: it runs without",
                "test.yaml:8: note: ConllUWriter may use Dependency, which nothing before it produces: it runs without")
                .anyMatch(n -> n.contains("Conll2003Writer may use Chunk"))
                .noneMatch(n -> n.contains("may use Token") || n.contains("may use Sentence"));
    }

    @Test
    void aComponentWithNoneOfItsInputsIsStillRefused() {
        assertThatThrownBy(() -> build(READER + """
                writers:
                  - component: ConllUWriter
                    parameters:
                      targetLocation: ${output}/conllu
                """)).isInstanceOf(PipelineDefinitionException.class)
                .hasMessageStartingWith("test.yaml:6: ConllUWriter needs Sentence or Token or MorphologicalFeatures");
    }

    @Test
    void conlluPipelineWritesFilesThatDkprosReaderReadsBack() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/doc.txt"), "Rain fell on Lisbon. The river rose two metres.\n");
        PipelineBuilder.Built built = build(READER + """
                components:
                  - component: BreakIteratorSegmenter
                writers:
                  - component: ConllUWriter
                    parameters:
                      targetLocation: ${output}/conllu
                      useDocumentId: true
                """);
        RunReport report = new PipelineRunner(new PrintWriter(new StringWriter()), true).run(built);
        assertThat(report.ok()).isTrue();

        CollectionReader reader = CollectionReaderFactory.createReader(ConllUReader.class,
                ConllUReader.PARAM_SOURCE_LOCATION, dir.resolve("out/conllu").toString(),
                ConllUReader.PARAM_PATTERNS, "*.conllu");
        JCas jcas = JCasFactory.createJCas();
        reader.getNext(jcas.getCas());
        List<String> tokens = select(jcas, Token.class).stream().map(Token::getText).toList();
        assertThat(tokens).startsWith("Rain", "fell", "on", "Lisbon", ".", "The").hasSize(11);
    }
}
