package org.annocorpus.eval;

import java.util.EnumMap;

/** All counts of one layer, for one document or summed over many: each mode, and the attributes. */
public final class LayerCounts {

    private final EnumMap<Mode, ModeCounts> modes = new EnumMap<>(Mode.class);
    private final AttributeCounts attributes = new AttributeCounts();

    public LayerCounts() {
        for (Mode mode : Mode.values()) {
            modes.put(mode, new ModeCounts(mode));
        }
    }

    public ModeCounts mode(Mode mode) {
        return modes.get(mode);
    }

    public AttributeCounts attributes() {
        return attributes;
    }

    /** Adds {@code other} {@code times} times (the bootstrap draws a document several times). */
    public void add(LayerCounts other, long times) {
        for (Mode mode : Mode.values()) {
            modes.get(mode).add(other.modes.get(mode), times);
        }
        attributes.add(other.attributes, times);
    }
}
