/**
 * Quotation extraction: the scheme's quotation spans from their marks, the speaker attribution (reporting
 * verbs, subjects, pronouns, names) and the speaker strings, a simple baseline, and a CoreNLP-based
 * comparison extractor.
 *
 * <p>uimaFIT components over DKPro and the project's types; may depend on {@code text} (the token view
 * {@code TextModel} is built from), {@code preprocess}, {@code scheme} and {@code util}.
 */
package org.annocorpus.quote;
