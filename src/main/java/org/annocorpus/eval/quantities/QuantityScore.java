package org.annocorpus.eval.quantities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Value-level scoring as the CQE evaluation ({@code evaluate_models.py}, {@code calculate_metrics}) does
 * it, sentence by sentence: gold and system quantities are sorted by unit; each gold quantity walks the
 * system quantities; every value match counts as a correct value while the sentence still has gold
 * quantities left to count; a match whose unit agrees also counts as value+unit, uses up that system
 * quantity and ends the walk. Precision is over all system quantities, recall over all gold ones.
 */
public final class QuantityScore {

    /** A quantity in the scheme's terms: its value (or range) and unit. */
    public record Quantity(Value value, String unit) {
    }

    private int gold;
    private int system;
    private int correctValue;
    private int correctUnit;

    /** Scores one sentence; returns the gold quantities whose value no system quantity had. */
    public List<Quantity> add(List<Quantity> goldQuantities, List<Quantity> systemQuantities) {
        gold += goldQuantities.size();
        system += systemQuantities.size();
        List<Quantity> tags = new ArrayList<>(systemQuantities);
        tags.sort(Comparator.comparing(Quantity::unit));
        List<Quantity> sortedGold = new ArrayList<>(goldQuantities);
        sortedGold.sort(Comparator.comparing(Quantity::unit));
        int budget = goldQuantities.size();
        List<Quantity> missed = new ArrayList<>();
        for (Quantity g : sortedGold) {
            boolean found = false;
            for (Quantity t : tags) {
                if (!g.value().matches(t.value())) {
                    continue;
                }
                found = true;
                if (budget > 0) {
                    correctValue++;
                    budget--;
                }
                if (t.unit().equals(g.unit())) {
                    correctUnit++;
                    tags.remove(t);
                    break;
                }
            }
            if (!found) {
                missed.add(g);
            }
        }
        return missed;
    }

    /** Adds another score's counts (a total over several sets). */
    public void addAll(QuantityScore other) {
        gold += other.gold;
        system += other.system;
        correctValue += other.correctValue;
        correctUnit += other.correctUnit;
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    public int correctValue() {
        return correctValue;
    }

    public int correctUnit() {
        return correctUnit;
    }

    public double precision(int correct) {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall(int correct) {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1(int correct) {
        double p = precision(correct);
        double r = recall(correct);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unit agreement: the share of value matches whose unit agrees too. */
    public double unitAgreement() {
        return correctValue == 0 ? 0 : (double) correctUnit / correctValue;
    }
}
