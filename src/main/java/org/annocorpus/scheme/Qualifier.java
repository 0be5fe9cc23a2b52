package org.annocorpus.scheme;

import java.util.Arrays;
import java.util.List;

/** The scheme's qualifiers of a numeric claim, in the scheme's order; the label is the constant's name. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST;

    private static final List<String> LABELS = Arrays.stream(values()).map(Enum::name).toList();

    /** The labels in the scheme's order, for messages and checks. */
    public static List<String> labels() {
        return LABELS;
    }

    public static boolean isLabel(String label) {
        return LABELS.contains(label);
    }

    /** The scheme reads a missing qualifier as {@link #EXACT}, in gold and system output alike. */
    public static String orDefault(String qualifier) {
        return qualifier == null || qualifier.isEmpty() ? EXACT.name() : qualifier;
    }
}
