/**
 * Helpers of the preprocessing components: OpenNLP models loaded once per JVM, the guard that keeps
 * OpenNLP's sentence detector and tokenizer linear on very long runs without white space, and the English
 * abbreviations after which a full stop ends no sentence (kept here, not taken from the recognisers' title
 * lists, so that preprocessing stays a leaf).
 *
 * <p>Used only by {@code preprocess}; depends on OpenNLP and no other package of the project.
 */
package org.annocorpus.preprocess.internal;
