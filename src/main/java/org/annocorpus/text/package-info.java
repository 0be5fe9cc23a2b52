/**
 * A document's tokens, sentences and paragraphs as the rule components read them from a CAS: one view,
 * with the universal part-of-speech tag DKPro's tag mapping gives each token, so that no component maps
 * tags or walks the CAS's token annotations on its own; and what the word lists of Stanford's coreference
 * system say about words ({@link org.annocorpus.text.DcorefLists}: animacy, first names and their gender),
 * which the named-entity rules and the speaker rules both read.
 *
 * <p>A leaf over DKPro Core's types: it depends on no other package of the project but {@code util}; the extractors
 * ({@code ner}, {@code numeric}, {@code quote}) may use it.
 */
package org.annocorpus.text;
