/**
 * Quotation extraction: the scheme's quotation spans from their marks, an optional trained classifier of
 * quoted words only named ({@code NamingClassifier}, trained by {@link NamingClassifierTraining}), the speaker
 * attribution (reporting verbs, subjects, pronouns, names) and the speaker strings, an optional trained ranker
 * over the attribution sieves' proposals ({@code SpeakerRanker}, trained by {@link SpeakerRankerTraining}), a
 * simple baseline, and a CoreNLP-based comparison extractor.
 *
 * <p>uimaFIT components over DKPro and the project's types; may depend on {@code text} (the token view
 * {@code TextModel} is built from), {@code preprocess}, {@code scheme}, {@code util} and {@code ner.tagger}
 * (the word clusters the ranker's features read).
 */
package org.annocorpus.quote;
