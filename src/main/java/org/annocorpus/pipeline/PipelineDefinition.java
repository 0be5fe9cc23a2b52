package org.annocorpus.pipeline;

import java.util.List;

/** A pipeline as read from a file: a reader, the analysis components in order, and the writers. */
public record PipelineDefinition(String file, String name, String description, ComponentSpec reader,
        List<ComponentSpec> components, List<ComponentSpec> writers) {
}
