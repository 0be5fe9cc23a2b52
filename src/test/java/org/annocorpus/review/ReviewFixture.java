package org.annocorpus.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.gold.GoldCasLoader;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.io.XmiCorpusWriter;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Invented gold and system output with one of every verdict, overlapping layers, text that needs escaping
 * and a character outside the BMP (code point offsets after it are one less than UTF-16 ones).
 *
 * <pre>
 * d1 gold                          system                      verdict
 * PER "Ana Ruiz"                   PER "Ana Ruiz"              correct
 * PER "Tomas Berg"                 PER "Tomas"                 boundary
 * ORG "Lisbon &lt;News&gt; &amp; Co"         LOC, same span              type
 * LOC "Porto"                      ORG "in Porto"              boundary+type
 * LOC "Faro"                       -                           missed
 * -                                MISC "We"                   spurious (inside the quotation)
 * Quotation "We will ... soon"     same span                   attribute: speaker Ana Ruiz / Tomas Berg
 *                                  (found by the sieve verb-after)
 * NumericClaim "300" 300 EXACT     same                        correct (inside the quotation)
 * NumericClaim "4 million" APPROX  same span, EXACT            attribute: qualifier
 * </pre>
 *
 * d2 has gold (one PER) and no system output at all.
 */
final class ReviewFixture {

    static final String D1 = "Ana Ruiz met Tomas Berg of Lisbon <News> & Co in Porto: \"We will hire 300 staff 😀 soon,\""
            + " she said. About 4 million people read it in Faro.";
    static final String D2 = "Lena Holm wrote it.";

    private ReviewFixture() {
    }

    static Path writeGold(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("d1.txt"), D1);
        write(dir.resolve("d1.ann"), t(1, "PER", "Ana Ruiz") + t(2, "PER", "Tomas Berg") + t(3, "ORG", "Lisbon <News> & Co")
                + t(4, "LOC", "Porto") + t(5, "LOC", "Faro") + quotation("Ana Ruiz")
                + t(8, "NumericClaim", "300") + "A1\tvalue T8 300\nA2\tqualifier T8 EXACT\n"
                + t(9, "NumericClaim", "4 million") + "A3\tvalue T9 4000000\nA4\tqualifier T9 APPROX\n");
        write(dir.resolve("d2.txt"), D2);
        write(dir.resolve("d2.ann"), "T1\tPER 0 9\tLena Holm\n");
        return dir;
    }

    /** The system output of d1 as XMI (made from brat with the gold loader, then written as the corpus does). */
    static Path writeSystem(Path dir) throws IOException {
        Path brat = dir.resolve("brat");
        Files.createDirectories(brat);
        write(brat.resolve("d1.txt"), D1);
        write(brat.resolve("d1.ann"), t(1, "PER", "Ana Ruiz") + t(2, "PER", "Tomas") + t(3, "LOC", "Lisbon <News> & Co")
                + t(4, "ORG", "in Porto") + t(5, "MISC", "We") + quotation("Tomas Berg")
                + t(8, "NumericClaim", "300") + "A1\tvalue T8 300\nA2\tqualifier T8 EXACT\n"
                + t(9, "NumericClaim", "4 million") + "A3\tvalue T9 4000000\nA4\tqualifier T9 EXACT\n");
        Path xmi = dir.resolve("xmi");
        Files.createDirectories(xmi);
        try {
            JCas jcas = JCasFactory.createJCas();
            GoldCasLoader.load(GoldCorpus.text(brat, "d1"), GoldCorpus.annotations(brat, "d1"), jcas);
            // as the project's extractor records it: the sieve that found the speaker
            JCasUtil.select(jcas, Quotation.class).forEach(q -> q.setAttributionSieve("verb-after"));
            try (OutputStream out = Files.newOutputStream(xmi.resolve("d1.xmi"))) {
                XmiCorpusWriter.writeXmi(jcas.getCas(), out, true);
            }
        } catch (org.apache.uima.UIMAException e) {
            throw new IOException(e);
        }
        return xmi;
    }

    private static String quotation(String speaker) {
        return t(6, "Quotation", "We will hire 300 staff 😀 soon") + t(7, "Source", "she")
                + "R1\tspeakerMention Arg1:T6 Arg2:T7\n#1\tspeaker T6\t" + speaker + "\n";
    }

    /** A brat text-bound line; offsets in code points. */
    static String t(int n, String type, String covered) {
        int[] offsets = codePoints(covered);
        return "T" + n + "\t" + type + " " + offsets[0] + " " + offsets[1] + "\t" + covered + "\n";
    }

    /** Code point offsets of the first occurrence of {@code covered} in d1. */
    static int[] codePoints(String covered) {
        int begin = D1.indexOf(covered);
        if (begin < 0) {
            throw new IllegalArgumentException(covered);
        }
        int cp = D1.codePointCount(0, begin);
        return new int[] {cp, cp + covered.codePointCount(0, covered.length())};
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
