/**
 * The HTML review for annotators: an index with scores and one self-contained page per document with gold
 * and system annotations drawn together. The text segmentation under the drawing is the pure
 * {@link org.annocorpus.review.TextSegmentation}; the page classes only build HTML, CSS and JSON.
 *
 * <p>May depend on {@code eval} (the verdicts are the scorer's, not recomputed), {@code eval.report},
 * {@code eval.source}, {@code scheme} and {@code util}.
 */
package org.annocorpus.review;
