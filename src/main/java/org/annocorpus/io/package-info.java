/**
 * Reading and writing documents: the UTF-8 text reader, the XMI and manifest writers, strict decoding
 * and the XML 1.0 clean-up of texts, and the document id under which a CAS is written.
 *
 * <p>May depend on {@code scheme} and {@code util}; not on the extractors or the scorer.
 */
package org.annocorpus.io;
