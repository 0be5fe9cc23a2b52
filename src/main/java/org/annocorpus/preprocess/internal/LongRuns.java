package org.annocorpus.preprocess.internal;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Keeps OpenNLP's sentence detector and tokenizer linear on text with very long whitespace-free runs.
 * Both build features from the whole run around each character they decide on (TokenizerME's
 * {@code p=}/{@code s=} prefix and suffix of the run, SentenceDetectorME's prefix and suffix of the run
 * around each full stop), so a run of n characters costs n² (a million quotation marks: hours). A run
 * longer than the limit is cut into tokens of that length without the tokenizer (which would also make a
 * token of every quotation mark, a million tokens for the tagger), and shown to the sentence detector
 * with no sentence end inside it. Text with no
 * such run is passed through unchanged, so its segmentation is exactly OpenNLP's. Runs are delimited by
 * OpenNLP's own notion of white space ({@link StringUtil#isWhitespace(char)}).
 */
public final class LongRuns {

    /** What the sentence detector sees in place of a long run: a letter, so never a sentence end. */
    static final char MASK = 'x';

    private LongRuns() {
    }

    /** Whether {@code text} holds a whitespace-free run longer than {@code maxRun} characters. */
    public static boolean any(CharSequence text, int maxRun) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = StringUtil.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > maxRun) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text the sentence detector gets: {@code text} itself when it has no run over {@code maxRun}
     * characters, else a copy of the same length with every character of each such run replaced by a
     * letter (white space, and so every offset and every trimmed sentence boundary, stays where it was).
     */
    public static String maskedForSentences(String text, int maxRun) {
        if (!any(text, maxRun)) {
            return text;
        }
        char[] masked = text.toCharArray();
        for (int[] run : runs(text)) {
            if (run[1] - run[0] > maxRun) {
                java.util.Arrays.fill(masked, run[0], run[1], MASK);
            }
        }
        return new String(masked);
    }

    /**
     * The tokens of {@code sentence} as {@code tokenizer.tokenizePos} gives them, except that a run over
     * {@code maxRun} characters is not given to the tokenizer: it becomes tokens of {@code maxRun}
     * characters (the last one shorter; a token never ends between the two halves of a surrogate pair).
     * The tokenizer decides each run on its own, so the runs within the limit are tokenized exactly as in
     * the whole sentence, and a long run costs as little as its length.
     */
    public static Span[] tokenize(Tokenizer tokenizer, String sentence, int maxRun) {
        if (!any(sentence, maxRun)) {
            return tokenizer.tokenizePos(sentence);
        }
        List<Span> tokens = new ArrayList<>();
        for (int[] run : runs(sentence)) {
            if (run[1] - run[0] <= maxRun) {
                for (Span piece : tokenizer.tokenizePos(sentence.substring(run[0], run[1]))) {
                    tokens.add(new Span(piece.getStart() + run[0], piece.getEnd() + run[0]));
                }
                continue;
            }
            int begin = run[0];
            while (begin < run[1]) {
                int end = Math.min(run[1], begin + maxRun);
                if (end < run[1] && end - 1 > begin && Character.isHighSurrogate(sentence.charAt(end - 1))
                        && Character.isLowSurrogate(sentence.charAt(end))) {
                    end--;
                }
                tokens.add(new Span(begin, end));
                begin = end;
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** The whitespace-free runs of {@code text}, as [begin, end) offsets. */
    static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        int begin = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || StringUtil.isWhitespace(text.charAt(i));
            if (space && begin >= 0) {
                runs.add(new int[] { begin, i });
                begin = -1;
            } else if (!space && begin < 0) {
                begin = i;
            }
        }
        return runs;
    }
}
