package org.annocorpus.eval.source;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;

/** Documents to score, read one at a time: gold, or a system's output. */
public interface DocumentSource {

    /** Where the documents come from, for reports. */
    String description();

    /** The ids of all documents, sorted. */
    List<String> ids() throws IOException;

    /** The annotations of the given layers in one document; the error message names the file. */
    DocumentSpans load(String id, Set<Layer> layers) throws IOException;
}
