package org.annocorpus.eval;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gold type against system type over the pairs of the strict pairing (overlapping spans, paired one to one,
 * same boundaries preferred), with {@link #NONE} for a gold annotation without partner (column) and a
 * system annotation without partner (row).
 */
public final class ConfusionMatrix {

    public static final String NONE = "(none)";

    private final TreeMap<String, TreeMap<String, Long>> cells = new TreeMap<>();

    void add(String goldType, String systemType, long count) {
        cells.computeIfAbsent(goldType, k -> new TreeMap<>()).merge(systemType, count, Long::sum);
    }

    public void addAll(ConfusionMatrix other) {
        other.cells.forEach((gold, row) -> row.forEach((system, n) -> add(gold, system, n)));
    }

    public long count(String goldType, String systemType) {
        Map<String, Long> row = cells.get(goldType);
        return row == null ? 0 : row.getOrDefault(systemType, 0L);
    }

    /** Row labels: gold types, then {@link #NONE} if any system annotation was unpaired. */
    public SortedSet<String> goldTypes() {
        return withNoneLast(cells.keySet());
    }

    /** Column labels: system types, then {@link #NONE}. */
    public SortedSet<String> systemTypes() {
        TreeSet<String> types = new TreeSet<>();
        cells.values().forEach(row -> types.addAll(row.keySet()));
        return withNoneLast(types);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public SortedMap<String, ? extends Map<String, Long>> cells() {
        return Collections.unmodifiableSortedMap(cells);
    }

    private static SortedSet<String> withNoneLast(Set<String> labels) {
        TreeSet<String> sorted = new TreeSet<>((a, b) -> a.equals(b) ? 0 : a.equals(NONE) ? 1 : b.equals(NONE) ? -1
                : a.compareTo(b));
        sorted.addAll(labels);
        return sorted;
    }
}
