package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The folds of a cross-validation by document, as the quotation models' training reports them: fold k holds the
 * documents whose index (in the given order) is k modulo the number of folds.
 */
record DocumentFolds<T>(List<T> train, List<T> test) {

    /** Fold {@code k} of {@code folds}: the documents held out and those trained on. */
    static <T> DocumentFolds<T> of(List<T> docs, int folds, int k) {
        List<T> train = new ArrayList<>();
        List<T> test = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (i % folds == k ? test : train).add(docs.get(i));
        }
        return new DocumentFolds<>(List.copyOf(train), List.copyOf(test));
    }
}
