package org.annocorpus.eval;

import java.util.List;

/**
 * How a system's output was produced, when the scorer ran its pipeline: the pipeline file, how many
 * documents it annotated in how many seconds (model loading excluded), and the documents that failed.
 */
public record RunInfo(String pipeline, int documents, double seconds, List<String> failures) {

    public RunInfo {
        failures = List.copyOf(failures);
    }

    public double documentsPerSecond() {
        return seconds > 0 ? documents / seconds : 0;
    }
}
