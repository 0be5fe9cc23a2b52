package org.annocorpus.quote.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annocorpus.io.TextDecoder;

/**
 * Quotation gold of the project's scheme from PolNeAR attribution files (brat standoff: Source, Cue and
 * Content spans joined by an {@code E} event line; spans may be discontinuous).
 *
 * <ul>
 * <li>Annotator: where an article has several attribution files ({@code ARTICLE_ANNOTATOR.ann}), the
 * one whose annotator id comes first alphabetically is used.</li>
 * <li>PolNeAR decides which quoted words are attributed speech and who their source is; the scheme
 * decides the span. A quotation is the content of each outermost pair of quotation marks (see
 * {@link #markPairs}) that a Content span of an attribution overlaps: the whole content of the pair,
 * since the scheme has one quotation per pair of marks (PolNeAR often gives each sentence of a long
 * quotation its own attribution, or leaves a sentence out).</li>
 * <li>Trimmed by the scheme: no marks, no outer white space, no comma or full stop at the end.</li>
 * <li>The speaker mention is the Source span (its fragments) of the attribution whose Content covers most
 * of the pair; none for an Attribution-no-source.</li>
 * </ul>
 * Offsets are code points, as in the brat files.
 */
public final class PolnearGold {

    /** A gold quotation: code point span of the content, and the fragments of its source (none: empty). */
    public record Quote(int begin, int end, List<int[]> source) {
    }

    /** One article: id, text, and its quotations in text order. */
    public record Article(String id, String text, String annotator, List<Quote> quotes) {
    }

    private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) ([\\d ;]+)\t.*");
    private static final Pattern EVENT = Pattern.compile("(E\\d+)\t(.*)");

    private PolnearGold() {
    }

    /** The articles of a PolNeAR split ({@code DIR/text/*.txt}, {@code DIR/attributions/*.ann}), by id. */
    public static List<Article> load(Path dir) throws IOException {
        return load(dir, Set.of());
    }

    /**
     * The articles of a PolNeAR split except those whose id is in {@code excluded}: their text and
     * attribution files are not read.
     */
    public static List<Article> load(Path dir, Set<String> excluded) throws IOException {
        Map<String, Path> chosen = new TreeMap<>();
        Map<String, String> annotators = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String base = ann.getFileName().toString();
                base = base.substring(0, base.length() - 4);
                int us = base.lastIndexOf('_');
                String article = base.substring(0, us);
                if (excluded.contains(article)) {
                    continue;
                }
                String annotator = base.substring(us + 1);
                if (!annotators.containsKey(article) || annotator.compareTo(annotators.get(article)) < 0) {
                    annotators.put(article, annotator);
                    chosen.put(article, ann);
                }
            }
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : chosen.entrySet()) {
            Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                throw new IOException("no text for attribution file " + e.getValue() + ": expected " + txt);
            }
            String text = TextDecoder.decode(Files.readAllBytes(txt));
            String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            out.add(new Article(e.getKey(), text, annotators.get(e.getKey()), quotes(text, ann, e.getValue())));
        }
        return out;
    }

    /**
     * Article ids listed in an exclusion file: the first field of each non-empty line (the file name, with
     * or without {@code .txt}; a tab and more may follow, as in a split list); lines starting with # are
     * comments.
     */
    public static Set<String> excludedIds(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String id = t.split("\\s+")[0];
            out.add(id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id);
        }
        return out;
    }

    /** The gold quotations of one article. */
    static List<Quote> quotes(String text, String ann, Path file) throws IOException {
        int[] cps = text.codePoints().toArray();
        Map<String, List<int[]>> spans = new TreeMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher t = TEXT_BOUND.matcher(lines[i]);
            Matcher ev = EVENT.matcher(lines[i]);
            if (t.matches()) {
                List<int[]> frags = new ArrayList<>();
                for (String frag : t.group(3).split(";")) {
                    String[] be = frag.trim().split(" ");
                    int b = Integer.parseInt(be[0]);
                    int en = Integer.parseInt(be[1]);
                    if (b < 0 || en > cps.length || b > en) {
                        throw new IOException(file + ":" + (i + 1) + ": offsets " + b + "-" + en + " outside the text");
                    }
                    frags.add(new int[] {b, en});
                }
                spans.put(t.group(1), frags);
            } else if (ev.matches()) {
                events.add(ev.group(2).trim().split(" "));
            }
        }
        List<int[]> pairs = markPairs(cps);
        // for each pair of marks: the attribution whose Content covers most of it
        Map<Integer, int[]> best = new TreeMap<>(); // pair index -> {covered characters, attribution index}
        List<List<int[]>> sources = new ArrayList<>();
        for (String[] roles : events) {
            List<int[]> source = List.of();
            List<int[]> content = new ArrayList<>();
            for (String role : roles) {
                int colon = role.indexOf(':');
                List<int[]> frags = colon < 0 ? null : spans.get(role.substring(colon + 1));
                if (frags == null) {
                    continue;
                }
                String name = role.substring(0, colon);
                if (name.equals("Source")) {
                    source = frags;
                } else if (name.startsWith("Content")) {
                    content.addAll(frags);
                }
            }
            int attribution = sources.size();
            sources.add(source);
            for (int p = 0; p < pairs.size(); p++) {
                int inBegin = pairs.get(p)[0] + 1;
                int inEnd = pairs.get(p)[1];
                int covered = 0;
                for (int[] f : content) {
                    int b = Math.max(f[0], inBegin);
                    int e = Math.min(f[1], inEnd);
                    if (e > b && hasWord(cps, b, e)) {
                        covered += e - b;
                    }
                }
                if (covered > 0 && (!best.containsKey(p) || covered > best.get(p)[0])) {
                    best.put(p, new int[] {covered, attribution});
                }
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : best.entrySet()) {
            int[] pair = pairs.get(e.getKey());
            int[] trimmed = trim(cps, pair[0] + 1, pair[1]);
            if (trimmed[1] > trimmed[0] && hasWord(cps, trimmed[0], trimmed[1])) {
                out.add(new Quote(trimmed[0], trimmed[1], sources.get(e.getValue()[1])));
            }
        }
        return out;
    }

    /**
     * The outermost pairs of quotation marks of a text, line by line: “ with the next ” (a ” at a word
     * start after a space also opens: a common typo), " with the next ", ‘ at a word start with the next
     * ’ that ends a word. Each pair is {opening mark, closing mark}; a mark left open runs to the end of
     * its line. A pair inside another pair is a nested quotation and not listed.
     */
    static List<int[]> markPairs(int[] cps) {
        List<int[]> all = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || cps[i] == '\n') {
                pairsOfLine(cps, lineStart, i, all);
                lineStart = i + 1;
            }
        }
        all.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> -p[1]));
        List<int[]> outer = new ArrayList<>();
        for (int[] p : all) {
            if (!outer.isEmpty() && p[0] < outer.get(outer.size() - 1)[1]) {
                continue;
            }
            outer.add(p);
        }
        return outer;
    }

    private static void pairsOfLine(int[] cps, int b, int e, List<int[]> out) {
        int straight = -1;
        int curly = -1;
        int single = -1;
        for (int i = b; i < e; i++) {
            int c = cps[i];
            boolean curlyOpens = c == '\u201C' || (c == '\u201D' && curly < 0
                    && (i == b || Character.isWhitespace(cps[i - 1])) && i + 1 < e && Character.isLetterOrDigit(cps[i + 1]));
            if (c == '"') {
                if (straight < 0) {
                    straight = i;
                } else {
                    out.add(new int[] {straight, i});
                    straight = -1;
                }
            } else if (curlyOpens) {
                if (curly < 0) {
                    curly = i;
                }
            } else if (c == '\u201D' && curly >= 0) {
                out.add(new int[] {curly, i});
                curly = -1;
            } else if (c == '\u2018' && single < 0 && (i == b || !Character.isLetterOrDigit(cps[i - 1]))) {
                single = i;
            } else if (c == '\u2019' && single >= 0 && (i + 1 >= e || !Character.isLetterOrDigit(cps[i + 1]))) {
                out.add(new int[] {single, i});
                single = -1;
            }
        }
        if (straight >= 0) {
            out.add(new int[] {straight, e});
        }
        if (curly >= 0) {
            out.add(new int[] {curly, e});
        }
    }

    private static int[] trim(int[] cps, int b, int e) {
        int x = b;
        int y = e;
        while (x < y && isSpace(cps[x])) {
            x++;
        }
        while (y > x && isSpace(cps[y - 1])) {
            y--;
        }
        if (y > x && (cps[y - 1] == ',' || (cps[y - 1] == '.' && !(y - 2 >= x && cps[y - 2] == '.')))) {
            y--;
            while (y > x && isSpace(cps[y - 1])) {
                y--;
            }
        }
        return new int[] {x, y};
    }

    /** The text of a span's fragments, joined by a space. */
    static String covered(int[] cps, List<int[]> frags) {
        StringBuilder sb = new StringBuilder();
        for (int[] f : frags) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(new String(cps, f[0], f[1] - f[0]));
        }
        return sb.toString();
    }

    private static boolean hasWord(int[] cps, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Character.isLetterOrDigit(cps[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
