/**
 * The scorer's reports: plain text, Markdown and JSON of an evaluation, and of the comparison of two
 * systems; how figures are written.
 *
 * <p>May depend on {@code eval}, {@code eval.stats} and {@code scheme}; reads results, never scores.
 */
package org.annocorpus.eval.report;
