package org.annocorpus.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.annocorpus.io.TextDecoder;
import org.annocorpus.scheme.Labels;
import org.annocorpus.scheme.QuotationMarks;
import org.annocorpus.scheme.TranscriptLabels;

/**
 * Quotation gold of the project's scheme from PolNeAR's attribution files (brat standoff: Source, Cue and
 * Content spans, possibly in fragments, joined by an {@code E} event line), as {@code ../shared/data/README.md}
 * describes the conversion; written by {@link XmiGoldImporter#write} as gold files and scored by the
 * project's scorer like any gold.
 *
 * <ul>
 * <li>Annotator: where an article has several attribution files ({@code ARTICLE_ANNOTATOR.ann}), the
 * one whose annotator id comes first alphabetically.</li>
 * <li>PolNeAR decides which quoted words are attributed speech and who their source is; the scheme
 * decides the span. A quotation is the content of each outermost pair of quotation marks
 * ({@link #markPairs}) that a Content span of an attribution overlaps (with a word): the whole content of
 * the pair, since the scheme has one quotation per pair of marks (PolNeAR often gives each sentence of a
 * long quotation its own attribution, or leaves a sentence out).</li>
 * <li>Trimmed by the scheme: no marks, no outer white space, no comma or full stop at the end, no transcript
 * label ("PENCE: ...", GUIDELINES H28; PolNeAR's Content leaves it out too).</li>
 * <li>The speaker mention is a Source over the Source span of the attribution whose Content covers most
 * of the pair (from its first to its last fragment: the scheme's spans are continuous); its speaker note
 * is that Source's text as written (fragments joined by a space; PolNeAR has no canonical names). An
 * {@code Attribution-no-source} gives a quotation without speaker.</li>
 * </ul>
 * Only Quotation and Source are written: PolNeAR has no entities or numeric claims.
 */
public final class PolnearImporter {

    private PolnearImporter() {
    }

    /**
     * The articles of a PolNeAR split ({@code DIR/text/ID.txt}, {@code DIR/attributions/ID_ANNOTATOR.ann})
     * by id, except those whose id is in {@code excluded}: their files are not read.
     */
    public static List<XmiGoldImporter.Imported> read(Path dir, Set<String> excluded) throws IOException {
        Path attributions = dir.resolve("attributions");
        if (!Files.isDirectory(attributions) || !Files.isDirectory(dir.resolve("text"))) {
            throw new IOException(dir + ": not a PolNeAR split (it needs text/ and attributions/)");
        }
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String base = ann.getFileName().toString();
                base = base.substring(0, base.length() - 4);
                int us = base.lastIndexOf('_');
                if (us < 0) {
                    throw new IOException(ann + ": expected ARTICLE_ANNOTATOR.ann");
                }
                String article = base.substring(0, us);
                if (!excluded.contains(article)) {
                    chosen.putIfAbsent(article, ann); // sorted: the first annotator alphabetically
                }
            }
        }
        List<XmiGoldImporter.Imported> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : chosen.entrySet()) {
            Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                throw new IOException("no text for attribution file " + e.getValue() + ": expected " + txt);
            }
            String text;
            try {
                text = TextDecoder.decode(Files.readAllBytes(txt));
            } catch (TextDecoder.MalformedTextException x) {
                throw new IOException(txt + ": " + x.getMessage(), x);
            }
            String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            out.add(new XmiGoldImporter.Imported(e.getValue().toString(), e.getKey(),
                    convert(text, ann, e.getValue().toString())));
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
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String id = t.split("\\s+")[0];
            out.add(id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id);
        }
        return out;
    }

    /**
     * The gold of one article: its quotations with speaker and speaker mention.
     *
     * @param file the attribution file, for error messages
     * @throws IOException for a line that is no brat standoff, offsets outside the text, or an event
     *             argument naming no span, with file and line
     */
    public static BratDocument convert(String text, String ann, String file) throws IOException {
        int[] cps = text.codePoints().toArray();
        BratAnnotations brat = BratParser.parseStandoff(ann);
        if (!brat.syntaxErrors.isEmpty()) {
            BratAnnotations.SyntaxError first = brat.syntaxErrors.get(0);
            throw new IOException(file + ":" + first.line() + ": " + first.problem());
        }
        Map<String, List<BratAnnotations.Fragment>> spans = new HashMap<>();
        for (BratAnnotations.TextBound t : brat.textBounds) {
            spans.put(t.id(), checked(List.of(new BratAnnotations.Fragment(t.begin(), t.end())), cps, file, t.line()));
        }
        for (BratAnnotations.Fragmented t : brat.fragmented) {
            spans.put(t.id(), checked(t.fragments(), cps, file, t.line()));
        }
        List<int[]> pairs = markPairs(QuotationMarks.withTwoCharacterMarks(cps));
        // for each pair of marks: the attribution whose Content covers most of it (the first of equals)
        Map<Integer, int[]> best = new TreeMap<>(); // pair index -> {covered code points, attribution index}
        List<List<BratAnnotations.Fragment>> sources = new ArrayList<>();
        for (BratAnnotations.Event event : brat.events) {
            List<BratAnnotations.Fragment> source = List.of();
            List<BratAnnotations.Fragment> content = new ArrayList<>();
            for (BratAnnotations.Argument argument : event.arguments()) {
                List<BratAnnotations.Fragment> fragments = spans.get(argument.target());
                if (fragments == null) {
                    throw new IOException(file + ":" + event.line() + ": " + event.id() + " names " + argument.target()
                            + ", which no span line defines");
                }
                if (argument.role().equals("Source")) {
                    source = fragments;
                } else if (argument.role().startsWith("Content")) {
                    content.addAll(fragments);
                }
            }
            int attribution = sources.size();
            sources.add(source);
            for (int p = 0; p < pairs.size(); p++) {
                int inBegin = pairs.get(p)[0] + 1;
                int inEnd = pairs.get(p)[1];
                int covered = 0;
                for (BratAnnotations.Fragment f : content) {
                    int b = Math.max(f.begin(), inBegin);
                    int e = Math.min(f.end(), inEnd);
                    if (e > b && hasWord(cps, b, e)) {
                        covered += e - b;
                    }
                }
                if (covered > 0 && (!best.containsKey(p) || covered > best.get(p)[0])) {
                    best.put(p, new int[] {covered, attribution});
                }
            }
        }
        List<BratDocument.Span> out = new ArrayList<>();
        Map<String, BratDocument.Span> sourceSpans = new LinkedHashMap<>();
        for (Map.Entry<Integer, int[]> e : best.entrySet()) {
            int[] pair = pairs.get(e.getKey());
            int[] trimmed = trim(cps, pair[0] + 1, pair[1]);
            String content = new String(cps, trimmed[0], trimmed[1] - trimmed[0]);
            trimmed[0] += content.codePointCount(0, TranscriptLabels.length(content)); // H28: the label is outside
            if (trimmed[1] <= trimmed[0] || !hasWord(cps, trimmed[0], trimmed[1])) {
                continue;
            }
            List<BratAnnotations.Fragment> source = sources.get(e.getValue()[1]);
            BratDocument.Span mention = null;
            Map<String, String> notes = Map.of();
            if (!source.isEmpty()) {
                int b = source.stream().mapToInt(BratAnnotations.Fragment::begin).min().getAsInt();
                int en = source.stream().mapToInt(BratAnnotations.Fragment::end).max().getAsInt();
                mention = sourceSpans.computeIfAbsent(b + ":" + en,
                        k -> new BratDocument.Span(Labels.SOURCE, b, en, Map.of(), Map.of(), null));
                notes = Map.of(Labels.SPEAKER, covered(cps, source));
            }
            out.add(new BratDocument.Span(Labels.QUOTATION, trimmed[0], trimmed[1], Map.of(), notes, mention));
        }
        out.addAll(sourceSpans.values());
        out.sort(BratDocument.ORDER);
        return new BratDocument(text, List.copyOf(out));
    }

    private static List<BratAnnotations.Fragment> checked(List<BratAnnotations.Fragment> fragments, int[] cps, String file,
            int line) throws IOException {
        for (BratAnnotations.Fragment f : fragments) {
            if (f.begin() < 0 || f.end() > cps.length || f.begin() > f.end()) {
                throw new IOException(file + ":" + line + ": offsets " + f.begin() + "-" + f.end() + " outside the text ("
                        + cps.length + " code points)");
            }
        }
        return fragments;
    }

    /**
     * The outermost pairs of quotation marks of a text, line by line: “ with the next ” (a ” at a word
     * start after a space also opens: a common typo), " with the next ", ‘ at a word start with the next
     * ’ that ends a word. A double mark of the other kind closes an open one where no mark of its own kind
     * is open and it ends a word (“no evidence" yet, "more hours” before, 51 percent.“ at a line's end):
     * the scheme pairs marks, not typefaces. Each pair is {opening mark, closing mark}; a mark left open
     * runs to the end of its line. A pair inside another pair is a nested quotation and not listed.
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
            if ((c == '"' || c == '\u201C') && curly >= 0 && straight < 0 && endsWord(cps, i, b, e)) {
                out.add(new int[] {curly, i});
                curly = -1;
            } else if (c == '\u201D' && curly < 0 && straight >= 0 && endsWord(cps, i, b, e)) {
                out.add(new int[] {straight, i});
                straight = -1;
            } else if (c == '"') {
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

    /** A mark at {@code i} that ends a word: no space before it; a space, punctuation or the line's end after. */
    private static boolean endsWord(int[] cps, int i, int b, int e) {
        boolean after = i + 1 >= e || !Character.isLetterOrDigit(cps[i + 1]);
        return i > b && !isSpace(cps[i - 1]) && after;
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

    /** The text of a span's fragments, joined by a space, on one line. */
    private static String covered(int[] cps, List<BratAnnotations.Fragment> fragments) {
        StringBuilder sb = new StringBuilder();
        for (BratAnnotations.Fragment f : fragments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(new String(cps, f.begin(), f.end() - f.begin()));
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
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
