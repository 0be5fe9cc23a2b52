/**
 * The scorer: gold and system annotations paired one to one per layer and mode (SemEval-2013 strict,
 * exact, partial, type, after nervaluate), counts, attribute accuracies, errors with context,
 * bootstrap intervals and the comparison of two systems.
 *
 * <p>May depend on {@code scheme}, {@code io}, {@code pipeline} (to run a system given as a pipeline),
 * {@code util}, the generated types, and its subpackages {@code source} and {@code stats}; reports and
 * benchmarks are built on it in {@code eval.report} and {@code eval.benchmark}.
 */
package org.annocorpus.eval;
