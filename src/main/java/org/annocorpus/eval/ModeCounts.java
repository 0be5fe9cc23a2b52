package org.annocorpus.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SemEval-2013 counts of one layer under one mode: COR, INC, PAR, MIS, SPU, and per type the counts of
 * {@link TypeCounts}. POSSIBLE = COR + INC + PAR + MIS (the gold annotations), ACTUAL = COR + INC + PAR +
 * SPU (the system annotations); a match is COR, or half of a PAR.
 */
public final class ModeCounts {

    private final Mode mode;
    private final EnumMap<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private final TreeMap<String, TypeCounts> types = new TreeMap<>();

    public ModeCounts(Mode mode) {
        this.mode = mode;
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, 0L);
        }
    }

    public Mode mode() {
        return mode;
    }

    public long count(Outcome outcome) {
        return outcomes.get(outcome);
    }

    public long possible() {
        return count(Outcome.COR) + count(Outcome.INC) + count(Outcome.PAR) + count(Outcome.MIS);
    }

    public long actual() {
        return count(Outcome.COR) + count(Outcome.INC) + count(Outcome.PAR) + count(Outcome.SPU);
    }

    /** COR + PAR / 2. */
    public double matches() {
        return count(Outcome.COR) + count(Outcome.PAR) / 2.0;
    }

    /** Micro-averaged: every annotation weighs the same. */
    public Prf micro() {
        return Prf.of(matches(), actual(), matches(), possible());
    }

    /** Macro-averaged: the mean of the per-type precisions, recalls and F1 scores. */
    public Prf macro() {
        return Prf.mean(types.values().stream().map(TypeCounts::prf).toList());
    }

    /** Per type, every type seen in gold or system output, sorted by name. */
    public SortedMap<String, TypeCounts> types() {
        return Collections.unmodifiableSortedMap(types);
    }

    void pair(Span gold, Span system) {
        Outcome outcome = mode.outcome(gold, system);
        increment(outcome);
        int credit = mode.credit(gold, system);
        TypeCounts goldType = type(gold.type());
        goldType.gold++;
        goldType.goldCredit += credit;
        TypeCounts systemType = type(system.type());
        systemType.system++;
        systemType.systemCredit += credit;
    }

    void missed(Span gold) {
        increment(Outcome.MIS);
        type(gold.type()).gold++;
    }

    void spurious(Span system) {
        increment(Outcome.SPU);
        type(system.type()).system++;
    }

    void add(ModeCounts other, long times) {
        for (Map.Entry<Outcome, Long> e : other.outcomes.entrySet()) {
            outcomes.merge(e.getKey(), e.getValue() * times, Long::sum);
        }
        for (Map.Entry<String, TypeCounts> e : other.types.entrySet()) {
            type(e.getKey()).add(e.getValue(), times);
        }
    }

    private void increment(Outcome outcome) {
        outcomes.merge(outcome, 1L, Long::sum);
    }

    private TypeCounts type(String type) {
        return types.computeIfAbsent(type, t -> new TypeCounts());
    }
}
