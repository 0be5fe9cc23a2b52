/**
 * Reading and writing documents: the UTF-8 text reader; the base of every writer
 * ({@link org.annocorpus.io.AtomicFileWriter_ImplBase}: atomic files, streamed corpus files renamed into
 * place on completion) and the XMI, JSON Lines, brat gold and manifest writers (the CoNLL writer is in
 * {@code conll}); strict decoding and the XML 1.0 clean-up of texts, and the document id under which a
 * CAS is written.
 *
 * <p>May depend on {@code scheme}, {@code conll} (the projection check the manifest records), {@code gold} (the brat renderer) and {@code util}; not on the extractors or the scorer.
 */
package org.annocorpus.io;
