/**
 * CoNLL files: the corpus writer (CoNLL-2003 columns, and the same with one IOB2 column per further
 * layer), the IOB2 encoder, and the reader of CoNLL-2003 files into CASes for {@code corpus ner-conll}.
 *
 * <p>May depend on {@code scheme}, {@code io} (the writer base, document ids, splits), the generated types
 * ({@code type}) and {@code util}; not on the extractors or the
 * scorer.
 */
package org.annocorpus.conll;
