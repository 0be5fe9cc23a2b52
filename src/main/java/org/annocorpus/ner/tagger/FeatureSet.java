package org.annocorpus.ner.tagger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annocorpus.ner.Lexicon;
import org.annocorpus.ner.NerToken;

/**
 * The features of each token of a document, as strings. Groups can be switched off for ablations:
 * {@code affix} (prefixes and suffixes), {@code context} (words and shapes at ±2), {@code distsim}
 * (Stanford's distributional-similarity clusters), {@code glove} (k-means clusters of GloVe vectors),
 * {@code gazetteer} (the project's lexicons), {@code doc} (how the word is written elsewhere in the
 * document), {@code history} (the first pass's entities for other mentions of the word in the
 * document, Ratinov and Roth 2009; only in the second pass) and {@code vectors} (dense GloVe vectors of
 * the word and its neighbours as real-valued features, Turian et al. 2010) and {@code wiki} (large name lists,
 * {@link NameLists}).
 */
public final class FeatureSet {

    /** All feature groups. */
    public static final List<String> GROUPS = List.of("affix", "context", "distsim", "glove", "gazetteer", "doc",
            "history", "vectors", "domain", "wiki");

    /** Prefix of the in-domain copy of a feature (group {@code domain}). */
    static final String DOMAIN_PREFIX = "T|";

    /** Positions whose word vectors are features: the word and its neighbours. */
    static final int[] VECTOR_SLOTS = {-1, 0, 1};

    private final Set<String> groups;
    private final WordClusters clusters;
    private final Lexicon lexicon;
    private final WordVectors vectors;
    private final NameLists nameLists;

    public FeatureSet(Set<String> groups, WordClusters clusters, Lexicon lexicon) {
        this(groups, clusters, lexicon, WordVectors.empty(), NameLists.empty());
    }

    public FeatureSet(Set<String> groups, WordClusters clusters, Lexicon lexicon, WordVectors vectors,
            NameLists nameLists) {
        this.groups = Set.copyOf(groups);
        this.clusters = clusters;
        this.lexicon = lexicon;
        this.vectors = vectors;
        this.nameLists = nameLists;
    }

    NameLists nameLists() {
        return nameLists;
    }

    WordVectors vectors() {
        return vectors;
    }

    /** Number of dense feature values per token (0 without the {@code vectors} group). */
    int denseSize() {
        return has("vectors") ? VECTOR_SLOTS.length * vectors.dim() : 0;
    }

    /**
     * The dense features of every token of every sentence: {@code result[s][i][slot]} is the vector of
     * the word at {@link #VECTOR_SLOTS}{@code [slot]} from token i, or {@code null} (no word, or no
     * vector); {@code null} altogether without the {@code vectors} group.
     */
    public List<float[][][]> dense(List<TaggedSentence> document) {
        if (denseSize() == 0) {
            return null;
        }
        List<float[][][]> out = new ArrayList<>(document.size());
        for (TaggedSentence sentence : document) {
            List<String> words = sentence.tokens();
            float[][] own = new float[words.size()][];
            for (int i = 0; i < own.length; i++) {
                own[i] = vectors.of(words.get(i));
            }
            float[][][] v = new float[own.length][VECTOR_SLOTS.length][];
            for (int i = 0; i < own.length; i++) {
                for (int k = 0; k < VECTOR_SLOTS.length; k++) {
                    int j = i + VECTOR_SLOTS[k];
                    v[i][k] = j >= 0 && j < own.length ? own[j] : null;
                }
            }
            out.add(v);
        }
        return out;
    }

    public Set<String> groups() {
        return groups;
    }

    public boolean has(String group) {
        return groups.contains(group);
    }

    /**
     * The features of every token of every sentence of a document: {@code result[s][i]}. With
     * {@code firstPass} (the first pass's entities per sentence) the history features are added.
     */
    public List<List<List<String>>> extract(List<TaggedSentence> document, List<List<Span>> firstPass) {
        return extract(document, firstPass, true);
    }

    /**
     * As {@link #extract(List, List)}; with the {@code domain} group and {@code inDomain}, every feature also
     * comes as an in-domain copy (Daumé III 2007, "frustratingly easy" domain adaptation, with target copies
     * only: the plain feature is shared by both domains, the copy learns where the target domain differs).
     * The trainer passes {@code inDomain = false} for the general training documents; a model tags every
     * text as in-domain text.
     */
    public List<List<List<String>>> extract(List<TaggedSentence> document, List<List<Span>> firstPass,
            boolean inDomain) {
        List<List<List<String>>> plain = extractPlain(document, firstPass);
        if (!inDomain || !has("domain")) {
            return plain;
        }
        for (List<List<String>> sentence : plain) {
            for (List<String> token : sentence) {
                int n = token.size();
                for (int k = 0; k < n; k++) {
                    token.add(DOMAIN_PREFIX + token.get(k));
                }
            }
        }
        return plain;
    }

    private List<List<List<String>>> extractPlain(List<TaggedSentence> document, List<List<Span>> firstPass) {
        DocumentStats stats = has("doc") || firstPass != null ? new DocumentStats(document, firstPass) : null;
        List<List<List<String>>> result = new ArrayList<>(document.size());
        for (int s = 0; s < document.size(); s++) {
            result.add(sentence(document, s, stats, firstPass == null ? null : firstPass.get(s)));
        }
        return result;
    }

    private List<List<String>> sentence(List<TaggedSentence> document, int s, DocumentStats stats, List<Span> pass1) {
        List<String> words = document.get(s).tokens();
        int n = words.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = lower(words.get(i));
            shape[i] = shortShape(words.get(i));
        }
        boolean headline = isHeadline(words);
        String[] gaz = has("gazetteer") ? gazetteer(words) : null;
        List<List<String>> wiki = has("wiki") ? nameLists.tags(words) : null;
        String[] p1 = null;
        if (pass1 != null) {
            p1 = Encoding.BILOU.encode(n, pass1);
        }
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(64);
            String w = words.get(i);
            f.add("b");
            f.add("w=" + w);
            f.add("l=" + lower[i]);
            f.add("s=" + shape[i]);
            f.add("S=" + longShape(w));
            if (i == 0) {
                f.add("first|s=" + shape[i]);
            }
            if (headline) {
                f.add("H|s=" + shape[i]);
                f.add("H|l=" + lower[i]);
            }
            if (has("affix")) {
                for (int k = 1; k <= 4 && k <= lower[i].length(); k++) {
                    f.add("p" + k + "=" + lower[i].substring(0, k));
                    f.add("x" + k + "=" + lower[i].substring(lower[i].length() - k));
                }
            }
            if (has("context")) {
                for (int d = -2; d <= 2; d++) {
                    if (d != 0) {
                        f.add("l" + d + "=" + at(lower, i + d));
                    }
                }
                f.add("s-1=" + at(shape, i - 1));
                f.add("s+1=" + at(shape, i + 1));
                f.add("s-1|s|s+1=" + at(shape, i - 1) + "|" + shape[i] + "|" + at(shape, i + 1));
                f.add("l-1|l=" + at(lower, i - 1) + "|" + lower[i]);
                f.add("l|l+1=" + lower[i] + "|" + at(lower, i + 1));
                f.add("w-1|s=" + at(lower, i - 1) + "|" + shape[i]);
                f.add("s|w+1=" + shape[i] + "|" + at(lower, i + 1));
            }
            if (has("distsim") && clusters != null) {
                String d0 = clusters.distsim(w);
                f.add("d=" + d0);
                f.add("d|s=" + d0 + "|" + shape[i]);
                for (int d = -2; d <= 2; d++) {
                    if (d != 0) {
                        f.add("d" + d + "=" + (i + d >= 0 && i + d < n ? clusters.distsim(words.get(i + d)) : "#"));
                    }
                }
            }
            if (has("glove") && clusters != null) {
                String[] g = clusters.glove(w);
                for (int k = 0; k < g.length; k++) {
                    f.add("g" + k + "=" + g[k]);
                    f.add("g" + k + "|s=" + g[k] + "|" + shape[i]);
                }
                for (int d = -1; d <= 1; d += 2) {
                    String[] gd = i + d >= 0 && i + d < n ? clusters.glove(words.get(i + d)) : null;
                    f.add("g" + d + "=" + (gd == null ? "#" : gd[gd.length - 1]));
                }
            }
            if (denseSize() > 0 && vectors.of(w) == null) {
                f.add("v=none|s=" + shape[i]);
            }
            if (gaz != null) {
                f.add("z=" + gaz[i]);
                f.add("z-1=" + at(gaz, i - 1));
                f.add("z+1=" + at(gaz, i + 1));
                f.add("z|s=" + gaz[i] + "|" + shape[i]);
            }
            if (wiki != null) {
                for (String t : wiki.get(i)) {
                    f.add("W=" + t);
                    f.add("W|s=" + t + "|" + shape[i]);
                }
                for (int d = -1; d <= 1; d += 2) {
                    if (i + d >= 0 && i + d < n) {
                        for (String t : wiki.get(i + d)) {
                            f.add("W" + d + "=" + t);
                        }
                    }
                }
            }
            if (has("doc") && stats != null && !lower[i].equals(w)) {
                f.add("dcase=" + stats.casing(lower[i], s, i));
            }
            if (p1 != null) {
                f.add("p=" + p1[i]);
                f.add("p-1=" + at(p1, i - 1));
                f.add("p+1=" + at(p1, i + 1));
                if (has("history") && !lower[i].equals(w)) {
                    for (String h : stats.history(lower[i], s, i)) {
                        f.add(h);
                        f.add(h + "|p=" + p1[i]);
                    }
                }
            }
            out.add(f);
        }
        return out;
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    /** Gazetteer tags per token: B-TYPE or I-TYPE of the longest lexicon names, {@code -} elsewhere. */
    private String[] gazetteer(List<String> words) {
        String[] tags = new String[words.size()];
        java.util.Arrays.fill(tags, "-");
        if (lexicon == null) {
            return tags;
        }
        List<NerToken> pieces = new ArrayList<>(words.size());
        int offset = 0;
        for (String w : words) {
            pieces.add(new NerToken(offset, offset + w.length(), w));
            offset += w.length() + 1;
        }
        for (Lexicon.Match m : lexicon.match(pieces)) {
            for (int i = m.first(); i <= m.last(); i++) {
                tags[i] = (i == m.first() ? "B-" : "I-") + m.type();
            }
        }
        return tags;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** Character classes with runs collapsed: "McDonald" → "XxXx", "1996-08-22" → "d-d-d". */
    static String shortShape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = cls(w.charAt(k));
            if (c != last) {
                b.append(c);
                last = c;
            }
        }
        return b.toString();
    }

    /** Character classes, runs collapsed beyond two: "McDonald" → "XxXxx". */
    static String longShape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        int run = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = cls(w.charAt(k));
            run = c == last ? run + 1 : 1;
            if (run <= 2) {
                b.append(c);
            }
            last = c;
        }
        return b.toString();
    }

    private static char cls(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLowerCase(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        return c == '.' || c == '-' || c == '\'' || c == '&' ? c : '#';
    }

    /** A sentence whose letters are all upper case (a CoNLL headline). */
    static boolean isHeadline(List<String> words) {
        int upper = 0;
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper > 1;
    }

    /** Document-wide counts: how each word is written, and the first pass's entities over its mentions. */
    private static final class DocumentStats {
        /** lower-case form → {capitalised mid-sentence, written in lower case} counts. */
        private final Map<String, int[]> casing = new HashMap<>();
        /** lower-case form → first-pass type (or O) → count over all its mentions. */
        private final Map<String, Map<String, Integer>> types = new HashMap<>();
        private final Map<String, Set<String>> insideLonger = new HashMap<>();
        private final List<TaggedSentence> document;
        private final List<String[]> firstPassLabels = new ArrayList<>();

        DocumentStats(List<TaggedSentence> document, List<List<Span>> firstPass) {
            this.document = document;
            for (int s = 0; s < document.size(); s++) {
                List<String> words = document.get(s).tokens();
                boolean headline = isHeadline(words);
                String[] labels = firstPass == null ? null : Encoding.BILOU.encode(words.size(), firstPass.get(s));
                firstPassLabels.add(labels);
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i);
                    String key = lower(w);
                    int[] c = casing.computeIfAbsent(key, k -> new int[2]);
                    c[0] += capitalisedMidSentence(w, i, headline) ? 1 : 0;
                    c[1] += w.equals(key) ? 1 : 0;
                    if (labels != null) {
                        types.computeIfAbsent(key, k -> new HashMap<>()).merge(type(labels[i]), 1, Integer::sum);
                    }
                }
                if (firstPass != null) {
                    for (Span e : firstPass.get(s)) {
                        if (e.last() > e.first()) {
                            for (int i = e.first(); i <= e.last(); i++) {
                                insideLonger.computeIfAbsent(lower(words.get(i)), k -> new HashSet<>()).add(e.type());
                            }
                        }
                    }
                }
            }
        }

        private static String type(String label) {
            return label.equals("O") ? "O" : label.substring(2);
        }

        private static boolean capitalisedMidSentence(String w, int i, boolean headline) {
            return i > 0 && !headline && Character.isUpperCase(w.charAt(0));
        }

        /** C when the word is capitalised mid-sentence elsewhere, L when it is written in lower case elsewhere. */
        String casing(String lower, int s, int i) {
            List<String> words = document.get(s).tokens();
            String w = words.get(i);
            int[] c = casing.get(lower);
            int cap = c[0] - (capitalisedMidSentence(w, i, isHeadline(words)) ? 1 : 0);
            int low = c[1] - (w.equals(lower) ? 1 : 0);
            return (cap > 0 ? "C" : "-") + (low > 0 ? "L" : "-");
        }

        /** The first pass's types for the other mentions of the word: majority type, and types of longer names. */
        List<String> history(String lower, int s, int i) {
            List<String> out = new ArrayList<>();
            Map<String, Integer> counts = new java.util.TreeMap<>(types.getOrDefault(lower, Map.of()));
            String own = type(firstPassLabels.get(s)[i]);
            counts.merge(own, -1, Integer::sum);
            int others = 0;
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                others += c.getValue();
                if (c.getValue() > bestCount) {
                    best = c.getKey();
                    bestCount = c.getValue();
                }
            }
            if (others <= 0) {
                return out;
            }
            out.add("hm=" + best + (bestCount == others ? "!" : ""));
            for (String t : new java.util.TreeSet<>(insideLonger.getOrDefault(lower, Set.of()))) {
                out.add("hl=" + t);
            }
            return out;
        }
    }
}
