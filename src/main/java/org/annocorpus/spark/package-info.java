/**
 * The same pipeline on Apache Spark ({@code corpus spark}, {@code spark-submit}): the driver cuts the
 * documents into partitions, executors annotate and write them with the pipeline's own writers, and the
 * parts are joined into the outputs {@code corpus annotate} writes, byte for byte.
 *
 * <p>May depend on {@code pipeline}, {@code io} and {@code util}; {@code SparkMain} also reuses
 * {@code cli.CorpusCli} for its arguments (an upward arrow, see {@code docs/architecture.md}).
 */
package org.annocorpus.spark;
