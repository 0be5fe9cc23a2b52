/**
 * The value-level benchmark of numeric claims in the CQE evaluation's format ({@code corpus eval
 * quantities}): the JSON test sets, their unit names mapped to the scheme's, claims joined into ranges, and
 * the CQE scoring of values and units.
 *
 * <p>May depend on the project's types ({@code type}) and {@code util}; runs any analysis engine that writes
 * {@code NumericClaim}s, so it depends on no extractor. Only {@code cli} depends on it.
 */
package org.annocorpus.eval.quantities;
