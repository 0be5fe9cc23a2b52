package org.annocorpus.eval;

import java.util.EnumMap;

/** For each attribute: how many exact-matched pairs were compared, and in how many the attribute agreed. */
public final class AttributeCounts {

    private final EnumMap<Attribute, Long> compared = new EnumMap<>(Attribute.class);
    private final EnumMap<Attribute, Long> agreed = new EnumMap<>(Attribute.class);

    public long compared(Attribute attribute) {
        return compared.getOrDefault(attribute, 0L);
    }

    public long agreed(Attribute attribute) {
        return agreed.getOrDefault(attribute, 0L);
    }

    /** Share of compared pairs that agree; NaN when no pair was compared (shown as "—", never as a number). */
    public double accuracy(Attribute attribute) {
        long n = compared(attribute);
        return n == 0 ? Double.NaN : (double) agreed(attribute) / n;
    }

    void record(Attribute attribute, boolean agrees) {
        compared.merge(attribute, 1L, Long::sum);
        agreed.merge(attribute, agrees ? 1L : 0L, Long::sum);
    }

    void add(AttributeCounts other, long times) {
        other.compared.forEach((a, n) -> compared.merge(a, n * times, Long::sum));
        other.agreed.forEach((a, n) -> agreed.merge(a, n * times, Long::sum));
    }
}
