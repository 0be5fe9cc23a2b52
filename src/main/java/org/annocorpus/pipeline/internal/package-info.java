/**
 * Helpers of the pipeline runners that are not part of the {@code pipeline} package's API: the progress
 * meter of a run.
 *
 * <p>Used only by {@code pipeline}; depends on no other package of the project.
 */
package org.annocorpus.pipeline.internal;
