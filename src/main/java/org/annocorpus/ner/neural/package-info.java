/**
 * A neural named-entity tagger in plain Java (issue 12): word embeddings (GloVe 6B 100-d), a character CNN and
 * a casing feature, one BiLSTM layer and a CRF on top (Ma and Hovy 2016, Lample et al. 2016), trained with Adam
 * on one thread, deterministic for a seed. An experiment measured against the perceptron of
 * {@code ner.tagger}; no pipeline uses it.
 *
 * <p>Plain Java, no UIMA, no native library. It may depend on {@code ner.tagger} (sentences, spans, encodings,
 * scores, the GloVe reader).
 */
package org.annocorpus.ner.neural;
