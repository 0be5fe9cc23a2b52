package org.annocorpus.scheme;

import java.util.Arrays;
import java.util.List;

/** The scheme's named-entity types (CoNLL-2003's four), in the scheme's order; the label is the constant's name. */
public enum EntityType {
    PER, ORG, LOC, MISC;

    private static final List<String> LABELS = Arrays.stream(values()).map(Enum::name).toList();

    /** "PER", "ORG", "LOC", "MISC". */
    public static List<String> labels() {
        return LABELS;
    }

    public static boolean isLabel(String label) {
        return LABELS.contains(label);
    }
}
