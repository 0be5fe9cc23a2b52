package org.annocorpus.numeric;

/** The scheme's qualifiers of a numeric claim. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST
}
