package org.annocorpus.eval;

import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;

/** The text of one document and its annotations of each scored layer. */
public record DocumentSpans(String id, String text, Map<Layer, List<Span>> layers) {

    public DocumentSpans {
        layers = Map.copyOf(layers);
    }

    public List<Span> spans(Layer layer) {
        return layers.getOrDefault(layer, List.of());
    }

    /** A document for which the system gave nothing: every gold annotation is missed. */
    public static DocumentSpans empty(String id, String text) {
        return new DocumentSpans(id, text, Map.of());
    }
}
