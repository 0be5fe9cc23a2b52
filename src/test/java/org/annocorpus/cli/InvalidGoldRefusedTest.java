package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.source.XmiSource;
import org.annocorpus.gold.GoldCasLoader;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.io.XmiCorpusWriter;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Gold the validator rejects is never scored: eval, review and agree print the validator's file:line
 * errors and exit 1. XMI with a DTD (entity expansion) is refused before it is expanded.
 */
class InvalidGoldRefusedTest {

    private static final Path GOLD = Path.of("src/test/resources/gold-ok");

    @TempDir
    Path tmp;
    Path system;

    @BeforeEach
    void systemOutput() throws Exception {
        system = Files.createDirectories(tmp.resolve("system"));
        for (String id : GoldCorpus.documentIds(GOLD)) {
            JCas jcas = JCasFactory.createJCas();
            GoldCasLoader.load(GoldCorpus.text(GOLD, id), GoldCorpus.annotations(GOLD, id), jcas);
            try (OutputStream out = Files.newOutputStream(system.resolve(id + ".xmi"))) {
                XmiCorpusWriter.writeXmi(jcas.getCas(), out, false);
            }
        }
    }

    /** The seed-like gold with one change to a_doc.ann. */
    private Path brokenGold(UnaryOperator<byte[]> change) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("gold"));
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path ann = dir.resolve("a_doc.ann");
        Files.write(ann, change.apply(Files.readAllBytes(ann)));
        return dir;
    }

    private static byte[] edit(byte[] bytes, UnaryOperator<String> f) {
        return f.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
            "eval, cr-only, ':1: error: not a brat standoff line'",
            "eval, duplicate-line, ':17: error: duplicate id T1 (first used on line 1)'",
            "eval, unknown-type, ':1: error: unknown type'",
            "eval, bad-offsets, ':1: error: offsets 900000-900005 lie outside the text'",
            "eval, undecodable, ':17:1: error: not valid UTF-8 at byte offset 394'",
            "review, duplicate-line, ':17: error: duplicate id T1'",
            "agree, unknown-type, ':1: error: unknown type'",
    })
    void invalidGoldIsRefusedWithTheValidatorsMessages(String command, String fault, String message) throws Exception {
        Path gold = brokenGold(bytes -> switch (fault) {
            case "cr-only" -> edit(bytes, s -> s.replace('\n', '\r'));
            case "duplicate-line" -> edit(bytes, s -> s + s.lines().findFirst().orElseThrow() + "\n");
            case "unknown-type" -> edit(bytes, s -> s.replaceFirst("\t[A-Za-z]+ ", "\tWEAPON "));
            case "bad-offsets" -> edit(bytes, s -> s.replaceFirst("\t([A-Za-z]+) \\d+ \\d+", "\t$1 900000 900005"));
            case "undecodable" -> {
                byte[] bad = new byte[bytes.length + 2];
                System.arraycopy(bytes, 0, bad, 0, bytes.length);
                bad[bytes.length] = (byte) 0xFF;
                bad[bytes.length + 1] = (byte) 0xFE;
                yield bad;
            }
            default -> throw new IllegalArgumentException(fault);
        });
        String[] args = switch (command) {
            case "eval" -> new String[] {"eval", "--system", system.toString(), "--gold", gold.toString()};
            case "review" -> new String[] {"review", "--system", system.toString(), "--gold", gold.toString(), "--output",
                    tmp.resolve("review").toString()};
            default -> new String[] {"agree", gold.toString(), GOLD.toString()};
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.FAILURES);
        assertThat(err.toString()).contains(gold.resolve("a_doc.ann") + message.strip(), "nothing scored");
        assertThat(out.toString()).doesNotContain("F1");
    }

    @Test
    void validGoldIsStillScored() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CorpusCli.run(new PrintWriter(out), new PrintWriter(err), "eval", "--system", system.toString(),
                "--gold", GOLD.toString());
        assertThat(exit).as(err.toString()).isZero();
    }

    @Test
    void goldTextWithAnXmlIllegalCharacterLoadsAsAnnotateReadsIt() throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("ctl"));
        Files.writeString(gold.resolve("c.txt"), "Rain\u0001in Lisbon.");
        Files.writeString(gold.resolve("c.ann"), "T1\tLOC 8 14\tLisbon\n");
        JCas jcas = JCasFactory.createJCas();

        GoldCasLoader.load(gold.resolve("c.txt"), gold.resolve("c.ann"), jcas);

        assertThat(jcas.getDocumentText()).isEqualTo("Rain in Lisbon.");
        try (OutputStream xmi = OutputStream.nullOutputStream()) {
            XmiCorpusWriter.writeXmi(jcas.getCas(), xmi, false);
        }
    }

    @Test
    void xmiWithEntityExpansionIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("laughs"));
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"><cas:Sofa"
                + " xmlns:cas=\"http:///uima/cas.ecore\" xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\""
                + " mimeType=\"text\" sofaString=\"&lol9;\"/></xmi:XMI>\n");
        Files.writeString(dir.resolve("lol.xmi"), dtd);

        XmiSource source = new XmiSource(dir);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> source.load("lol", Set.of(Layer.values()))))
                .isInstanceOf(IOException.class).hasMessageContaining("lol.xmi: not a readable XMI file")
                .hasMessageContaining("DOCTYPE");
    }
}
