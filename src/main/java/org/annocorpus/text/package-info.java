/**
 * A document's tokens, sentences and paragraphs as the rule components read them from a CAS: one view,
 * with the universal part-of-speech tag DKPro's tag mapping gives each token, so that no component maps
 * tags or walks the CAS's token annotations on its own.
 *
 * <p>A leaf over DKPro Core's types: it depends on no other package of the project; the extractors
 * ({@code ner}, {@code numeric}, {@code quote}) may use it.
 */
package org.annocorpus.text;
