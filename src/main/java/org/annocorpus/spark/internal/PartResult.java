package org.annocorpus.spark.internal;

import java.io.Serializable;
import java.util.List;

/** What one partition did: its documents written and those that failed, in document order. */
public record PartResult(int partition, int processed, List<Failure> failures) implements Serializable {

    /** A document that could not be read or annotated. */
    public record Failure(long index, String document, String problem) implements Serializable {
    }
}
