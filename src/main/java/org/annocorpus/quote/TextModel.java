package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.annocorpus.quote.QuoteSpanFinder.Range;

/**
 * A document as the speaker attribution sees it: tokens with their universal part-of-speech tag and
 * lemma, sentences, paragraphs, the names in it, and which tokens lie inside a quotation. Built from
 * plain values so that it does not depend on how a pipeline stored them.
 */
final class TextModel {

    /** A token. {@code pos} is a Universal Dependencies tag; a possessive 's glued to it is noted. */
    record Tok(int index, int begin, int end, String text, String pos, String lemma, boolean possessive) {

        /** The token in lower case; a pronoun without a glued verb ("he’s" is "he"). */
        String lower() {
            String l = text.toLowerCase(Locale.ROOT);
            if (pos.equals("PRON")) {
                int apostrophe = Math.max(l.indexOf('\''), l.indexOf('\u2019'));
                if (apostrophe > 0) {
                    return l.substring(0, apostrophe);
                }
            }
            return l;
        }

        /** End of the word without a glued possessive ('s, ’s, or the ' of a plural). */
        int wordEnd() {
            if (!possessive) {
                return end;
            }
            if (text.endsWith("'s") || text.endsWith("\u2019s") || text.endsWith("'S") || text.endsWith("\u2019S")) {
                return end - 2;
            }
            return end - 1;
        }

        boolean is(String tag) {
            return tag.equals(pos);
        }

        boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }
    }

    /** A name: a named entity of the pipeline or, without one, a run of proper nouns. */
    record Name(int begin, int end, String type, int first, int last) {
    }

    /** Entity type of a name the pipeline did not type. */
    static final String UNTYPED = "";

    final String text;
    final List<Tok> toks;
    final List<Range> sentences;
    final List<Range> paragraphs;
    final List<Name> names;
    final boolean typedNames;
    final int[] sentenceOf;
    final int[] paragraphOf;
    final int[] nameOf;
    private List<QuoteSpan> quotes = List.of();
    private Boolean[] headlineCache;
    private static final String QUOTED = "\u201C[^\u201D]*\u201D|\"[^\"]*\"|\u2018[^\u2019]*\u2019";
    private int[] quoteOf;
    private int[] quoteFirst;
    private int[] quoteLast;
    /** Lazily: the texts of all tokens, for {@link #commonWordInHeadline}. */
    private java.util.Set<String> tokenTexts;

    /** Raw input of a token: offsets, text, tag and lemma as the pipeline gives them. */
    record RawToken(int begin, int end, String pos, String lemma) {
    }

    /** Raw input of a named entity. */
    record RawEntity(int begin, int end, String value) {
    }

    TextModel(String text, List<RawToken> tokens, List<Range> sentences, List<Range> paragraphs, List<RawEntity> entities) {
        this.text = text;
        this.paragraphs = paragraphs.isEmpty() ? QuoteSpanFinder.lines(text) : List.copyOf(paragraphs);
        this.sentences = repaired(sentences.isEmpty() ? QuoteSpanFinder.simpleSentences(text, this.paragraphs) : sentences);
        List<Tok> list = new ArrayList<>();
        java.util.Set<String> properForms = new java.util.HashSet<>();
        java.util.Set<String> lowerForms = new java.util.HashSet<>();
        for (RawToken raw : tokens) {
            String surface = text.substring(raw.begin(), raw.end());
            if (universal(raw.pos()).startsWith("PROPN")) {
                properForms.add(surface);
            }
            if (!surface.isEmpty() && Character.isLowerCase(surface.charAt(0))) {
                lowerForms.add(surface);
            }
        }
        for (RawToken raw : tokens) {
            String surface = text.substring(raw.begin(), raw.end());
            String tag = universal(raw.pos());
            boolean possessive = false;
            if (tag.contains("+")) {
                possessive = tag.endsWith("+PART");
                tag = tag.substring(0, tag.indexOf('+'));
            }
            if (!possessive && surface.length() > 2 && !tag.equals("PART") && !tag.equals("PRON")
                    && (surface.endsWith("'s") || surface.endsWith("\u2019s"))) {
                possessive = true;
            }
            if (!possessive && surface.length() > 2 && (surface.endsWith("s'") || surface.endsWith("s\u2019"))) {
                possessive = true;
            }
            // a name the tagger took for a common word here ("Ortega tells") but for a name elsewhere
            if ((tag.equals("NOUN") || tag.equals("VERB") || tag.equals("ADJ")) && properForms.contains(surface)
                    && !lowerForms.contains(surface.toLowerCase(Locale.ROOT))) {
                tag = "PROPN";
            }
            list.add(new Tok(list.size(), raw.begin(), raw.end(), surface, tag, raw.lemma(), possessive));
        }
        this.toks = List.copyOf(list);
        this.sentenceOf = indexOf(this.sentences);
        this.paragraphOf = indexOf(this.paragraphs);
        this.typedNames = !entities.isEmpty();
        this.names = typedNames ? entityNames(entities) : properNounRuns();
        this.nameOf = new int[toks.size()];
        Arrays.fill(nameOf, -1);
        for (int n = 0; n < names.size(); n++) {
            for (int t = names.get(n).first(); t <= names.get(n).last(); t++) {
                nameOf[t] = n;
            }
        }
        setQuotes(List.of());
    }

    /**
     * Sentences with the splitter's commonest slips joined again: a break after a title's point ("Rep.
     * Ana Ruiz said", "Del. Tom Berg") or after a middle initial ("Mary K. Olsen"), and a "sentence"
     * that starts in lower case or with closing punctuation. Never across a line break.
     */
    private List<Range> repaired(List<Range> sentences) {
        List<Range> out = new ArrayList<>();
        for (Range s : sentences) {
            if (!out.isEmpty()) {
                Range prev = out.get(out.size() - 1);
                String between = text.substring(prev.end(), s.begin());
                if (!between.contains("\n") && !between.contains("\r") && continues(prev, s)) {
                    out.set(out.size() - 1, new Range(prev.begin(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private boolean continues(Range prev, Range next) {
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

    /**
     * Marks the tokens inside these quotations (marks included) as quoted. Linear: each quotation's
     * first token is found by binary search, and only the tokens it covers are visited.
     */
    void setQuotes(List<QuoteSpan> accepted) {
        this.quotes = List.copyOf(accepted);
        this.quoteOf = new int[toks.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpan span = quotes.get(q);
            int k = tokenEndingAfter(span.open());
            for (; k < toks.size() && toks.get(k).begin() < span.regionEnd(); k++) {
                quoteOf[k] = q;
            }
        }
        this.quoteFirst = new int[quotes.size()];
        this.quoteLast = new int[quotes.size()];
        Arrays.fill(quoteFirst, -1);
        Arrays.fill(quoteLast, -1);
        for (int i = 0; i < toks.size(); i++) {
            int q = quoteOf[i];
            if (q >= 0) {
                if (quoteFirst[q] < 0) {
                    quoteFirst[q] = i;
                }
                quoteLast[q] = i;
            }
        }
    }

    /** First token whose end lies after {@code offset} (tokens are ordered and do not overlap). */
    private int tokenEndingAfter(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First token of quotation {@code q} (marks included), or -1 when it holds none. */
    int firstTokenOf(int q) {
        return quoteFirst[q];
    }

    /** Last token of quotation {@code q}, or -1 when it holds none. */
    int lastTokenOf(int q) {
        return quoteLast[q];
    }

    List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Index of the quotation a token lies in, or -1 for narrative text. */
    int quoteOf(int token) {
        return quoteOf[token];
    }

    boolean narrative(int token) {
        return token >= 0 && token < toks.size() && quoteOf[token] < 0;
    }

    Tok tok(int i) {
        return toks.get(i);
    }

    int size() {
        return toks.size();
    }

    /** First token that starts at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First and last token of sentence {@code s} (last &lt; first when it has none). */
    int[] sentenceTokens(int s) {
        Range r = sentences.get(s);
        int first = tokenAtOrAfter(r.begin());
        int last = tokenAtOrAfter(r.end()) - 1;
        return new int[] {first, last};
    }

    /**
     * Whether paragraph {@code p} is set in title case, as headlines are: most of its longer words
     * outside quotation marks, beyond the first, are capitalised.
     */
    boolean headline(int p) {
        if (p < 0 || p >= paragraphs.size()) {
            return false;
        }
        if (headlineCache == null) {
            headlineCache = new Boolean[paragraphs.size()];
        }
        if (headlineCache[p] == null) {
            headlineCache[p] = titleCase(paragraphs.get(p));
        }
        return headlineCache[p];
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

    String covered(int begin, int end) {
        return text.substring(begin, end).replaceAll("\\s+", " ");
    }

    Name name(int token) {
        return nameOf[token] < 0 ? null : names.get(nameOf[token]);
    }

    private int[] indexOf(List<Range> ranges) {
        int[] out = new int[toks.size()];
        int r = 0;
        for (Tok t : toks) {
            while (r < ranges.size() - 1 && ranges.get(r).end() <= t.begin()) {
                r++;
            }
            out[t.index()] = ranges.isEmpty() ? 0 : r;
        }
        return out;
    }

    private List<Name> entityNames(List<RawEntity> entities) {
        List<Name> out = new ArrayList<>();
        for (RawEntity e : entities) {
            int b = e.begin();
            int en = e.end();
            // marks and punctuation a recogniser left at the edges ("” Ortega")
            while (b < en && !Character.isLetterOrDigit(text.charAt(b))) {
                b++;
            }
            while (en > b && !Character.isLetterOrDigit(text.charAt(en - 1))
                    && !(text.charAt(en - 1) == '.' && en - 2 >= b && Character.isUpperCase(text.charAt(en - 2)))) {
                en--;
            }
            b = afterRunTogetherWord(b, en);
            if (b >= en) {
                continue;
            }
            int first = tokenAtOrAfter(b);
            if (first > 0 && toks.get(first - 1).end() > b) {
                first--; // the entity starts inside a token
            }
            int last = first;
            while (last + 1 < toks.size() && toks.get(last + 1).begin() < en) {
                last++;
            }
            if (first >= toks.size() || toks.get(first).begin() >= en) {
                continue;
            }
            String type = entityType(e.value());
            // in a headline, capitalised common words are no part of a name ("Peru Backs New Trade ...")
            int k = first;
            while (k <= last) {
                if (commonWordInHeadline(k)) {
                    k++;
                    continue;
                }
                int runFirst = k;
                while (k + 1 <= last && !commonWordInHeadline(k + 1)) {
                    k++;
                }
                addEntity(out, Math.max(b, toks.get(runFirst).begin()), Math.min(en, toks.get(k).end()), type, runFirst, k);
                k++;
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        // one name per token: the longest wins where entities overlap
        List<Name> flat = new ArrayList<>();
        for (Name n : out) {
            Name prev = flat.isEmpty() ? null : flat.get(flat.size() - 1);
            if (prev != null && n.first() <= prev.last()) {
                if (n.end() - n.begin() > prev.end() - prev.begin()) {
                    flat.set(flat.size() - 1, n);
                }
                continue;
            }
            flat.add(n);
        }
        return List.copyOf(flat);
    }

    private void addEntity(List<Name> out, int begin, int end, String type, int first, int last) {
        Tok lastTok = toks.get(last);
        if (lastTok.possessive() && end > lastTok.wordEnd() && lastTok.wordEnd() > begin) {
            end = lastTok.wordEnd(); // a possessive is never part of a name
        }
        if (type.equals("PER")) {
            int afterTitle = afterLastTitle(first, last);
            if (afterTitle > first) {
                first = afterTitle;
                begin = Math.max(begin, toks.get(first).begin());
            }
        }
        if (end > begin) {
            out.add(new Name(begin, end, type, first, last));
        }
    }

    /**
     * Where a name starts that is glued to the word before it ("PoliticsPeru", a section label run
     * into a headline): at a lower-to-upper case change after four letters or more; else {@code b}.
     */
    private int afterRunTogetherWord(int b, int en) {
        int k = b + 1;
        while (k < en && Character.isLetter(text.charAt(k))) {
            if (Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k)) && k - b >= 4
                    && k + 3 <= en && Character.isLowerCase(text.charAt(k + 1))) {
                return k;
            }
            k++;
        }
        return b;
    }

    /** Without entities: each maximal run of proper nouns, titles taken off, is a name of unknown type. */
    private List<Name> properNounRuns() {
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!(toks.get(i).is("PROPN") && !commonWordInHeadline(i)) && !capitalisedAdjectiveBeforeName(i)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (!toks.get(last).possessive() && last + 1 < toks.size() && continuesName(last + 1)) {
                last++;
            }
            while (last > first && !toks.get(last).is("PROPN")) {
                last--;
            }
            i = last + 1;
            int start = afterLastTitle(first, last);
            // "Secretary of State Ana Ruiz": the department after a title and "of" is no part of the name
            if (start == first && first >= 2 && toks.get(first - 1).lower().equals("of")
                    && Lexicons.isTitle(toks.get(first - 2).text()) && last - first >= 2) {
                start = first + 1;
            }
            if (start > last || Lexicons.isTitle(toks.get(last).text())) {
                int end = last;
                while (end >= start && Lexicons.isTitle(toks.get(end).text())) {
                    end--;
                }
                if (end < start) {
                    continue;
                }
                last = end;
            }
            out.add(new Name(toks.get(start).begin(), toks.get(last).wordEnd(), UNTYPED, start, last));
        }
        return List.copyOf(out);
    }

    /**
     * A capitalised word of a title-case headline that the document also writes in lower case
     * ("Backs", "Trade"): a common word, not part of a name.
     */
    private boolean commonWordInHeadline(int i) {
        if (!headline(paragraphOf[i])) {
            return false;
        }
        String lower = toks.get(i).lower();
        if (lower.equals(toks.get(i).text())) {
            return false;
        }
        if (tokenTexts == null) {
            tokenTexts = new java.util.HashSet<>();
            for (Tok t : toks) {
                tokenTexts.add(t.text());
            }
        }
        return tokenTexts.contains(lower);
    }

    /** "United" in "the United States": a capitalised adjective inside a sentence, right before a proper noun. */
    private boolean capitalisedAdjectiveBeforeName(int i) {
        Tok t = toks.get(i);
        if (!t.is("ADJ") || !t.capitalised() || i + 1 >= toks.size() || !toks.get(i + 1).is("PROPN")) {
            return false;
        }
        return i > 0 && sentenceOf[i - 1] == sentenceOf[i] && !toks.get(i - 1).text().equals(":");
    }

    /** Whether token {@code i} continues a proper-noun run: a proper noun, or a joining mark between two. */
    private boolean continuesName(int i) {
        Tok t = toks.get(i);
        if (t.is("PROPN")) {
            return !commonWordInHeadline(i);
        }
        boolean joiner = t.text().equals("-") || t.text().equals("&") || t.text().equals(".");
        return joiner && i + 1 < toks.size() && toks.get(i + 1).is("PROPN")
                && toks.get(i - 1).end() == t.begin() && t.end() == toks.get(i + 1).begin();
    }

    /** The token after the last title word of a run ("Ohio Sen. Mary Olsen"), if a name follows. */
    private int afterLastTitle(int first, int last) {
        int start = first;
        for (int k = first; k < last; k++) {
            if (Lexicons.isTitle(toks.get(k).text())) {
                start = k + 1;
            }
        }
        return start;
    }

    private static String entityType(String value) {
        if (value == null) {
            return "MISC";
        }
        switch (value.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON":
                return "PER";
            case "ORG", "ORGANIZATION", "ORGANISATION":
                return "ORG";
            case "LOC", "LOCATION", "GPE":
                return "LOC";
            default:
                return "MISC";
        }
    }

    /** A Universal Dependencies tag for a UD or Penn Treebank tag. */
    static String universal(String tag) {
        if (tag == null || tag.isEmpty()) {
            return "X";
        }
        if (tag.equals(tag.toUpperCase(Locale.ROOT)) && tag.matches("[A-Z]+(\\+[A-Z]+)*") && !tag.startsWith("NN")
                && !tag.startsWith("VB") && !tag.startsWith("JJ") && !tag.startsWith("RB") && !tag.startsWith("PRP")
                && !Arrays.asList("IN", "DT", "CD", "CC", "MD", "TO", "WP", "WDT", "POS", "UH", "EX", "FW", "RP", "LS",
                        "PDT", "WRB").contains(tag)) {
            return tag;
        }
        if (tag.startsWith("NNP")) {
            return "PROPN";
        }
        if (tag.startsWith("NN")) {
            return "NOUN";
        }
        if (tag.startsWith("VB")) {
            return "VERB";
        }
        if (tag.equals("MD")) {
            return "AUX";
        }
        if (tag.startsWith("JJ")) {
            return "ADJ";
        }
        if (tag.startsWith("RB") || tag.equals("WRB")) {
            return "ADV";
        }
        if (tag.startsWith("PRP") || tag.startsWith("WP") || tag.equals("EX")) {
            return "PRON";
        }
        switch (tag) {
            case "IN":
                return "ADP";
            case "DT", "PDT", "WDT":
                return "DET";
            case "CD":
                return "NUM";
            case "CC":
                return "CCONJ";
            case "TO", "POS", "RP":
                return "PART";
            case "UH":
                return "INTJ";
            default:
                return "X";
        }
    }
}
