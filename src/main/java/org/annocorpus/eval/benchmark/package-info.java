/**
 * The project's benchmark: every system of {@code eval/systems.yaml} run over the gold and scored, the
 * scoreboard written as Markdown and JSON, and the scoring at the end of {@code corpus build}.
 *
 * <p>May depend on {@code eval} and its other subpackages, {@code scheme}, {@code gold}, {@code pipeline}
 * and {@code util}; only {@code cli} depends on it.
 */
package org.annocorpus.eval.benchmark;
