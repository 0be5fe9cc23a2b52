package org.annocorpus.ner.tagger;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Entity-level precision, recall and F1 (exact span and type), as conlleval counts them. */
public final class Scores {

    private Scores() {
    }

    /** F1 of {gold, predicted, correct} counts. */
    static double f1(int[] counts) {
        double p = counts[1] == 0 ? 0 : (double) counts[2] / counts[1];
        double r = counts[0] == 0 ? 0 : (double) counts[2] / counts[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Overall and per-type counts {gold, predicted, correct} of a tagger's output against gold documents. */
    public static Map<String, int[]> score(List<List<TaggedSentence>> gold, List<List<List<Span>>> predicted) {
        Map<String, int[]> counts = new TreeMap<>();
        counts.put("ALL", new int[3]);
        for (int d = 0; d < gold.size(); d++) {
            for (int s = 0; s < gold.get(d).size(); s++) {
                List<Span> g = gold.get(d).get(s).entities();
                List<Span> p = predicted.get(d).get(s);
                for (Span e : g) {
                    counts.get("ALL")[0]++;
                    counts.computeIfAbsent(e.type(), k -> new int[3])[0]++;
                }
                for (Span e : p) {
                    counts.get("ALL")[1]++;
                    counts.computeIfAbsent(e.type(), k -> new int[3])[1]++;
                    if (g.contains(e)) {
                        counts.get("ALL")[2]++;
                        counts.get(e.type())[2]++;
                    }
                }
            }
        }
        return counts;
    }

    /** "P R F1" in percent. */
    public static String format(int[] c) {
        double p = c[1] == 0 ? 0 : 100.0 * c[2] / c[1];
        double r = c[0] == 0 ? 0 : 100.0 * c[2] / c[0];
        return String.format("P %.2f R %.2f F1 %.2f", p, r, 100 * f1(c));
    }
}
