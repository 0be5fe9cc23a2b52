/**
 * Helpers of the preprocessing components: OpenNLP models loaded once per JVM, and the guard that keeps
 * OpenNLP's sentence detector and tokenizer linear on very long runs without white space.
 *
 * <p>Used only by {@code preprocess}; depends on OpenNLP and no other package of the project.
 */
package org.annocorpus.preprocess.internal;
