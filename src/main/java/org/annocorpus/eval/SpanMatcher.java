package org.annocorpus.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs gold and system annotations one to one, optimally for a {@link Mode}: a pairing of maximum credit
 * (full matches count 2, partial ones 1); among those, one with the most pairs (an overlapping pair that
 * is not a match is an INC or PAR rather than a MIS and a SPU, as in SemEval-2013); among those, one whose
 * pairs agree in more respects (same boundaries, same type, same features).
 *
 * <p>Spans pair only when they overlap, so the problem splits into the connected components of the
 * overlap graph; each is solved exactly with the {@link Hungarian} method. Each component is ordered
 * canonically ({@link Span#ORDER}) before it is solved: the result does not depend on the order in which
 * annotations were given.
 */
public final class SpanMatcher {

    /** Indices into the gold and the system list given to {@link #match}. */
    public record Pair(int gold, int system) {
    }

    /** Pairs sorted by gold span, and the indices left without a partner, in text order. */
    public record Matching(List<Pair> pairs, List<Integer> unmatchedGold, List<Integer> unmatchedSystem) {
    }

    /** Most a pair can add on the tie-breaking level: same boundaries 4, same type 2, same features 1. */
    private static final int MAX_AGREEMENT = 7;

    private SpanMatcher() {
    }

    public static Matching match(List<Span> gold, List<Span> system, Mode mode) {
        Components components = new Components(gold.size() + system.size());
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (gold.get(g).overlaps(system.get(s))) {
                    components.union(g, gold.size() + s);
                }
            }
        }
        Map<Integer, List<Integer>> goldByComponent = new TreeMap<>();
        Map<Integer, List<Integer>> systemByComponent = new TreeMap<>();
        for (int g = 0; g < gold.size(); g++) {
            goldByComponent.computeIfAbsent(components.find(g), k -> new ArrayList<>()).add(g);
        }
        for (int s = 0; s < system.size(); s++) {
            systemByComponent.computeIfAbsent(components.find(gold.size() + s), k -> new ArrayList<>()).add(s);
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : goldByComponent.entrySet()) {
            List<Integer> systemMembers = systemByComponent.get(entry.getKey());
            if (systemMembers != null) {
                pairs.addAll(solve(gold, entry.getValue(), system, systemMembers, mode));
            }
        }
        boolean[] goldPaired = new boolean[gold.size()];
        boolean[] systemPaired = new boolean[system.size()];
        for (Pair pair : pairs) {
            goldPaired[pair.gold()] = true;
            systemPaired[pair.system()] = true;
        }
        pairs.sort(Comparator.comparing((Pair p) -> gold.get(p.gold()), Span.ORDER)
                .thenComparing(p -> system.get(p.system()), Span.ORDER));
        return new Matching(pairs, unpaired(gold, goldPaired), unpaired(system, systemPaired));
    }

    private static List<Pair> solve(List<Span> gold, List<Integer> goldMembers, List<Span> system,
            List<Integer> systemMembers, Mode mode) {
        List<Integer> g = canonical(gold, goldMembers);
        List<Integer> s = canonical(system, systemMembers);
        boolean goldAsRows = g.size() <= s.size();
        List<Integer> rows = goldAsRows ? g : s;
        List<Integer> columns = goldAsRows ? s : g;
        Weights weights = new Weights(rows.size());
        long[][] matrix = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Span goldSpan = gold.get(goldAsRows ? rows.get(r) : columns.get(c));
                Span systemSpan = system.get(goldAsRows ? columns.get(c) : rows.get(r));
                matrix[r][c] = goldSpan.overlaps(systemSpan) ? weights.of(mode, goldSpan, systemSpan) : 0;
            }
        }
        int[] assigned = Hungarian.maximumWeightAssignment(matrix);
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < assigned.length; r++) {
            if (matrix[r][assigned[r]] > 0) {
                int row = rows.get(r);
                int column = columns.get(assigned[r]);
                pairs.add(goldAsRows ? new Pair(row, column) : new Pair(column, row));
            }
        }
        return pairs;
    }

    /**
     * Weights whose sums compare lexicographically (credit, then number of pairs, then agreement) however
     * the pairs add up: each level's unit is larger than what all pairs together can gain on the levels below.
     */
    private static final class Weights {
        private final long pairUnit;
        private final long creditUnit;

        Weights(int maxPairs) {
            pairUnit = Math.addExact(Math.multiplyExact((long) maxPairs, MAX_AGREEMENT), 1);
            creditUnit = Math.addExact(Math.multiplyExact((long) maxPairs, pairUnit + MAX_AGREEMENT), 1);
        }

        long of(Mode mode, Span gold, Span system) {
            int agreement = (gold.sameBounds(system) ? 4 : 0) + (gold.sameType(system) ? 2 : 0)
                    + (gold.features().sameScored(system.features()) ? 1 : 0);
            return mode.credit(gold, system) * creditUnit + pairUnit + agreement;
        }
    }

    private static List<Integer> canonical(List<Span> spans, List<Integer> members) {
        List<Integer> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((Integer i) -> spans.get(i), Span.ORDER).thenComparingInt(i -> i));
        return sorted;
    }

    private static List<Integer> unpaired(List<Span> spans, boolean[] paired) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!paired[i]) {
                indices.add(i);
            }
        }
        return canonical(spans, indices);
    }

    /** Union-find over gold and system indices. */
    private static final class Components {
        private final int[] parent;

        Components(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
