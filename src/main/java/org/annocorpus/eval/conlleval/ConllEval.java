package org.annocorpus.eval.conlleval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faithful port of conlleval.pl (CoNLL-2000/2003 shared tasks, version 2004-01-26, by Erik Tjong Kim
 * Sang): the same chunk logic, counts and figures. Each line holds fields separated by the delimiter,
 * the last two being the gold tag and the guessed tag; an empty line or a line whose first field is
 * {@code -X-} ends a sentence. The input is read as bytes (ISO-8859-1 characters), as Perl reads it,
 * so that type names sort and pad exactly as there.
 *
 * <p>One deliberate difference: a carriage return before the line feed is dropped (conlleval.pl would
 * make it part of the last tag and score a Windows file as all wrong).
 */
public final class ConllEval {

    private static final String BOUNDARY = "-X-";
    /** conlleval's "code which allows hyphens in the types": the prefix is what precedes the first hyphen. */
    private static final Pattern TAG = Pattern.compile("([^-]*)-(.*)", Pattern.DOTALL);

    private final ConllEvalOptions options;
    private final Pattern delimiter;
    private final ConllEvalResult result = new ConllEvalResult();

    private int nbrOfFeatures = -1;
    private boolean inCorrect;
    private String lastCorrect = "O";
    private String lastGuessed = "O";
    private String lastCorrectType = "";
    private String lastGuessedType = "";

    private ConllEval(ConllEvalOptions options) {
        this.options = options;
        this.delimiter = Pattern.compile(options.delimiter());
    }

    /** @param latin1 the input, decoded as ISO-8859-1 (one character per byte) */
    public static ConllEvalResult evaluate(Reader latin1, ConllEvalOptions options) throws IOException, ConllEvalException {
        ConllEval eval = new ConllEval(options);
        String line;
        while ((line = readLine(latin1)) != null) {
            eval.process(line);
        }
        eval.finish();
        return eval.result;
    }

    private void process(String line) throws ConllEvalException {
        List<String> features = split(line);
        if (nbrOfFeatures < 0) {
            nbrOfFeatures = features.size() - 1;
        } else if (nbrOfFeatures != features.size() - 1 && !features.isEmpty()) {
            throw new ConllEvalException(String.format("unexpected number of features: %d (%d)", features.size(),
                    nbrOfFeatures + 1));
        }
        if (features.isEmpty() || features.get(0).equals(BOUNDARY)) {
            features = new ArrayList<>(List.of(BOUNDARY, "O", "O"));
        }
        if (features.size() < 2) {
            throw new ConllEvalException("conlleval: unexpected number of features in line " + line);
        }
        int last = features.size() - 1;
        if (options.raw()) {
            if (features.get(last).equals(options.outsideTag())) {
                features.set(last, "O");
            }
            if (features.get(last - 1).equals(options.outsideTag())) {
                features.set(last - 1, "O");
            }
            if (!features.get(last).equals("O")) {
                features.set(last, "B-" + features.get(last));
            }
            if (!features.get(last - 1).equals("O")) {
                features.set(last - 1, "B-" + features.get(last - 1));
            }
        }
        String[] guessedTag = tag(features.remove(last));
        String[] correctTag = tag(features.remove(last - 1));
        String guessed = guessedTag[0];
        String guessedType = perlTrue(guessedTag[1]) ? guessedTag[1] : "";
        String correct = correctTag[0];
        String correctType = perlTrue(correctTag[1]) ? correctTag[1] : "";
        String firstItem = features.isEmpty() ? null : features.get(0);

        // conlleval 1999-06-26: sentence breaks are always out of chunk
        boolean boundary = BOUNDARY.equals(firstItem);
        if (boundary) {
            guessed = "O";
        }
        boolean correctEnded = ChunkBoundaries.endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
        boolean guessedEnded = ChunkBoundaries.endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
        if (inCorrect) {
            if (correctEnded && guessedEnded && lastGuessedType.equals(lastCorrectType)) {
                inCorrect = false;
                result.correctChunk(lastCorrectType);
            } else if (correctEnded != guessedEnded || !guessedType.equals(correctType)) {
                inCorrect = false;
            }
        }
        boolean correctStarts = ChunkBoundaries.startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
        boolean guessedStarts = ChunkBoundaries.startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
        if (correctStarts && guessedStarts && guessedType.equals(correctType)) {
            inCorrect = true;
        }
        if (correctStarts) {
            result.foundCorrect(correctType);
        }
        if (guessedStarts) {
            result.foundGuessed(guessedType);
        }
        if (!boundary) {
            result.token(correct.equals(guessed) && guessedType.equals(correctType));
        }
        lastGuessed = guessed;
        lastCorrect = correct;
        lastGuessedType = guessedType;
        lastCorrectType = correctType;
    }

    private void finish() {
        if (inCorrect) {
            result.correctChunk(lastCorrectType);
        }
    }

    /** Perl's split(/delimiter/, line): trailing empty fields dropped, an empty line has no fields. */
    private List<String> split(String line) {
        if (line.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(delimiter.split(line)));
    }

    /** {prefix, type}: "B-PER" is {B, PER}, "I-MISC-X" {I, MISC-X}, "O" {O, ""}. */
    private static String[] tag(String field) {
        Matcher m = TAG.matcher(field);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {field, ""};
    }

    /** conlleval writes {@code $type ? $type : ""}: in Perl "0" is false too. */
    private static boolean perlTrue(String s) {
        return !s.isEmpty() && !s.equals("0");
    }

    /** The next line without its line feed (and carriage return), or null at the end. */
    private static String readLine(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return stripCarriageReturn(line);
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : stripCarriageReturn(line);
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }
}
