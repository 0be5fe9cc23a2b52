package org.annocorpus.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.annocorpus.quote.QuoteSpanFinder.Range;
import org.annocorpus.quote.TextModel.Tok;

/**
 * Which paragraphs of a document are set in title case, as headlines are, and which capitalised words in
 * them are common words the document also writes in lower case ("Peru Backs New Trade ..."). Answers are
 * computed when first asked for.
 */
final class Headlines {

    private static final String QUOTED = "\u201C[^\u201D]*\u201D|\"[^\"]*\"|\u2018[^\u2019]*\u2019";

    private final String text;
    private final List<Range> paragraphs;
    private final List<Tok> toks;
    private final int[] paragraphOf;
    private final Boolean[] headline;
    /** Lazily: the texts of all tokens, for {@link #commonWord}. */
    private Set<String> tokenTexts;

    Headlines(String text, List<Range> paragraphs, List<Tok> toks, int[] paragraphOf) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.toks = toks;
        this.paragraphOf = paragraphOf;
        this.headline = new Boolean[paragraphs.size()];
    }

    /**
     * Whether paragraph {@code p} is set in title case, as headlines are: most of its longer words
     * outside quotation marks, beyond the first, are capitalised.
     */
    boolean headline(int p) {
        if (p < 0 || p >= paragraphs.size()) {
            return false;
        }
        if (headline[p] == null) {
            headline[p] = titleCase(paragraphs.get(p));
        }
        return headline[p];
    }

    private boolean titleCase(Range r) {
        int words = 0;
        int capitalised = 0;
        boolean firstWord = true;
        // quoted words are often capitalised titles: only the words around them count
        String unquoted = text.substring(r.begin(), r.end()).replaceAll(QUOTED, " ");
        for (String w : unquoted.split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (firstWord) {
                firstWord = false;
                continue;
            }
            if (w.length() >= 4) {
                if (Character.isLowerCase(w.charAt(0)) && Lexicons.speechLemma(w, null) != null) {
                    // title case capitalises verbs: "“...,” Tulsa police Chief Chuck Jordan said" is a sentence
                    return false;
                }
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 10 >= words * 6;
    }

    /**
     * Whether token {@code i} is a capitalised word of a title-case headline that the document also
     * writes in lower case ("Backs", "Trade"): a common word, not part of a name.
     */
    boolean commonWord(int i) {
        if (!headline(paragraphOf[i])) {
            return false;
        }
        String lower = toks.get(i).lower();
        if (lower.equals(toks.get(i).text()) || initial(i)) {
            return false;
        }
        if (tokenTexts == null) {
            tokenTexts = new HashSet<>();
            for (Tok t : toks) {
                tokenTexts.add(t.text());
            }
        }
        return tokenTexts.contains(lower);
    }

    /** "A" + "." in "Julie A. Diaz": a middle initial, not the article. */
    private boolean initial(int i) {
        Tok t = toks.get(i);
        return t.text().length() == 1 && i + 1 < toks.size() && toks.get(i + 1).text().equals(".")
                && toks.get(i + 1).begin() == t.end();
    }
}
