package org.annocorpus.ner.neural;

import org.annocorpus.ner.tagger.Encoding;

/**
 * The network's shape: word vector size, character embedding size and CNN filters (0 filters: no character
 * CNN), LSTM units per direction, whether a CRF (or independent softmaxes) sits on top, the dropout rate on
 * the LSTM's input and output, and the label encoding.
 */
public record NeuralConfig(int wordDim, int charDim, int filters, int units, boolean crf, double dropout,
        Encoding encoding) {

    /** The configuration of Ma and Hovy (2016), with 100 units per direction. */
    public static NeuralConfig standard() {
        return new NeuralConfig(100, 25, 30, 100, true, 0.5, Encoding.BILOU);
    }

    int inputs() {
        return wordDim + filters + Vocabulary.CASINGS;
    }
}
