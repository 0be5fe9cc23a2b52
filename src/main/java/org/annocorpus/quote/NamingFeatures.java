package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annocorpus.quote.TextModel.Tok;

/**
 * The features {@link NamingClassifier} reads of one pair of quotation marks: what the quoted words are (how
 * many, their first and last word class, a verb or pronoun among them, title case, closing punctuation), what
 * stands right around the marks (word classes, closed-class words: "the “establishment” candidate", "Latin for
 * “...”", "said “...”") and whether an attribution sieve finds a speaker for them. No open-class word of any
 * text is a feature: what is read is the shape of the context, not the topic.
 */
final class NamingFeatures {

    /** Word classes whose words are read themselves when next to the marks. */
    private static final Set<String> CLOSED_CLASSES = Set.of("DET", "ADP", "PRON", "AUX", "PUNCT", "CCONJ", "SCONJ",
            "PART");

    /** Words around the marks read as themselves though open-class: they present a term or a comparison. */
    private static final Set<String> PRESENTING = Set.of("called", "like", "than");

    /** Quoted words longer than this are always a quotation: a name, title or term is short. */
    static final int MAX_WORDS = 6;

    /**
     * The feature groups, for an ablation: whether a sieve finds a speaker; the quoted words' shape; the words
     * around the marks. (Where the marks are, a headline or single marks, was measured and left out: 2 of 6,100
     * dev quotations.)
     */
    static final List<String> GROUPS = List.of("speaker", "shape", "context");

    private static final Set<String> SHAPE = Set.of("words", "first", "last", "verb", "pronoun", "titleCase",
            "sentenceEnd");
    private static final Set<String> CONTEXT = Set.of("before", "after", "twoBefore", "wordBefore", "wordAfter",
            "nounAfter");

    private final TextModel m;

    NamingFeatures(TextModel model) {
        this.m = model;
    }

    /**
     * The features of each of the model's current quotations that the classifier decides on, null for those of
     * more than {@link #MAX_WORDS} words (always quotations).
     */
    List<List<String>> decided() {
        boolean[] proposed = proposed();
        List<List<String>> out = new ArrayList<>();
        for (int q = 0; q < m.quotes().size(); q++) {
            out.add(words(q) > MAX_WORDS ? null : of(q, proposed[q]));
        }
        return out;
    }

    /** Which of the model's current quotations the default sieves, the first deciding, give a speaker. */
    private boolean[] proposed() {
        SpeakerAttributor attributor = new SpeakerAttributor(m);
        List<SpeakerAttributor.Attribution> attributions = attributor.attributeAll(SpeakerSieves.named(null));
        boolean[] out = new boolean[attributions.size()];
        for (int q = 0; q < out.length; q++) {
            SpeakerAttributor.Attribution a = attributions.get(q);
            out[q] = a != null && !attributor.speaker(a.referent()).isEmpty();
        }
        return out;
    }

    /** The number of words (tokens that are not punctuation) between the marks of quotation {@code q}. */
    private int words(int q) {
        int n = 0;
        for (int i : content(q)) {
            n += m.tok(i).is("PUNCT") ? 0 : 1;
        }
        return n;
    }

    /**
     * The features of quotation {@code q} of the model's current quotations; {@code proposed}: whether the
     * attribution sieves, the first deciding, give it a speaker.
     */
    List<String> of(int q, boolean proposed) {
        List<Integer> inner = content(q);
        List<String> f = new ArrayList<>();
        int words = Math.min(words(q), MAX_WORDS);
        f.add("bias");
        f.add("proposed=" + proposed);
        f.add("proposed=" + proposed + "&words=" + words);
        f.add("words=" + words);
        int before = m.firstTokenOf(q) - 1;
        int after = m.lastTokenOf(q) + 1;
        String prev = wordClass(before);
        String next = wordClass(after);
        f.add("before=" + prev);
        f.add("after=" + next);
        f.add("before=" + prev + "&after=" + next);
        f.add("twoBefore=" + wordClass(before - 1));
        if (closedOrPresenting(before)) {
            f.add("wordBefore=" + m.tok(before).lower());
        }
        if (closedOrPresenting(after)) {
            f.add("wordAfter=" + m.tok(after).lower());
        }
        List<Integer> contentWords = inner.stream().filter(i -> !m.tok(i).is("PUNCT")).toList();
        String first = contentWords.isEmpty() ? "-" : m.tok(contentWords.get(0)).pos();
        String last = contentWords.isEmpty() ? "-" : m.tok(contentWords.get(contentWords.size() - 1)).pos();
        f.add("first=" + first);
        f.add("last=" + last);
        // a quoted noun phrase right before a noun modifies it: the “establishment” candidate
        f.add("nounAfter=" + next.equals("NOUN") + "&last=" + last);
        f.add("verb=" + contentWords.stream().anyMatch(i -> m.tok(i).is("VERB") || m.tok(i).is("AUX")));
        f.add("pronoun=" + contentWords.stream().anyMatch(i -> m.tok(i).is("PRON")));
        f.add("titleCase=" + titleCase(contentWords) + "&words=" + Math.min(words, 4));
        f.add("sentenceEnd=" + endsSentence(inner));
        return f;
    }

    /** The group of a feature ({@link #GROUPS}; "bias" for the bias). */
    static String group(String feature) {
        int eq = feature.indexOf('=');
        String name = eq < 0 ? feature : feature.substring(0, eq);
        if (name.equals("proposed")) {
            return "speaker";
        }
        if (SHAPE.contains(name)) {
            return "shape";
        }
        if (CONTEXT.contains(name)) {
            return "context";
        }
        if (name.equals("bias")) {
            return "bias";
        }
        throw new IllegalArgumentException("no feature group of " + feature);
    }

    /** The tokens between the marks of quotation {@code q}. */
    private List<Integer> content(int q) {
        QuoteSpan span = m.quotes().get(q);
        List<Integer> out = new ArrayList<>();
        for (int i = Math.max(0, m.firstTokenOf(q)); i >= 0 && i <= m.lastTokenOf(q); i++) {
            Tok t = m.tok(i);
            if (t.begin() >= span.contentBegin() && t.end() <= span.contentEnd()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The word class of token {@code k}: its tag, "quote" inside another quotation, "edge" past the text. */
    private String wordClass(int k) {
        if (k < 0 || k >= m.size()) {
            return "edge";
        }
        return m.narrative(k) ? m.tok(k).pos() : "quote";
    }

    private boolean closedOrPresenting(int k) {
        return k >= 0 && k < m.size() && m.narrative(k)
                && (CLOSED_CLASSES.contains(m.tok(k).pos()) || PRESENTING.contains(m.tok(k).lower()));
    }

    /** Every word capitalised but the short function words of titles. */
    private boolean titleCase(List<Integer> contentWords) {
        if (contentWords.isEmpty()) {
            return false;
        }
        for (int i : contentWords) {
            Tok t = m.tok(i);
            if (!t.capitalised() && !Character.isDigit(t.text().codePointAt(0)) && !m.tok(i).is("DET")
                    && !m.tok(i).is("ADP") && !m.tok(i).is("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /** The quoted words end with a full stop, question or exclamation mark: a sentence, not a term. */
    private boolean endsSentence(List<Integer> inner) {
        if (inner.isEmpty()) {
            return false;
        }
        String t = m.tok(inner.get(inner.size() - 1)).text().toLowerCase(Locale.ROOT);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
    }
}
