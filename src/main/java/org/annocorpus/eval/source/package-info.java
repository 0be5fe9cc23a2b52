/**
 * Where the documents to score come from: a gold folder (brat standoff, through the gold loader), a
 * folder of XMI, or a pipeline run over the gold texts; each read one CAS at a time.
 *
 * <p>May depend on {@code eval}, {@code scheme}, {@code gold}, {@code io} and {@code pipeline}.
 */
package org.annocorpus.eval.source;
