package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.preprocess.internal.Abbreviations;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Joins two sentences the splitter cut after an abbreviation's full stop ("Sen. | Ted Cruz said", "Mrs. |
 * Clinton", "George W. | Bush", "Aug. | 15", "the E.U. | is"; {@link Abbreviations}), and the full stop the
 * tokenizer then cut off back onto its word ("Sen" + "." becomes "Sen."), as it is where no break fell.
 * Sentences are never joined across a line break. Runs right after the segmenter, before the tagger.
 */
@ResourceMetaData(name = "Sentence break repair")
@TypeCapability(
        inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" },
        outputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" })
public class SentenceBreakRepair extends JCasAnnotator_ImplBase {

    /** How much text on each side of a break decides it: the abbreviation and the next word's first letter. */
    private static final int CONTEXT = 32;

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Sentence> sentences = new ArrayList<>(select(jcas, Sentence.class));
        Sentence open = null;
        for (Sentence next : sentences) {
            if (open != null && slip(text, open, next)) {
                joinStop(jcas, open.getEnd());
                int begin = open.getBegin();
                // begin and end are index keys: the annotation leaves the indexes while they change
                open.removeFromIndexes();
                next.removeFromIndexes();
                open.setBegin(begin);
                open.setEnd(next.getEnd());
                open.addToIndexes();
                continue;
            }
            open = next;
        }
    }

    private static boolean slip(String text, Sentence previous, Sentence next) {
        String between = text.substring(previous.getEnd(), next.getBegin());
        if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
            return false;
        }
        return Abbreviations.continuesAfter(
                text.substring(Math.max(previous.getBegin(), previous.getEnd() - CONTEXT), previous.getEnd()),
                text.substring(next.getBegin(), Math.min(next.getEnd(), next.getBegin() + CONTEXT)));
    }

    /** Makes the full stop ending at {@code end} one token with the word it is written against. */
    private static void joinStop(JCas jcas, int end) {
        List<Token> tokens = selectCovered(jcas, Token.class, Math.max(0, end - CONTEXT), end);
        if (tokens.size() < 2) {
            return;
        }
        Token stop = tokens.get(tokens.size() - 1);
        Token word = tokens.get(tokens.size() - 2);
        if (stop.getEnd() != end || stop.getBegin() != end - 1 || word.getEnd() != stop.getBegin()) {
            return; // the tokenizer kept the abbreviation whole, or the stop is no token of its own
        }
        stop.removeFromIndexes();
        word.removeFromIndexes();
        word.setEnd(end);
        word.addToIndexes();
    }
}
