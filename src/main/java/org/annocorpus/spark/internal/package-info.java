/**
 * The working parts of the Spark runner: the documents as handed out, the pool of analysis engines per
 * executor, the annotation of one partition, and the merging of the partitions' folders.
 *
 * <p>Used only by {@code spark}; may depend on {@code io} and {@code util}.
 */
package org.annocorpus.spark.internal;
