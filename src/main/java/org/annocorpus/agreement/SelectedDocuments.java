package org.annocorpus.agreement;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.source.DocumentSource;

/** Some of the documents of a source: those both annotators annotated. */
final class SelectedDocuments implements DocumentSource {

    private final DocumentSource source;
    private final List<String> ids;

    SelectedDocuments(DocumentSource source, List<String> ids) {
        this.source = source;
        this.ids = List.copyOf(ids);
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public List<String> ids() {
        return ids;
    }

    @Override
    public DocumentSpans load(String id, Set<Layer> layers) throws IOException {
        return source.load(id, layers);
    }
}
