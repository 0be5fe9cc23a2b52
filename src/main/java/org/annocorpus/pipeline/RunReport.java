package org.annocorpus.pipeline;

import java.util.List;

/** What a pipeline run did: documents written, documents that failed and why, and how long it took. */
public record RunReport(int processed, List<Failure> failures, double seconds) {

    /** A document that could not be read or annotated; {@code document} is the file or document id. */
    public record Failure(String document, String problem) {
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    public double documentsPerSecond() {
        return seconds > 0 ? processed / seconds : 0;
    }
}
