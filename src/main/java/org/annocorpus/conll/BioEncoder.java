package org.annocorpus.conll;

import java.util.Collection;
import java.util.List;

import org.apache.uima.jcas.tcas.Annotation;

/**
 * Turns span annotations into one IOB2 tag per token: B- on the first token a span overlaps, I- on the
 * following ones, O elsewhere. A token overlapped by two spans takes the first (spans of one layer do
 * not overlap, so this only happens when a span ends inside a token).
 */
public final class BioEncoder {

    /** Gives the label of a span, e.g. the entity class, without the B-/I- prefix. */
    @FunctionalInterface
    public interface Labeller<A extends Annotation> {
        String label(A annotation);
    }

    private BioEncoder() {
    }

    public static <A extends Annotation> String[] encode(List<? extends Annotation> tokens, Collection<A> spans,
            Labeller<A> labeller) {
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        for (A span : spans) {
            boolean first = true;
            for (int i = firstTokenEndingAfter(tokens, span.getBegin()); i < tokens.size(); i++) {
                Annotation token = tokens.get(i);
                if (token.getBegin() >= span.getEnd()) {
                    break;
                }
                if (!"O".equals(tags[i])) {
                    first = false;
                    continue;
                }
                tags[i] = (first ? "B-" : "I-") + labeller.label(span);
                first = false;
            }
        }
        return tags;
    }

    private static int firstTokenEndingAfter(List<? extends Annotation> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).getEnd() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
