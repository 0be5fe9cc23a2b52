package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.annocorpus.io.DocumentIds;
import org.annocorpus.io.SafeXmi;
import org.annocorpus.io.TextDecoder;
import org.annocorpus.io.XmlCharacters;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Checks a corpus written by {@code annotate} against its input folder: every valid input (UTF-8, not
 * blank, within the size limit) has its XMI (else it is lost); every XMI is well-formed and holds the
 * input's text; every annotation's offsets lie in the text and on code-point boundaries (never between
 * the two halves of a surrogate pair). Usage: {@code CorpusCheck INPUT_DIR CORPUS_DIR [MAX_CHARS]}.
 */
public final class CorpusCheck {

    /** What the check found; {@code problems} lists each lost document and each bad XMI or offset. */
    public record Result(int inputs, int valid, int written, int lost, int badXmi, long offsets, long badOffsets,
            List<String> problems) {

        public boolean clean() {
            return lost == 0 && badXmi == 0 && badOffsets == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "inputs %d, valid %d, XMI written %d, valid documents lost %d,"
                    + " malformed XMI %d, offsets checked %d, offsets out of range or inside a character %d",
                    inputs, valid, written, lost, badXmi, offsets, badOffsets);
        }
    }

    private CorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CorpusCheck INPUT_DIR CORPUS_DIR [MAX_CHARS]");
            System.exit(2);
        }
        Result result = check(Path.of(args[0]), Path.of(args[1]),
                args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE);
        result.problems().stream().limit(50).forEach(System.out::println);
        System.out.println(result);
        System.exit(result.clean() ? 0 : 1);
    }

    public static Result check(Path input, Path corpus, int maxChars) throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(input)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        JCas jcas = JCasFactory.createJCas();
        List<String> problems = new ArrayList<>();
        int valid = 0;
        int written = 0;
        int lost = 0;
        int badXmi = 0;
        long offsets = 0;
        long badOffsets = 0;
        for (Path file : files) {
            String text = validText(file, maxChars);
            Path xmi = corpus.resolve("xmi").resolve(DocumentIds.of(file) + ".xmi");
            if (text == null) {
                continue;
            }
            valid++;
            if (!Files.exists(xmi)) {
                lost++;
                problems.add("lost: " + file);
                continue;
            }
            written++;
            jcas.reset();
            try (InputStream in = Files.newInputStream(xmi)) {
                SafeXmi.deserialize(in, jcas.getCas(), true);
            } catch (Exception e) {
                badXmi++;
                problems.add("malformed XMI: " + xmi + ": " + e.getMessage());
                continue;
            }
            String stored = jcas.getDocumentText();
            if (!XmlCharacters.sanitize(text).equals(stored)) {
                badXmi++;
                problems.add("text differs from the input: " + xmi);
                continue;
            }
            for (Annotation a : jcas.getAnnotationIndex()) {
                offsets += 2;
                if (!boundary(stored, a.getBegin()) || !boundary(stored, a.getEnd()) || a.getBegin() > a.getEnd()) {
                    badOffsets++;
                    problems.add(String.format(Locale.ROOT, "bad offsets: %s: %s %d-%d", xmi, a.getType().getShortName(),
                            a.getBegin(), a.getEnd()));
                }
            }
        }
        return new Result(files.size(), valid, written, lost, badXmi, offsets, badOffsets, problems);
    }

    /** The decoded text of a document annotate must keep, or null when it must refuse the file. */
    static String validText(Path file, int maxChars) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String text = TextDecoder.decode(Files.readAllBytes(file));
            return text.isBlank() || text.codePointCount(0, text.length()) > maxChars ? null : text;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean boundary(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return false;
        }
        return offset == 0 || offset == text.length()
                || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)));
    }

}
