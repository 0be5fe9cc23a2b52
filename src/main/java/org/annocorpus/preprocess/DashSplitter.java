package org.annocorpus.preprocess;

import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;

/**
 * Cuts a dash written without spaces out of the token the tokenizer left whole ("Pate IV—a Tuscaloosa
 * tycoon", "them–the solution", "Ariz.--John"), so that the words on either side are tokens of their own:
 * otherwise a name ends in "IV—a" and a speaker is looked up as "Crist—the". An em dash, a horizontal bar
 * and a run of two or more hyphens are always cut; an en dash only where no digit touches it, since
 * "2015–16" is a range the numeric layer reads whole. Runs before the part-of-speech tagger, so that each
 * piece gets its own tag. Offsets stay those of the text.
 */
@ResourceMetaData(name = "Dash splitter")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class DashSplitter extends TokenSplitter_ImplBase {

    @Override
    protected int[] cuts(String text, int begin, int end) {
        int dash = nextDash(text, begin, end);
        if (dash < 0 || (dash == begin && dashEnd(text, begin, end) == end)) {
            return new int[0]; // no dash, or a dash that is a token already
        }
        java.util.List<Integer> cuts = new java.util.ArrayList<>();
        while (dash >= 0) {
            int dashEnd = dashEnd(text, dash, end);
            addInside(cuts, dash, begin, end);
            addInside(cuts, dashEnd, begin, end);
            dash = nextDash(text, dashEnd, end);
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addInside(java.util.List<Integer> cuts, int cut, int begin, int end) {
        if (cut > begin && cut < end && (cuts.isEmpty() || cuts.get(cuts.size() - 1) < cut)) {
            cuts.add(cut);
        }
    }

    /** The start of the first dash to cut in {@code [from, end)}, or -1. */
    private static int nextDash(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (dashLength(text, i, end) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the dash run starting at {@code i}. */
    private static int dashEnd(String text, int i, int end) {
        int j = i;
        int length;
        while (j < end && (length = dashLength(text, j, end)) > 0) {
            j += length;
        }
        return j;
    }

    /** The length of the dash starting at {@code i} that is to be cut out, or 0. */
    private static int dashLength(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\u2014' || c == '\u2015') {
            return 1;
        }
        if (c == '\u2013') {
            boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            return digitBefore || digitAfter ? 0 : 1;
        }
        if (c == '-') {
            // two or more hyphens in the text, even where the tokenizer cut between them ("Ariz.-" + "-John")
            int from = i;
            while (from > 0 && text.charAt(from - 1) == '-') {
                from--;
            }
            int to = i;
            while (to < text.length() && text.charAt(to) == '-') {
                to++;
            }
            return to - from >= 2 ? Math.min(to, end) - i : 0;
        }
        return 0;
    }
}
