package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Base of the components that re-cut the tokenizer's tokens: each token is replaced by its pieces where
 * {@link #cuts} finds places to cut it, and left alone otherwise. Offsets stay those of the text.
 */
public abstract class TokenSplitter_ImplBase extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        for (Token token : new ArrayList<>(select(jcas, Token.class))) {
            int[] cuts = cuts(text, token.getBegin(), token.getEnd());
            if (cuts.length == 0) {
                continue;
            }
            token.removeFromIndexes();
            int start = token.getBegin();
            for (int cut : cuts) {
                new Token(jcas, start, cut).addToIndexes();
                start = cut;
            }
            new Token(jcas, start, token.getEnd()).addToIndexes();
        }
    }

    /**
     * Where the token {@code begin..end} is to be cut: ascending offsets strictly between its ends, none when
     * it stays whole.
     */
    protected abstract int[] cuts(String text, int begin, int end);
}
