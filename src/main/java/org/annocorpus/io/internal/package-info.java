/**
 * Helpers of the writers that are not part of the {@code io} package's API: the streamed corpus files of
 * a writer, appended to while documents pass and renamed into place when the collection is complete.
 *
 * <p>Used by {@code io} and by {@code conll.ConllCorpusWriter}; may depend on {@code io} (splits) and
 * {@code util}.
 */
package org.annocorpus.io.internal;
