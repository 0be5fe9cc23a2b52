package org.annocorpus.eval.conlleval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The counts of a conlleval run and its report, formatted exactly as conlleval.pl prints it. */
public final class ConllEvalResult {

    private int tokenCounter;
    private int correctTags;
    private int foundCorrect;
    private int foundGuessed;
    private int correctChunk;
    private final Map<String, Integer> foundCorrectByType = new HashMap<>();
    private final Map<String, Integer> foundGuessedByType = new HashMap<>();
    private final Map<String, Integer> correctChunkByType = new HashMap<>();

    void token(boolean correctTag) {
        tokenCounter++;
        if (correctTag) {
            correctTags++;
        }
    }

    void foundCorrect(String type) {
        foundCorrect++;
        foundCorrectByType.merge(type, 1, Integer::sum);
    }

    void foundGuessed(String type) {
        foundGuessed++;
        foundGuessedByType.merge(type, 1, Integer::sum);
    }

    void correctChunk(String type) {
        correctChunk++;
        correctChunkByType.merge(type, 1, Integer::sum);
    }

    public int tokens() {
        return tokenCounter;
    }

    /** Chunks in the gold tags. */
    public int goldChunks() {
        return foundCorrect;
    }

    /** Chunks in the guessed tags. */
    public int guessedChunks() {
        return foundGuessed;
    }

    public int correctChunks() {
        return correctChunk;
    }

    public int correctTags() {
        return correctTags;
    }

    /** The report, each type name as its bytes were read (UTF-8 input comes out as UTF-8). */
    public String report() {
        StringBuilder out = new StringBuilder();
        double precision = foundGuessed > 0 ? 100.0 * correctChunk / foundGuessed : 0.0;
        double recall = foundCorrect > 0 ? 100.0 * correctChunk / foundCorrect : 0.0;
        double fb1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        out.append("processed ").append(tokenCounter).append(" tokens with ").append(foundCorrect).append(" phrases; ")
                .append("found: ").append(foundGuessed).append(" phrases; correct: ").append(correctChunk).append(".\n");
        if (tokenCounter > 0) {
            out.append("accuracy: ").append(f62(100.0 * correctTags / tokenCounter)).append("%; ")
                    .append("precision: ").append(f62(precision)).append("%; ")
                    .append("recall: ").append(f62(recall)).append("%; ")
                    .append("FB1: ").append(f62(fb1)).append('\n');
        }
        for (String type : sortedTypes()) {
            int correct = correctChunkByType.getOrDefault(type, 0);
            int guessed = foundGuessedByType.getOrDefault(type, 0);
            int gold = foundCorrectByType.getOrDefault(type, 0);
            double p = guessed == 0 ? 0.0 : 100.0 * correct / guessed;
            double r = gold == 0 ? 0.0 : 100.0 * correct / gold;
            double f = p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
            out.append(padLeft(type, 17)).append(": ")
                    .append("precision: ").append(f62(p)).append("%; ")
                    .append("recall: ").append(f62(r)).append("%; ")
                    .append("FB1: ").append(f62(f)).append("  ").append(guessed).append('\n');
        }
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * The type names in Perl's {@code sort} order (by bytes), with conlleval's duplicate removal, which
     * compares each name to the previous one but lets an empty name through again.
     */
    List<String> sortedTypes() {
        List<String> all = new ArrayList<>(foundCorrectByType.keySet());
        all.addAll(foundGuessedByType.keySet());
        all.sort(null);
        List<String> sorted = new ArrayList<>();
        String lastType = null;
        for (String type : all) {
            if (lastType == null || lastType.isEmpty() || !lastType.equals(type)) {
                sorted.add(type);
            }
            lastType = type;
        }
        return sorted;
    }

    /** C's printf("%6.2f"): the exact binary value rounded half to even, as glibc does, right-aligned in 6. */
    static String f62(double value) {
        return padLeft(new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString(), 6);
    }

    /** printf("%17s"): pads by bytes, here one per character. */
    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
