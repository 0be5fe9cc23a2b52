/**
 * Inter-annotator agreement of two annotators' gold for the same texts: span F1 (the scorer's, one
 * annotator scored against the other), Cohen's kappa on tokens, Krippendorff's unitizing alpha, speaker and
 * value agreement, and the report of it.
 *
 * <p>May depend on {@code scheme}, {@code eval} (and its {@code report}, {@code source}) and {@code util};
 * nothing but {@code cli} depends on it.
 */
package org.annocorpus.agreement;
