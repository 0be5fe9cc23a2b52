package org.annocorpus.conll;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

/**
 * Finds the spans that the token-level CoNLL projection ({@link BioEncoder}, one sentence at a time)
 * cannot keep as they are: a span that begins or ends inside a token is widened to whole tokens, one
 * that crosses a sentence end becomes one span per sentence, one that shares a token with the span
 * before it is merged into it, and one over no token of any sentence is lost.
 */
public final class ProjectionCheck {

    /** One span the projection changes; offsets in code points (as in gold files), {@code change} says what happens. */
    public record Adjustment(String layer, String type, int begin, int end, String text, String change) {

        public String describe(String documentId) {
            return documentId + ": " + layer + " " + type + " [" + begin + "," + end + ") '" + text + "' " + change;
        }
    }

    private ProjectionCheck() {
    }

    public static List<Adjustment> check(JCas jcas) {
        Map<Token, Integer> sentenceOf = new IdentityHashMap<>();
        int s = 0;
        for (Sentence sentence : select(jcas, Sentence.class)) {
            for (Token token : selectCovered(Token.class, sentence)) {
                sentenceOf.putIfAbsent(token, s);
            }
            s++;
        }
        List<Token> tokens = select(jcas, Token.class).stream().filter(sentenceOf::containsKey).toList();
        // tokens come sorted by begin; reach[i], the furthest end of tokens 0..i, lets a span find its first
        // token by binary search, so the check is not spans × tokens (minutes on a 1 MB document)
        int[] reach = new int[tokens.size()];
        for (int i = 0; i < reach.length; i++) {
            reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], tokens.get(i).getEnd());
        }
        List<Adjustment> adjustments = new ArrayList<>();
        CodePointOffsets cp = new CodePointOffsets(jcas.getDocumentText());
        for (Layer layer : Layer.values()) {
            Map<Token, Annotation> owner = new IdentityHashMap<>();
            for (Annotation span : select(jcas, layer.uimaType())) {
                List<Token> covered = covered(tokens, reach, span);
                String change = change(span, covered, sentenceOf, owner);
                if (change != null) {
                    adjustments.add(new Adjustment(layer.id(), layer.typeOf(span), cp.toCodePoints(span.getBegin()),
                            cp.toCodePoints(span.getEnd()),
                            span.getCoveredText(), change));
                }
                covered.forEach(t -> owner.putIfAbsent(t, span));
            }
        }
        return adjustments;
    }

    /** The tokens that overlap {@code span}, in order. */
    static List<Token> covered(List<Token> tokens, int[] reach, Annotation span) {
        int low = 0;
        int high = reach.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (reach[mid] > span.getBegin()) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        List<Token> covered = new ArrayList<>();
        for (int i = low; i < tokens.size() && tokens.get(i).getBegin() < span.getEnd(); i++) {
            if (tokens.get(i).getEnd() > span.getBegin()) {
                covered.add(tokens.get(i));
            }
        }
        return covered;
    }

    private static String change(Annotation span, List<Token> covered, Map<Token, Integer> sentenceOf,
            Map<Token, Annotation> owner) {
        if (covered.isEmpty()) {
            return "lost: it covers no token of any sentence";
        }
        Annotation earlier = covered.stream().map(owner::get).filter(a -> a != null).findFirst().orElse(null);
        if (earlier != null) {
            return "merged: it shares a token with '" + earlier.getCoveredText() + "'";
        }
        long sentences = covered.stream().map(sentenceOf::get).distinct().count();
        if (sentences > 1) {
            return "split: it crosses a sentence end and becomes " + sentences + " spans";
        }
        Token first = covered.get(0);
        Token last = covered.get(covered.size() - 1);
        if (first.getBegin() != span.getBegin() || last.getEnd() != span.getEnd()) {
            String text = span.getCAS().getDocumentText().substring(first.getBegin(), last.getEnd());
            return "widened: it begins or ends inside a token and becomes '" + text + "'";
        }
        return null;
    }
}
