package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.quote.QuoteSpanFinder.Range;

/**
 * Sentences with the splitter's commonest slips joined again: a break after a title's point ("Rep.
 * Ana Ruiz said", "Del. Tom Berg") or after a middle initial ("Mary K. Olsen"), and a "sentence"
 * that starts in lower case or with closing punctuation. Never across a line break. The project's preprocessing
 * already joins the abbreviation breaks ({@code preprocess.SentenceBreakRepair}); the quotation annotator repairs
 * them again for input from any other segmenter, and joins the lower-case starts that preprocessing leaves.
 */
final class SentenceRepair {

    private SentenceRepair() {
    }

    /** The sentences of {@code text}, in order, with the slips joined. */
    static List<Range> repaired(String text, List<Range> sentences) {
        List<Range> out = new ArrayList<>();
        for (Range s : sentences) {
            if (!out.isEmpty()) {
                Range prev = out.get(out.size() - 1);
                String between = text.substring(prev.end(), s.begin());
                if (!between.contains("\n") && !between.contains("\r") && continues(text, prev, s)) {
                    out.set(out.size() - 1, new Range(prev.begin(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static boolean continues(String text, Range prev, Range next) {
        // only the last word of the previous sentence and the first character of the next matter: a
        // bounded tail, so that a long run of joined sentences is not copied again and again
        String p = text.substring(Math.max(prev.begin(), prev.end() - 64), prev.end()).stripTrailing();
        String n = text.substring(next.begin(), Math.min(next.end(), next.begin() + 64)).stripLeading();
        if (n.isEmpty() || p.isEmpty()) {
            return false;
        }
        char first = n.charAt(0);
        if (Character.isLowerCase(first) || ")],;".indexOf(first) >= 0) {
            return true;
        }
        if (!p.endsWith(".")) {
            return false;
        }
        int start = p.length() - 1;
        while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
            start--;
        }
        String word = p.substring(start, p.length() - 1);
        boolean wordStart = start == 0 || !Character.isLetterOrDigit(p.charAt(start - 1));
        return wordStart && Character.isUpperCase(first)
                && ((word.length() == 1 && Character.isUpperCase(word.charAt(0))) || Lexicons.isTitle(word + "."));
    }
}
