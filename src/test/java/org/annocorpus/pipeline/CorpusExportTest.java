package org.annocorpus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.conll.ConllCorpusWriter;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Runs a real preprocessing pipeline (OpenNLP models) with the project's writers over a few small
 * documents, then reads the outputs back with other tools' readers.
 */
class CorpusExportTest {

    private static final Path PIPELINE = Path.of("src/test/resources/pipelines/preprocess.yaml");

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static RunReport report;

    @BeforeAll
    static void annotate() throws Exception {
        input = Files.createDirectories(work.resolve("in"));
        output = work.resolve("out");
        Files.writeString(input.resolve("a-emoji.txt"), "Fans in Osaka 😀 cheered \"Go Tigers\" 3 times.\nThe Tigers won 7 games.");
        Files.writeString(input.resolve("b-crlf.txt"), "Rain In Lisbon\r\n\r\nThe Tagus rose 2 metres.\r\n");
        Files.write(input.resolve("c-broken.txt"), new byte[] {'o', 'k', (byte) 0xFE});
        report = run(input, output);
    }

    static RunReport run(Path in, Path out) throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(PIPELINE,
                Map.of("input", in.toString(), "output", out.toString())));
        return new PipelineRunner(new PrintWriter(new StringWriter()), true).run(built);
    }

    @Test
    void badDocumentIsReportedAndTheOthersAreWritten() {
        assertThat(report.processed()).isEqualTo(2);
        assertThat(report.failures()).extracting(RunReport.Failure::document, RunReport.Failure::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(input.resolve("c-broken.txt").toString(),
                        "not valid UTF-8 at byte offset 2"));
        assertThat(output.resolve("xmi/a-emoji.xmi")).exists();
        assertThat(output.resolve("xmi/b-crlf.xmi")).exists();
        assertThat(output.resolve("xmi/c-broken.xmi")).doesNotExist();
        assertThat(output.resolve("xmi/typesystem.xml")).exists();
    }

    @Test
    void xmiReadBackWithDkproReaderKeepsEveryAnnotation() throws Exception {
        JCas jcas = readXmi("a-emoji");

        assertThat(jcas.getDocumentText()).startsWith("Fans in Osaka 😀 cheered");
        assertThat(select(jcas, NamedEntity.class)).extracting(Annotation::getCoveredText, NamedEntity::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fans", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("Osaka", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("Go Tigers", "LOC"),
                        org.assertj.core.groups.Tuple.tuple("The Tigers", "LOC"));
        assertThat(select(jcas, Quotation.class)).extracting(Annotation::getCoveredText).containsExactly("Go Tigers");
        assertThat(select(jcas, NumericClaim.class)).extracting(Annotation::getCoveredText, NumericClaim::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", 3.0), org.assertj.core.groups.Tuple.tuple("7", 7.0));
        assertThat(select(jcas, Sentence.class)).hasSize(2);
        assertThat(select(jcas, Token.class)).extracting(Annotation::getCoveredText).contains("😀", "cheered");
    }

    @Test
    void crlfDocumentKeepsOffsetsOfTheFile() throws Exception {
        JCas jcas = readXmi("b-crlf");

        String file = Files.readString(input.resolve("b-crlf.txt"));
        for (Token token : select(jcas, Token.class)) {
            assertThat(file.substring(token.getBegin(), token.getEnd())).isEqualTo(token.getText());
        }
        assertThat(select(jcas, Sentence.class)).extracting(Annotation::getCoveredText)
                .containsExactly("Rain In Lisbon", "The Tagus rose 2 metres.");
    }

    @Test
    void conllParsedBackGivesTheEntitySpansOfTheCas() throws Exception {
        List<String> lines = Files.readAllLines(output.resolve("conll").resolve(ConllCorpusWriter.CONLL_FILE));
        assertThat(lines.stream().filter(l -> l.startsWith("-DOCSTART-"))).hasSize(2);

        List<String> fromConll = new ArrayList<>();
        for (String doc : List.of("a-emoji", "b-crlf")) {
            fromConll.addAll(entitiesFromConll(lines, doc, readXmi(doc).getDocumentText()));
        }
        List<String> fromCas = new ArrayList<>();
        for (String doc : List.of("a-emoji", "b-crlf")) {
            JCas jcas = readXmi(doc);
            select(jcas, NamedEntity.class).forEach(e -> fromCas.add(doc + " " + e.getValue() + " " + e.getBegin()
                    + " " + e.getEnd()));
        }
        assertThat(fromConll).isNotEmpty().isEqualTo(fromCas);
    }

    @Test
    void extendedConllHasOneColumnPerFurtherLayer() throws Exception {
        List<String> lines = Files.readAllLines(output.resolve("conll").resolve(ConllCorpusWriter.LAYERS_FILE));

        assertThat(lines).contains("Go VERB O B-LOC B-QUOTE O", "Tigers PROPN O I-LOC I-QUOTE O",
                "3 NUM O O O B-NUM");
    }

    @Test
    void rerunGivesByteIdenticalOutputs() throws Exception {
        Path again = work.resolve("out-again");
        run(input, again);

        for (Path file : files(output)) {
            Path other = again.resolve(output.relativize(file));
            assertThat(Files.readAllBytes(other)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void manifestCountsAnnotationsPerLayerAndType() throws Exception {
        String manifest = Files.readString(output.resolve("manifest.json"), StandardCharsets.UTF_8);

        assertThat(manifest).contains("\"id\" : \"a-emoji\"", "\"characters\" : 68", "\"LOC\" : 4",
                "\"Quotation\" : 1", "\"NumericClaim\" : 2", "\"documents\" : 2");
        assertThat(files(output)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    /** Entity spans decoded from IOB2 tags, aligned back to character offsets through the token texts. */
    private static List<String> entitiesFromConll(List<String> lines, String doc, String text) {
        int docIndex = List.of("a-emoji", "b-crlf").indexOf(doc);
        int seen = -1;
        int cursor = 0;
        List<String> spans = new ArrayList<>();
        String type = null;
        int begin = 0;
        int end = 0;
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-")) {
                seen++;
                continue;
            }
            if (seen != docIndex || line.isBlank()) {
                continue;
            }
            String[] cols = line.split(" ");
            int at = text.indexOf(cols[0], cursor);
            cursor = at + cols[0].length();
            String tag = cols[3];
            if (type != null && !tag.startsWith("I-")) {
                spans.add(doc + " " + type + " " + begin + " " + end);
                type = null;
            }
            if (tag.startsWith("B-")) {
                type = tag.substring(2);
                begin = at;
            }
            end = cursor;
        }
        if (type != null) {
            spans.add(doc + " " + type + " " + begin + " " + end);
        }
        return spans;
    }

    private static JCas readXmi(String id) throws Exception {
        CollectionReader reader = CollectionReaderFactory.createReader(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, output.resolve("xmi").toString(),
                XmiReader.PARAM_PATTERNS, id + ".xmi");
        JCas jcas = JCasFactory.createJCas();
        reader.getNext(jcas.getCas());
        return jcas;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
