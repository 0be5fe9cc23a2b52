/**
 * The sieve ablation of the quotation extractor ({@link org.annocorpus.quote.bench.SieveAblation}): the
 * extractor run with each sieve left out. Scoring is the project's scorer's ({@code corpus eval}); the
 * PolNeAR gold comes from {@code corpus gold import --polnear}. Run by {@code eval/quotes-ablation.sh}.
 *
 * <p>May depend on {@code quote}, {@code io}, {@code util} and the generated types.
 */
package org.annocorpus.quote.bench;
