package org.annocorpus.eval;

import java.util.Locale;

/**
 * What happened to an annotation under one scoring mode, as SemEval-2013 task 9.1 and nervaluate define it:
 * correct, incorrect, partial, missed (a gold annotation with no partner), spurious (a system annotation
 * with no partner).
 */
public enum Outcome {
    COR, INC, PAR, MIS, SPU;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
