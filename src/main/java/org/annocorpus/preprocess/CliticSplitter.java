package org.annocorpus.preprocess;

import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;

/**
 * Cuts a trailing clitic off its word ("China’s" becomes "China" + "’s", "don’t" becomes "do" + "n’t"),
 * as the tokenizer already does after a straight apostrophe. Runs before the part-of-speech tagger, so
 * that each piece gets its own tag, and the CoNLL export can give a name inside a possessive its own
 * entity tag. Offsets stay those of the text.
 */
@ResourceMetaData(name = "Clitic splitter")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class CliticSplitter extends TokenSplitter_ImplBase {

    @Override
    protected int[] cuts(String text, int begin, int end) {
        int cut = Clitics.start(text, begin, end);
        return cut > begin ? new int[] {cut} : new int[0];
    }
}
