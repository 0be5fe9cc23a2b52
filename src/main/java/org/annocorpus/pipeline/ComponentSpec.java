package org.annocorpus.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One component as the pipeline file states it: the class, its parameters as written (scalars as
 * strings, lists as lists of strings), and the file and line it stands at (an included file's own) for
 * error messages.
 */
public record ComponentSpec(String file, String name, String component, Map<String, Parameter> parameters, int line) {

    /** A parameter value as written; {@code values} has one element for a scalar. */
    public record Parameter(String name, List<String> values, boolean list, int line) {
    }
}
