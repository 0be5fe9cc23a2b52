/**
 * Named-entity recognition components: Stanford CoreNLP's CRF models, name patterns, lexicons, and the
 * components that bring spans to the scheme's boundaries and types and keep one type per name in a
 * document.
 *
 * <p>uimaFIT components over DKPro types; may depend on {@code preprocess}, {@code corenlp} (the CRF
 * models), {@code util} and {@code ner.tagger} (the trained tagger, which in turn reads this package's
 * lexicons and tokens). Nothing but pipelines (by class name) and the commands that run them depends on
 * it.
 */
package org.annocorpus.ner;
