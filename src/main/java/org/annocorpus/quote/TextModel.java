package org.annocorpus.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.annocorpus.quote.QuoteSpanFinder.Range;

/**
 * A document as the speaker attribution sees it: tokens with their universal part-of-speech tag and
 * lemma, sentences, paragraphs, the names in it, and which tokens lie inside a quotation. Built from
 * plain values (read from a CAS by {@link org.annocorpus.text.TokenView}) so that it does not depend on
 * how a pipeline stored them. It holds the pieces and finds tokens by offset; the pieces are made by
 * {@link TokenBuilder} (tokens), {@link SentenceRepair} (sentences), {@link Headlines}, {@link NameFinder}
 * (names) and {@link QuoteIndex} (quoted tokens).
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
    private final Headlines headlines;
    private QuoteIndex quoteIndex;

    /**
     * Raw input of a token: offsets, universal tag (null or empty when untagged), lemma, and whether the
     * tag noted a glued particle ({@code PROPN+PART}).
     */
    record RawToken(int begin, int end, String pos, String lemma, boolean gluedParticle) {

        RawToken(int begin, int end, String pos, String lemma) {
            this(begin, end, pos, lemma, false);
        }
    }

    /** Raw input of a named entity. */
    record RawEntity(int begin, int end, String value) {
    }

    TextModel(String text, List<RawToken> tokens, List<Range> sentences, List<Range> paragraphs, List<RawEntity> entities) {
        this.text = text;
        this.paragraphs = paragraphs.isEmpty() ? QuoteSpanFinder.lines(text) : List.copyOf(paragraphs);
        this.sentences = SentenceRepair.repaired(text,
                sentences.isEmpty() ? QuoteSpanFinder.simpleSentences(text, this.paragraphs) : sentences);
        this.toks = TokenBuilder.build(text, tokens);
        this.sentenceOf = indexOf(this.sentences);
        this.paragraphOf = indexOf(this.paragraphs);
        this.headlines = new Headlines(text, this.paragraphs, toks, paragraphOf);
        this.typedNames = !entities.isEmpty();
        NameFinder finder = new NameFinder(text, toks, sentenceOf, headlines);
        this.names = typedNames ? finder.entityNames(entities) : finder.properNounRuns();
        this.nameOf = new int[toks.size()];
        Arrays.fill(nameOf, -1);
        for (int n = 0; n < names.size(); n++) {
            for (int t = names.get(n).first(); t <= names.get(n).last(); t++) {
                nameOf[t] = n;
            }
        }
        setQuotes(List.of());
    }

    /** Marks the tokens inside these quotations (marks included) as quoted. */
    void setQuotes(List<QuoteSpan> accepted) {
        this.quoteIndex = new QuoteIndex(toks, accepted);
    }

    /** First token of quotation {@code q} (marks included), or -1 when it holds none. */
    int firstTokenOf(int q) {
        return quoteIndex.first(q);
    }

    /** Last token of quotation {@code q}, or -1 when it holds none. */
    int lastTokenOf(int q) {
        return quoteIndex.last(q);
    }

    List<QuoteSpan> quotes() {
        return quoteIndex.quotes();
    }

    /** Index of the quotation a token lies in, or -1 for narrative text. */
    int quoteOf(int token) {
        return quoteIndex.quoteOf(token);
    }

    boolean narrative(int token) {
        return token >= 0 && token < toks.size() && quoteIndex.quoteOf(token) < 0;
    }

    Tok tok(int i) {
        return toks.get(i);
    }

    int size() {
        return toks.size();
    }

    /** Token {@code i} in lower case without a glued possessive ("Clinton’s" is "clinton"). */
    String word(int i) {
        Tok t = toks.get(i);
        return text.substring(t.begin(), t.wordEnd()).toLowerCase(Locale.ROOT);
    }

    /** First token that starts at or after {@code offset}. */
    int tokenAtOrAfter(int offset) {
        return tokenAtOrAfter(toks, offset);
    }

    /** First of {@code toks} (ordered, not overlapping) that starts at or after {@code offset}. */
    static int tokenAtOrAfter(List<Tok> toks, int offset) {
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

    /** Whether tokens {@code a} and {@code b} both exist and lie in one sentence. */
    boolean sameSentence(int a, int b) {
        return a >= 0 && b >= 0 && a < toks.size() && b < toks.size() && sentenceOf[a] == sentenceOf[b];
    }

    /** First and last token of sentence {@code s} (last &lt; first when it has none). */
    int[] sentenceTokens(int s) {
        Range r = sentences.get(s);
        int first = tokenAtOrAfter(r.begin());
        int last = tokenAtOrAfter(r.end()) - 1;
        return new int[] {first, last};
    }

    /** Whether paragraph {@code p} is set in title case, as headlines are (see {@link Headlines}). */
    boolean headline(int p) {
        return headlines.headline(p);
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
}
