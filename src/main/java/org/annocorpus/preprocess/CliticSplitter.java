package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Cuts a trailing clitic off its word ("China’s" becomes "China" + "’s", "don’t" becomes "do" + "n’t"),
 * as the tokenizer already does after a straight apostrophe. Runs before the part-of-speech tagger, so
 * that each piece gets its own tag, and the CoNLL export can give a name inside a possessive its own
 * entity tag. Offsets stay those of the text.
 */
@ResourceMetaData(name = "Clitic splitter")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class CliticSplitter extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        for (Token token : new ArrayList<>(select(jcas, Token.class))) {
            int cut = Clitics.start(text, token.getBegin(), token.getEnd());
            if (cut > token.getBegin()) {
                token.removeFromIndexes();
                new Token(jcas, token.getBegin(), cut).addToIndexes();
                new Token(jcas, cut, token.getEnd()).addToIndexes();
            }
        }
    }
}
