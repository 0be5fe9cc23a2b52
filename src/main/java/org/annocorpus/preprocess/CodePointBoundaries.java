package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Moves every token and sentence boundary that falls between the two UTF-16 halves of a character
 * outside the Basic Multilingual Plane (an emoji) to the end of that character. OpenNLP's tokenizer
 * cuts inside such pairs next to curly quotes ("“😀”"); a token holding half a character gives POS
 * and lemma strings with a lone surrogate, which XML cannot hold, and the document could not be written.
 * A piece left empty by the move is removed. Runs right after the segmenter.
 */
@ResourceMetaData(name = "Code point boundaries")
@TypeCapability(
        inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" })
public class CodePointBoundaries extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || !hasSurrogates(text)) {
            return;
        }
        repair(text, new ArrayList<>(select(jcas, Token.class)));
        repair(text, new ArrayList<>(select(jcas, Sentence.class)));
    }

    private static void repair(String text, List<? extends Annotation> annotations) {
        for (Annotation a : annotations) {
            int begin = snap(text, a.getBegin());
            int end = snap(text, a.getEnd());
            if (begin == a.getBegin() && end == a.getEnd()) {
                continue;
            }
            // begin and end are index keys: the annotation leaves the indexes while they change
            a.removeFromIndexes();
            if (begin < end) {
                a.setBegin(begin);
                a.setEnd(end);
                a.addToIndexes();
            }
        }
    }

    /** The offset itself when it is a code-point boundary, else the offset after the low surrogate. */
    static int snap(String text, int offset) {
        if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset))) {
            return offset + 1;
        }
        return offset;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
