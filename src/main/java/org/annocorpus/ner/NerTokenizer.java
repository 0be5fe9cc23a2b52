package org.annocorpus.ner;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.preprocess.Clitics;

import org.apache.uima.jcas.tcas.Annotation;

/**
 * Re-cuts the pipeline's tokens into CoNLL-2003-style tokens, the tokenisation the CoreNLP CRF models were
 * trained on and the one the lexicon matches against. Offsets stay exact; only the cut points move:
 * <ul>
 * <li>pieces of one hyphenated word that the tokenizer cut apart are joined again when nothing separates
 * them ("Japan" + "-U.S." becomes "Japan-U.S.", "Indo" + "-" + "Pacific" becomes "Indo-Pacific"): CoNLL
 * keeps hyphenated words whole, and the span normaliser splits names joined by a hyphen later;</li>
 * <li>a possessive or a negation clitic written with a typographic apostrophe, which the UD tokenizer
 * leaves attached ("China’s", "don’t"), is cut off as CoNLL does ("China" + "’s");</li>
 * <li>an abbreviation whose last full stop the tokenizer cut off ("U.K" + ".") gets it back;</li>
 * <li>the token text is normalised: ’ and ‘ become ', “ and ” become ".</li>
 * </ul>
 * {@link #sentences} also mends a sentence break that the sentence detector put after an abbreviation
 * such as "U.S." inside a name ("the U.S. | Army said").
 *
 * <p>Public for {@code ner.tagger}'s training writer, which must cut gold text into the same tokens.
 */
public final class NerTokenizer {

    private NerTokenizer() {
    }

    /** The NER tokens of a sequence of pipeline tokens (usually one sentence), in text order. */
    public static List<NerToken> tokenize(String documentText, List<? extends Annotation> tokens) {
        List<int[]> joined = joinHyphenated(documentText, tokens);
        List<NerToken> result = new ArrayList<>(joined.size() + 4);
        for (int[] span : joined) {
            splitClitic(documentText, span[0], span[1], result);
        }
        return result;
    }

    /** Words that often open a sentence: after one of them a break after "U.S." is a real sentence end. */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "A", "An", "This", "That",
            "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My",
            "Your", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With", "By", "From", "As", "If", "When",
            "While", "After", "Before", "However", "Meanwhile", "Still", "Also", "There", "Here", "What", "Who", "Why",
            "How", "Some", "Many", "Most", "All", "Both", "No", "Not", "Officials", "Experts", "Analysts");

    private static final java.util.regex.Pattern ENDS_WITH_ABBREVIATION =
            java.util.regex.Pattern.compile(".*(?:\\p{Lu}\\.){2,}$");

    /** A middle initial at the end of a text: "Paul D." (also "(J." or a lone "D."). */
    private static final java.util.regex.Pattern ENDS_WITH_INITIAL =
            java.util.regex.Pattern.compile("(?:^|[\\s(])\\p{Lu}\\.$");

    /**
     * The NER tokens of each sentence of a document. Two sentences of one line are taken as one where the
     * sentence detector took an abbreviation's full stop for a sentence end: the first ends in an upper-case
     * abbreviation ("U.S.") or a middle initial ("John F.") and the second opens with a capitalised word that
     * rarely opens a sentence, or the second opens in lower case ("Rep. Ann Lee (R-Wis.) | said").
     */
    public static List<List<NerToken>> sentences(org.apache.uima.jcas.JCas jcas) {
        String text = jcas.getDocumentText();
        List<List<Annotation>> groups = new ArrayList<>();
        for (de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence sentence
                : org.apache.uima.fit.util.JCasUtil.select(jcas, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence.class)) {
            List<Annotation> tokens = new ArrayList<>(org.apache.uima.fit.util.JCasUtil.selectCovered(
                    de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class, sentence));
            if (tokens.isEmpty()) {
                continue;
            }
            if (!groups.isEmpty() && continues(text, groups.get(groups.size() - 1), tokens)) {
                groups.get(groups.size() - 1).addAll(tokens);
            } else {
                groups.add(tokens);
            }
        }
        List<List<NerToken>> sentences = new ArrayList<>(groups.size());
        for (List<Annotation> group : groups) {
            sentences.add(tokenize(text, group));
        }
        return sentences;
    }

    private static boolean continues(String text, List<Annotation> previousTokens, List<Annotation> tokens) {
        Annotation last = previousTokens.get(previousTokens.size() - 1);
        Annotation first = tokens.get(0);
        if (first.getBegin() < last.getEnd()) {
            return false;
        }
        String gap = text.substring(last.getEnd(), first.getBegin());
        if (gap.isEmpty() || !gap.isBlank() || gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0) {
            return false;
        }
        String firstWord = first.getCoveredText();
        if (firstWord.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(firstWord.charAt(0))) {
            return true; // a sentence does not open in lower case
        }
        // the tail of the previous sentence: its last token and what touches it ("D" + ".")
        String tail = text.substring(Math.max(previousTokens.get(0).getBegin(), last.getEnd() - 4), last.getEnd());
        return (ENDS_WITH_ABBREVIATION.matcher(last.getCoveredText()).matches()
                || ENDS_WITH_INITIAL.matcher(tail).find())
                && Character.isUpperCase(firstWord.charAt(0)) && !SENTENCE_OPENERS.contains(firstWord);
    }

    /** Joins touching tokens when the seam is a hyphen between two word characters. */
    private static List<int[]> joinHyphenated(String text, List<? extends Annotation> tokens) {
        List<int[]> spans = new ArrayList<>(tokens.size());
        for (Annotation token : tokens) {
            if (token.getBegin() >= token.getEnd()) {
                continue;
            }
            int[] current = {token.getBegin(), token.getEnd()};
            if (!spans.isEmpty()) {
                int[] previous = spans.get(spans.size() - 1);
                if (previous[1] == current[0] && (hyphenSeam(text, previous, current)
                        || abbreviationPoint(text, previous, current) || initialPoint(text, previous, current))) {
                    previous[1] = current[1];
                    continue;
                }
            }
            spans.add(current);
        }
        return spans;
    }

    /** True when the last character of {@code left} or the first of {@code right} is a hyphen and a letter or digit stands on both sides of it. */
    private static boolean hyphenSeam(String text, int[] left, int[] right) {
        char last = text.charAt(left[1] - 1);
        char first = text.charAt(right[0]);
        if (isHyphen(last)) {
            // "US-" + "led": the character before the hyphen must belong to a word
            return left[1] - left[0] > 1 && isWordChar(text.charAt(left[1] - 2)) && isWordChar(first);
        }
        if (isHyphen(first)) {
            // "Japan" + "-U.S." or "Indo" + "-" + "Pacific": the hyphen must be followed by a word character
            return isWordChar(last) && (right[1] - right[0] > 1 ? isWordChar(text.charAt(right[0] + 1))
                    : right[1] < text.length() && isWordChar(text.charAt(right[1])));
        }
        return false;
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /** "U.K" + ".": the full stop that ends a dotted abbreviation. */
    private static boolean abbreviationPoint(String text, int[] left, int[] right) {
        return right[1] - right[0] == 1 && text.charAt(right[0]) == '.'
                && DOTTED.matcher(text.substring(left[0], left[1])).matches();
    }

    /** "D" + ".": the full stop of an initial ("Paul D. Ryan"), which CoNLL keeps in the token. */
    private static boolean initialPoint(String text, int[] left, int[] right) {
        return right[1] - right[0] == 1 && text.charAt(right[0]) == '.' && left[1] - left[0] == 1
                && Character.isUpperCase(text.charAt(left[0]));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    /** Adds the span as one token, or as word + clitic when it ends in a possessive or n't. */
    private static void splitClitic(String text, int begin, int end, List<NerToken> out) {
        int cut = Clitics.start(text, begin, end);
        if (cut > begin) {
            out.add(token(text, begin, cut));
            out.add(token(text, cut, end));
        } else {
            out.add(token(text, begin, end));
        }
    }

    private static NerToken token(String text, int begin, int end) {
        return new NerToken(begin, end, normalise(text.substring(begin, end)));
    }

    /** Typographic apostrophes and quotation marks as ASCII; other characters as they are. */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u2033' -> b.append('"');
                case '\u2010', '\u2011' -> b.append('-');
                case '\u00A0' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
