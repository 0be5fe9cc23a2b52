package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.annocorpus.gold.BratAnnotations;
import org.annocorpus.gold.BratParser;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.gold.GoldValidator;
import org.annocorpus.gold.XmiGoldImporter;
import org.annocorpus.io.XmiCorpusWriter;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gold → XMI ({@code gold export}) → {@code gold import} → the same gold; and INCEpTION-shaped XMI. */
class GoldImportCommandTest {

    private static final Path DEV = Path.of("gold/dev");

    @TempDir
    static Path work;
    static Path exported;

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();

    private static int run(String... args) {
        return CorpusCli.run(new PrintWriter(OUT), new PrintWriter(ERR), args);
    }

    @BeforeAll
    static void exportDevGold() {
        exported = work.resolve("exported");
        assertThat(run("gold", "export", "--gold", DEV.toString(), "--output", exported.toString(), "--quiet"))
                .as(ERR.toString()).isEqualTo(ExitCodes.OK);
    }

    /** PolNeAR's attributions as quotation gold that the project's scorer reads: scored against itself. */
    @Test
    void polnearAttributionsBecomeGoldTheScorerReads() throws Exception {
        Path mini = Path.of("src/test/resources/polnear-mini");
        Path gold = work.resolve("polnear-gold");
        assertThat(run("gold", "import", "--polnear", mini.toString(), "--exclude", mini.resolve("held-out.txt").toString(),
                "--output", gold.toString())).as(ERR.toString()).isEqualTo(ExitCodes.OK);
        assertThat(GoldCorpus.documentIds(gold)).containsExactly("article");

        StringWriter out = new StringWriter();
        int code = CorpusCli.run(new PrintWriter(out), new PrintWriter(ERR), "eval", "--system", gold.toString(), "--gold",
                gold.toString(), "--layers", "quotations", "--samples", "0");
        assertThat(code).as(ERR.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("QUOTATIONS: 5 gold, 5 system")
                .containsPattern("speaker mention \\(exact\\) +4 +4 +1\\.000")
                .containsPattern("speaker mention \\(overlapping\\) +4 +4 +1\\.000");

        assertThat(run("gold", "import", "--xmi", exported.toString(), "--polnear", mini.toString(), "--output",
                work.resolve("both").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("gold", "import", "--xmi", exported.toString(), "--exclude", mini.resolve("held-out.txt").toString(),
                "--output", work.resolve("both").toString())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importOverTheGoldItCameFromGivesEveryFileBackByteForByte() throws Exception {
        Path copy = work.resolve("copy");
        Files.createDirectories(copy);
        for (String id : GoldCorpus.documentIds(DEV)) {
            Files.copy(GoldCorpus.text(DEV, id), GoldCorpus.text(copy, id));
            Files.copy(GoldCorpus.annotations(DEV, id), GoldCorpus.annotations(copy, id));
        }

        assertThat(run("gold", "import", "--xmi", exported.resolve("xmi").toString(), "--output", copy.toString()))
                .as(ERR.toString()).isEqualTo(ExitCodes.OK);

        assertThat(GoldCorpus.documentIds(copy)).isEqualTo(GoldCorpus.documentIds(DEV)).hasSizeGreaterThan(5);
        for (String id : GoldCorpus.documentIds(DEV)) {
            assertThat(Files.readString(GoldCorpus.annotations(copy, id))).as(id)
                    .isEqualTo(Files.readString(GoldCorpus.annotations(DEV, id)));
            assertThat(Files.readAllBytes(GoldCorpus.text(copy, id))).as(id)
                    .isEqualTo(Files.readAllBytes(GoldCorpus.text(DEV, id)));
        }
    }

    @Test
    void importIntoAnEmptyFolderGivesValidGoldWithTheSameAnnotations() throws Exception {
        Path fresh = work.resolve("fresh");

        assertThat(run("gold", "import", "--xmi", exported.resolve("xmi").toString(), "--output", fresh.toString()))
                .as(ERR.toString()).isEqualTo(ExitCodes.OK);

        assertThat(GoldValidator.validate(fresh)).filteredOn(GoldValidator.Problem::isError).isEmpty();
        for (String id : GoldCorpus.documentIds(DEV)) {
            assertThat(content(GoldCorpus.annotations(fresh, id))).as(id)
                    .isEqualTo(content(GoldCorpus.annotations(DEV, id))).isNotEmpty();
        }
    }

    @Test
    void inceptionShapedXmiInAZipWithAStringValueAndForeignTypesIsImported(@TempDir Path dir) throws Exception {
        // INCEpTION's layers: value as a String feature, speakerMention typed to the Source layer, its own types beside
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription meta = tsd.addType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData", "",
                "uima.tcas.DocumentAnnotation");
        meta.addFeature("documentTitle", "", "uima.cas.String");
        meta.addFeature("documentId", "", "uima.cas.String");
        tsd.addType("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "", "uima.tcas.Annotation")
                .addFeature("value", "", "uima.cas.String");
        tsd.addType("org.annocorpus.type.SourceMention", "", "uima.tcas.Annotation");
        TypeDescription quote = tsd.addType("org.annocorpus.type.Quotation", "", "uima.tcas.Annotation");
        quote.addFeature("speaker", "", "uima.cas.String");
        quote.addFeature("speakerMention", "", "org.annocorpus.type.SourceMention");
        TypeDescription claim = tsd.addType("org.annocorpus.type.NumericClaim", "", "uima.tcas.Annotation");
        for (String f : List.of("value", "unit", "qualifier", "quantified")) {
            claim.addFeature(f, "", "uima.cas.String");
        }
        tsd.addType("webanno.custom.Sentiment", "", "uima.tcas.Annotation").addFeature("polarity", "", "uima.cas.String");

        CAS cas = XmiGoldImporter.isolatedCas(tsd);
        String text = "🙂 Mayor Ana Lima said \"we need 1.5 million euros\" for the bridge.";
        cas.setDocumentText(text);
        AnnotationFS doc = add(cas, "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData", text, text);
        // as INCEpTION sets them: the document's name as title, the annotator's user name as id
        doc.setStringValue(doc.getType().getFeatureByBaseName("documentTitle"), "bridge-story.txt");
        doc.setStringValue(doc.getType().getFeatureByBaseName("documentId"), "annotator1");
        AnnotationFS ana = add(cas, "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", text, "Ana Lima");
        ana.setStringValue(ana.getType().getFeatureByBaseName("value"), "PER");
        AnnotationFS source = add(cas, "org.annocorpus.type.SourceMention", text, "Mayor Ana Lima");
        AnnotationFS q = add(cas, "org.annocorpus.type.Quotation", text, "we need 1.5 million euros");
        q.setStringValue(q.getType().getFeatureByBaseName("speaker"), "Ana Lima");
        q.setFeatureValue(q.getType().getFeatureByBaseName("speakerMention"), source);
        AnnotationFS n = add(cas, "org.annocorpus.type.NumericClaim", text, "1.5 million euros");
        Type nt = n.getType();
        n.setStringValue(nt.getFeatureByBaseName("value"), "1500000.0");
        n.setStringValue(nt.getFeatureByBaseName("unit"), "EUR");
        n.setStringValue(nt.getFeatureByBaseName("qualifier"), "EXACT");
        add(cas, "webanno.custom.Sentiment", text, "bridge");

        // INCEpTION's layout: annotation/DOC/USER.zip holding USER.xmi and TypeSystem.xml
        Path zip = dir.resolve("in/annotation/bridge-story.txt/annotator1.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("annotator1.xmi"));
            XmiCorpusWriter.writeXmi(cas, new NoClose(out), false);
            out.putNextEntry(new ZipEntry("TypeSystem.xml"));
            tsd.toXML(new NoClose(out));
        }

        assertThat(run("gold", "import", "--xmi", dir.resolve("in").toString(), "--output", dir.resolve("gold").toString()))
                .as(ERR.toString()).isEqualTo(ExitCodes.OK);

        assertThat(Files.readString(dir.resolve("gold/bridge-story.txt"))).isEqualTo(text);
        assertThat(Files.readAllLines(dir.resolve("gold/bridge-story.ann"))).containsExactly(
                "T1\tSource 2 16\tMayor Ana Lima",
                "T2\tPER 8 16\tAna Lima",
                "T3\tQuotation 23 48\twe need 1.5 million euros",
                "T4\tNumericClaim 31 48\t1.5 million euros",
                "A1\tvalue T4 1500000",
                "A2\tunit T4 EUR",
                "A3\tqualifier T4 EXACT",
                "#1\tspeaker T3\tAna Lima",
                "R1\tspeakerMention Arg1:T3 Arg2:T1");
    }

    @Test
    void twoVersionsOfOneDocumentAreRefused(@TempDir Path dir) throws Exception {
        Path xmi = exported.resolve("xmi");
        String id = GoldCorpus.documentIds(DEV).get(0);
        for (String user : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(user));
            Files.copy(xmi.resolve(id + ".xmi"), dir.resolve(user + "/" + id + ".xmi"));
            Files.copy(xmi.resolve("typesystem.xml"), dir.resolve(user + "/typesystem.xml"));
        }
        assertThat(run("gold", "import", "--xmi", dir.toString(), "--output", dir.resolve("gold").toString()))
                .isEqualTo(ExitCodes.FAILURES);
        assertThat(ERR.toString()).contains("document " + id + " again");
    }

    private static AnnotationFS add(CAS cas, String type, String text, String covered) {
        int begin = text.indexOf(covered);
        AnnotationFS a = cas.createAnnotation(cas.getTypeSystem().getType(type), begin, begin + covered.length());
        cas.addFsToIndexes(a);
        return a;
    }

    /** What a gold file says, whatever its ids: each line with its references resolved to spans. */
    private static List<String> content(Path ann) throws Exception {
        BratAnnotations brat = BratParser.parse(Files.readString(ann, StandardCharsets.UTF_8));
        TreeSet<String> lines = new TreeSet<>();
        brat.textBounds.forEach(t -> lines.add("T " + t.type() + " " + t.begin() + " " + t.end()));
        brat.attributes.forEach(a -> lines.add("A " + a.name() + " " + span(brat, a.target()) + " "
                + (a.name().equals("value") ? Double.toString(Double.parseDouble(a.value())) : a.value())));
        brat.notes.stream().filter(n -> !n.name().equals(GoldValidator.ANNOTATOR_NOTES))
                .forEach(n -> lines.add("# " + n.name() + " " + span(brat, n.target()) + " " + n.text()));
        brat.relations.forEach(r -> lines.add("R " + r.name() + " " + span(brat, r.arg1()) + " " + span(brat, r.arg2())));
        return new ArrayList<>(lines);
    }

    private static String span(BratAnnotations brat, String id) {
        BratAnnotations.TextBound t = brat.textBound(id);
        return t.type() + "@" + t.begin() + "-" + t.end();
    }

    /** The XMI serialiser and toXML close their stream; a zip entry must stay open. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
