/**
 * The project's trained named-entity tagger: a linear-chain model (averaged perceptron, one or two passes,
 * BIO or BILOU) over hand-built features, word clusters, large name lists and word vectors; its trainer on CoNLL-2003-style
 * files and the loading of trained models.
 *
 * <p>Plain Java, no UIMA: {@code ner.TrainedNamedEntityRecognizer} runs it in a pipeline and
 * {@code cli.TrainCommand} trains it. It may depend on {@code ner} (lexicons, tokens), {@code corenlp}
 * (the CRF whose word clusters it reads), {@code conll} (the CoNLL-2003 reader) and {@code util}.
 */
package org.annocorpus.ner.tagger;
