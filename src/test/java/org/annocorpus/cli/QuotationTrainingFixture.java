package org.annocorpus.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.testing.Preprocessing;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;

/**
 * One invented gold document with one quotation, its preprocessed XMI, and runs of a {@code corpus train}
 * command: what the tests of the quotation models' training commands share.
 */
final class QuotationTrainingFixture {

    /** What one run of a command returned and wrote. */
    record Run(int code, String out, String err) {
    }

    private QuotationTrainingFixture() {
    }

    /**
     * Writes {@code dir/gold/doc1.txt} with {@code text} and its {@code .ann}: one quotation from {@code first} to
     * the end of {@code last}, said by {@code speaker}; returns the gold folder.
     */
    static Path gold(Path dir, String text, String first, String last, String speaker) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("doc1.txt"), text, StandardCharsets.UTF_8);
        int begin = text.indexOf(first);
        int end = text.indexOf(last, begin) + last.length();
        Files.writeString(gold.resolve("doc1.ann"), "T1\tQuotation " + begin + " " + end + "\t"
                + text.substring(begin, end) + "\n#1\tspeaker T1\t" + speaker + "\n", StandardCharsets.UTF_8);
        return gold;
    }

    /** Writes {@code dir/system/doc1.xmi}: the text after the shared preprocessing; returns the folder. */
    static Path system(Path dir, String text) throws Exception {
        Path xmi = Files.createDirectories(dir.resolve("system"));
        JCas jcas = Preprocessing.annotate(text);
        try (OutputStream out = Files.newOutputStream(xmi.resolve("doc1.xmi"))) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
        return xmi;
    }

    /** Runs {@code corpus train MODEL ARGS}. */
    static Run train(String model, String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "train";
        command[1] = model;
        System.arraycopy(args, 0, command, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorpusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), command);
        return new Run(code, out.toString(), err.toString());
    }
}
