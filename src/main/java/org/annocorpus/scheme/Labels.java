package org.annocorpus.scheme;

import java.util.ArrayList;
import java.util.List;

/**
 * The names the scheme gives its types, features and relations where they are strings: gold files (brat
 * labels), INCEpTION layers and the type system's feature names. Entity types are {@link EntityType},
 * qualifiers {@link Qualifier}, units {@link Units}; which label and feature belongs to which layer is
 * {@link Layer}'s.
 */
public final class Labels {

    public static final String QUOTATION = "Quotation";
    /** A speaker mention: a text-bound gold type of no layer of its own, the target of {@link #SPEAKER_MENTION}. */
    public static final String SOURCE = "Source";
    public static final String NUMERIC_CLAIM = "NumericClaim";

    public static final String SPEAKER_MENTION = "speakerMention";
    public static final String SPEAKER = "speaker";
    public static final String QUANTIFIED = "quantified";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String QUALIFIER = "qualifier";

    private static final List<String> TEXT_BOUND = textBound();

    private Labels() {
    }

    /** Every text-bound type a gold file may use: the labels of each layer, then {@link #SOURCE}. */
    public static List<String> textBoundTypes() {
        return TEXT_BOUND;
    }

    public static boolean isTextBoundType(String type) {
        return TEXT_BOUND.contains(type);
    }

    private static List<String> textBound() {
        List<String> types = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            types.addAll(layer.labels());
        }
        types.add(SOURCE);
        return List.copyOf(types);
    }
}
