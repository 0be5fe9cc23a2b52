/**
 * Pipelines as data: the YAML pipeline files parsed (with {@code include:} parts), checked (components,
 * parameters, type flow) and turned into UIMA descriptions, and the runner that streams documents through
 * them, reporting bad documents instead of stopping.
 *
 * <p>May depend on {@code io} and {@code util}; it names components only by class, so it depends on no
 * extractor.
 */
package org.annocorpus.pipeline;
