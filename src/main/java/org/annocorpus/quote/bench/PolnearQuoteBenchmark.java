package org.annocorpus.quote.bench;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annocorpus.quote.bench.PolnearGold.Article;
import org.annocorpus.quote.bench.PolnearGold.Quote;
import org.annocorpus.type.Quotation;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Scores quotation extractors on PolNeAR: gold from {@link PolnearGold}, system output from the XMI that
 * {@code corpus annotate} wrote. Prints, per system: quotation spans (strict: same begin and end; overlap:
 * one-to-one matching of overlapping spans), and on the strictly matched quotations the speaker mention
 * (exact: the system's SourceMention equals the gold Source span; overlap: it overlaps it; a quotation
 * without a gold source agrees when the system gives no speaker either).
 *
 * <p>Usage: {@code PolnearQuoteBenchmark DATA_DIR NAME=XMI_DIR... [--gold-out DIR] [--exclude FILE]} where
 * DATA_DIR holds {@code text/} and {@code attributions/}; {@code --gold-out} writes the converted gold as
 * brat files; {@code --exclude} names articles (one a line, as {@code /work/wt/split-test.txt} lists them)
 * that are neither read nor scored: held-out test articles.
 */
public final class PolnearQuoteBenchmark {

    /** A system quotation in code points, with its mention (null when the speaker is empty). */
    record SysQuote(int begin, int end, int[] mention, String speaker) {
    }

    /** Counts of one system. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int overlapTp;
        int matched;
        int goldWithSource;
        int mentionExact;
        int mentionOverlap;
        int noSourceAgree;
        int noSourceTotal;
        int missingDocs;

        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private PolnearQuoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PolnearQuoteBenchmark DATA_DIR NAME=XMI_DIR... [--gold-out DIR] [--exclude FILE]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Map<String, Path> systems = new LinkedHashMap<>();
        Path goldOut = null;
        java.util.Set<String> excluded = java.util.Set.of();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--gold-out") && i + 1 < args.length) {
                goldOut = Path.of(args[++i]);
            } else if (args[i].equals("--exclude") && i + 1 < args.length) {
                excluded = PolnearGold.excludedIds(Path.of(args[++i]));
            } else if (args[i].contains("=")) {
                systems.put(args[i].substring(0, args[i].indexOf('=')), Path.of(args[i].substring(args[i].indexOf('=') + 1)));
            } else {
                System.err.println("error: expected NAME=XMI_DIR, got " + args[i]);
                System.exit(2);
            }
        }
        List<Article> gold = PolnearGold.load(data, excluded);
        if (goldOut != null) {
            writeGold(gold, goldOut);
        }
        int quotes = gold.stream().mapToInt(a -> a.quotes().size()).sum();
        int withSource = gold.stream().mapToInt(a -> (int) a.quotes().stream().filter(q -> !q.source().isEmpty()).count()).sum();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "PolNeAR %s%s: %d articles (one annotator each, first alphabetically), %d gold quotations"
                + " (%d with a source)%n%n", data.getFileName(),
                excluded.isEmpty() ? "" : " minus " + excluded.size() + " excluded articles", gold.size(), quotes, withSource);
        out.printf(Locale.ROOT, "%-16s %6s %6s %6s | %6s %6s %6s | %7s | %9s %9s %9s%n", "system", "P", "R", "F1",
                "ovl-P", "ovl-R", "ovl-F1", "matched", "mention=", "mention~", "no-src");
        JCas jcas = JCasFactory.createJCas();
        for (Map.Entry<String, Path> system : systems.entrySet()) {
            Score s = new Score();
            for (Article article : gold) {
                Path xmi = system.getValue().resolve(article.id() + ".xmi");
                List<SysQuote> predicted;
                if (Files.exists(xmi)) {
                    predicted = read(jcas, xmi, article);
                } else {
                    predicted = List.of();
                    s.missingDocs++;
                }
                score(article, predicted, s);
            }
            double op = s.overlapTp == 0 ? 0 : (double) s.overlapTp / (s.tp + s.fp);
            double or = s.overlapTp == 0 ? 0 : (double) s.overlapTp / (s.tp + s.fn);
            out.printf(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %7d | %9s %9s %9s%n", system.getKey(),
                    s.p(), s.r(), Score.f(s.p(), s.r()), op, or, Score.f(op, or), s.matched,
                    ratio(s.mentionExact, s.goldWithSource), ratio(s.mentionOverlap, s.goldWithSource),
                    ratio(s.noSourceAgree, s.noSourceTotal));
            if (s.missingDocs > 0) {
                out.printf(Locale.ROOT, "  (%s: %d articles had no XMI and count as empty)%n", system.getKey(), s.missingDocs);
            }
        }
        out.println();
        out.println("P/R/F1: strict spans. ovl-: overlapping spans, matched one to one. On strictly matched quotations:");
        out.println("mention= the speaker mention equals the gold Source span; mention~ it overlaps it (both over the");
        out.println("matched quotations that have a gold source); no-src: no speaker where the gold has no source.");
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    static void score(Article article, List<SysQuote> predicted, Score s) {
        List<Quote> gold = article.quotes();
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] sysUsed = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            Quote gq = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                SysQuote sq = predicted.get(p);
                if (!sysUsed[p] && sq.begin() == gq.begin() && sq.end() == gq.end()) {
                    goldUsed[g] = true;
                    sysUsed[p] = true;
                    s.tp++;
                    s.matched++;
                    if (gq.source().isEmpty()) {
                        s.noSourceTotal++;
                        if (sq.mention() == null) {
                            s.noSourceAgree++;
                        }
                    } else {
                        s.goldWithSource++;
                        if (sq.mention() != null && exact(sq.mention(), gq.source())) {
                            s.mentionExact++;
                        }
                        if (sq.mention() != null && overlaps(sq.mention(), gq.source())) {
                            s.mentionOverlap++;
                        }
                    }
                    break;
                }
            }
        }
        for (boolean used : goldUsed) {
            if (!used) {
                s.fn++;
            }
        }
        for (boolean used : sysUsed) {
            if (!used) {
                s.fp++;
            }
        }
        // overlap matching, one to one, strict matches first
        boolean[] gOv = goldUsed.clone();
        boolean[] sOv = sysUsed.clone();
        for (boolean used : goldUsed) {
            if (used) {
                s.overlapTp++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (gOv[g]) {
                continue;
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!sOv[p] && predicted.get(p).begin() < gold.get(g).end() && gold.get(g).begin() < predicted.get(p).end()) {
                    gOv[g] = true;
                    sOv[p] = true;
                    s.overlapTp++;
                    break;
                }
            }
        }
    }

    private static boolean exact(int[] mention, List<int[]> source) {
        int b = source.stream().mapToInt(f -> f[0]).min().orElse(-1);
        int e = source.stream().mapToInt(f -> f[1]).max().orElse(-1);
        if (mention[0] == b && mention[1] == e) {
            return true;
        }
        return source.stream().anyMatch(f -> f[0] == mention[0] && f[1] == mention[1]);
    }

    private static boolean overlaps(int[] mention, List<int[]> source) {
        return source.stream().anyMatch(f -> mention[0] < f[1] && f[0] < mention[1]);
    }

    static List<SysQuote> read(JCas jcas, Path xmi, Article article) throws IOException {
        jcas.reset();
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas(), true);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(xmi + ": not readable XMI: " + e.getMessage(), e);
        }
        String text = jcas.getDocumentText();
        if (!text.equals(article.text())) {
            throw new IOException(xmi + ": its text differs from " + article.id() + ".txt");
        }
        CodePointOffsets cp = new CodePointOffsets(text);
        List<SysQuote> out = new ArrayList<>();
        for (Quotation q : select(jcas, Quotation.class)) {
            Annotation m = q.getSpeakerMention();
            String speaker = q.getSpeaker() == null ? "" : q.getSpeaker();
            int[] mention = m == null || speaker.isEmpty() ? null
                    : new int[] {cp.toCodePoints(m.getBegin()), cp.toCodePoints(m.getEnd())};
            out.add(new SysQuote(cp.toCodePoints(q.getBegin()), cp.toCodePoints(q.getEnd()), mention, speaker));
        }
        return out;
    }

    /** The converted gold as brat files of the project's scheme (Quotation, Source, speakerMention). */
    static void writeGold(List<Article> gold, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Article a : gold) {
            int[] cps = a.text().codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            int t = 0;
            int r = 0;
            for (Quote q : a.quotes()) {
                int qid = ++t;
                sb.append('T').append(qid).append("\tQuotation ").append(q.begin()).append(' ').append(q.end()).append('\t')
                        .append(new String(cps, q.begin(), q.end() - q.begin()).replace('\n', ' ')).append('\n');
                if (!q.source().isEmpty()) {
                    int sid = ++t;
                    int b = q.source().stream().mapToInt(f -> f[0]).min().getAsInt();
                    int e = q.source().stream().mapToInt(f -> f[1]).max().getAsInt();
                    sb.append('T').append(sid).append("\tSource ").append(b).append(' ').append(e).append('\t')
                            .append(new String(cps, b, e - b).replace('\n', ' ')).append('\n');
                    sb.append('R').append(++r).append("\tspeakerMention Arg1:T").append(qid).append(" Arg2:T").append(sid)
                            .append('\n');
                }
            }
            String content = sb.toString();
            AtomicFiles.write(dir.resolve(a.id() + ".ann"), out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
            AtomicFiles.write(dir.resolve(a.id() + ".txt"), out -> out.write(a.text().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
