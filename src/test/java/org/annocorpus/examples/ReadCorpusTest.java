package org.annocorpus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.io.JsonLinesWriterTest;
import org.annocorpus.io.XmiCorpusWriter;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example is this package's ReadCorpus, quoted verbatim; it compiles and runs. */
class ReadCorpusTest {

    @Test
    void readmeQuotesTheExampleVerbatim() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/annocorpus/examples/ReadCorpus.java"));
        String example = source.substring(source.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length(),
                source.indexOf("// README-END"));
        assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + example + "```\n");
    }

    @Test
    void exampleReadsTheXmiAndPrintsEveryLayer(@TempDir Path dir) throws Exception {
        SimplePipeline.runPipeline(JsonLinesWriterTest.document("doc-1"),
                AnalysisEngineFactory.createEngineDescription(XmiCorpusWriter.class,
                        XmiCorpusWriter.PARAM_TARGET_LOCATION, dir.toString()));

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            ReadCorpus.main(new String[] {dir.toString()});
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Ana Lima\tPER", "New York\tLOC", "we won\t-- Ana Lima", "3,000\t3000.0  MORE_THAN");
    }
}
