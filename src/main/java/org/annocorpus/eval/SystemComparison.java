package org.annocorpus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.stats.ApproximateRandomisation;

/**
 * Whether two systems scored on the same gold differ significantly: a paired approximate randomisation
 * test over documents for the micro and macro F1 of every layer and mode both were scored on.
 */
public final class SystemComparison {

    /** One figure: both systems' F1, their difference (A - B) and its two-sided p-value. */
    public record Row(F1Key key, double f1A, double f1B, double p) {
        public double difference() {
            return f1A - f1B;
        }
    }

    public record Result(String systemA, String systemB, int documents, List<Row> rows, int samples, long seed,
            boolean exhaustive) {
    }

    private SystemComparison() {
    }

    /** @throws IllegalArgumentException when the two were not scored on the same gold documents */
    public static Result compare(Evaluation a, Evaluation b, int samples, long seed) {
        List<String> idsA = a.documents().stream().map(Evaluation.DocumentCounts::id).toList();
        List<String> idsB = b.documents().stream().map(Evaluation.DocumentCounts::id).toList();
        if (!idsA.equals(idsB)) {
            throw new IllegalArgumentException("the two systems were not scored on the same gold documents");
        }
        List<Layer> layers = a.layers().stream().filter(b.layers()::contains).toList();
        List<F1Key> keys = F1Key.all(a.totals(), layers, false);
        int n = idsA.size();
        ApproximateRandomisation.Result test = ApproximateRandomisation.run(n, samples, seed, swapped -> {
            List<Evaluation.DocumentCounts> left = new ArrayList<>(n);
            List<Evaluation.DocumentCounts> right = new ArrayList<>(n);
            for (int d = 0; d < n; d++) {
                left.add((swapped[d] ? b : a).documents().get(d));
                right.add((swapped[d] ? a : b).documents().get(d));
            }
            double[] f1Left = F1Key.values(Evaluation.sum(left, layers), keys);
            double[] f1Right = F1Key.values(Evaluation.sum(right, layers), keys);
            double[] differences = new double[keys.size()];
            for (int k = 0; k < differences.length; k++) {
                differences[k] = f1Left[k] - f1Right[k];
            }
            return differences;
        });
        Map<Layer, LayerCounts> totalsA = a.totals();
        Map<Layer, LayerCounts> totalsB = b.totals();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            rows.add(new Row(keys.get(k), keys.get(k).valueIn(totalsA), keys.get(k).valueIn(totalsB), test.p()[k]));
        }
        return new Result(a.system(), b.system(), n, rows, test.samples(), seed, test.exhaustive());
    }
}
