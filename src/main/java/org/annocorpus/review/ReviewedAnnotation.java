package org.annocorpus.review;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Features;
import org.annocorpus.eval.ScoringError;

/**
 * One gold or system annotation of a reviewed document, with the scorer's verdict on it.
 *
 * @param id unique in its document: {@code g0, g1, ...} for gold, {@code s0, ...} for system
 * @param begin UTF-16 offset, as in the CAS (for rendering); {@code cpBegin}, {@code cpEnd}: code points, as
 *        in gold files (for display)
 * @param error what is wrong with it (from the strict pairing, or an attribute of an exact pair); null if
 *        it is correct
 * @param partner the id of the annotation it is paired with on the other side, or null
 * @param detail for an attribute error, which attributes differ
 * @param scored false for gold of a layer shown only for reading (the system output has none of it)
 */
public record ReviewedAnnotation(String id, boolean gold, Layer layer, String type, int begin, int end, int cpBegin,
        int cpEnd, String text, Features features, ScoringError.Kind error, String partner, String detail,
        boolean scored) {

    /** The verdict as the pages name it: "correct", an error kind's label, or "unscored". */
    public String status() {
        return !scored ? UNSCORED : error == null ? "correct" : error.label();
    }

    public static final String UNSCORED = "unscored";

    ReviewedAnnotation withVerdict(ScoringError.Kind newError, String newPartner, String newDetail) {
        return new ReviewedAnnotation(id, gold, layer, type, begin, end, cpBegin, cpEnd, text, features, newError,
                newPartner, newDetail, scored);
    }
}
