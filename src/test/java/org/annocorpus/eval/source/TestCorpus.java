package org.annocorpus.eval.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A gold folder of two invented documents and pipelines over them, for end-to-end tests.
 *
 * <pre>
 * d1: Ana Ruiz met Tomas Berg in Lisbon.       PER "Ana Ruiz", PER "Tomas Berg", LOC "Lisbon"
 * d2: "We will act," said Ruiz. Prices rose 3%.  Quotation "We will act" (speaker Ana Ruiz, mention "Ruiz"),
 *                                                PER "Ruiz", NumericClaim "3%" (3, percent, EXACT)
 * </pre>
 *
 * The test tagger marks every capitalised word as PER: d1 Ana, Ruiz, Tomas, Berg, Lisbon; d2 We, Ruiz,
 * Prices. Strict entity counts: "Ana Ruiz" and "Tomas Berg" each pair with one part (2 INC, 2 SPU),
 * "Lisbon" has the wrong type (INC), d2 "Ruiz" is COR, "We" and "Prices" SPU: COR 1, INC 3, PAR 0, MIS 0,
 * SPU 4; 4 gold, 8 system.
 */
public final class TestCorpus {

    public static final String D1 = "Ana Ruiz met Tomas Berg in Lisbon.";
    public static final String D2 = "\"We will act,\" said Ruiz. Prices rose 3%.";

    private TestCorpus() {
    }

    public static Path writeGold(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("d1.txt"), D1);
        write(dir.resolve("d1.ann"), t(1, "PER", D1, "Ana Ruiz") + t(2, "PER", D1, "Tomas Berg") + t(3, "LOC", D1, "Lisbon"));
        write(dir.resolve("d2.txt"), D2);
        write(dir.resolve("d2.ann"), t(1, "Quotation", D2, "We will act") + t(2, "Source", D2, "Ruiz")
                + "R1\tspeakerMention Arg1:T1 Arg2:T2\n" + "#1\tspeaker T1\tAna Ruiz\n"
                + t(3, "PER", D2, "Ruiz") + t(4, "NumericClaim", D2, "3%")
                + "A1\tvalue T4 3\nA2\tunit T4 percent\nA3\tqualifier T4 EXACT\n");
        return dir;
    }

    /** A pipeline: text reader, the capitalised-word tagger, XMI writer. */
    public static Path writeTaggerPipeline(Path file) throws IOException {
        write(file, TAGGER_PIPELINE);
        return file;
    }

    private static final String TAGGER_PIPELINE = """
            name: capitalised
            reader:
              component: TextDocumentReader
              parameters: {sourceLocation: "${input}", pattern: "*.txt"}
            components:
              - component: org.annocorpus.eval.source.TestEntityTagger
                parameters: {pattern: "[A-Z][a-z]+", type: PER}
            writers:
              - component: XmiCorpusWriter
                parameters: {targetLocation: "${output}/xmi"}
            """;

    /** The tagger pipeline with a second writer that finds the disk full. */
    public static Path writeDiskFullPipeline(Path file) throws IOException {
        write(file, TAGGER_PIPELINE + "  - component: org.annocorpus.eval.source.DiskFullWriter\n");
        return file;
    }

    /** A pipeline that produces no layer at all. */
    public static Path writeEmptyPipeline(Path file) throws IOException {
        write(file, """
                reader:
                  component: TextDocumentReader
                  parameters: {sourceLocation: "${input}"}
                writers:
                  - component: XmiCorpusWriter
                    parameters: {targetLocation: "${output}/xmi"}
                """);
        return file;
    }

    private static String t(int n, String type, String text, String covered) {
        int begin = text.indexOf(covered);
        return "T" + n + "\t" + type + " " + begin + " " + (begin + covered.length()) + "\t" + covered + "\n";
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
