package org.annocorpus.gold;

import java.util.Set;

/** The names the gold files may use, as the annotation scheme defines them; units are {@link org.annocorpus.scheme.Units}. */
public final class GoldScheme {

    public static final Set<String> ENTITY_TYPES = Set.of("PER", "ORG", "LOC", "MISC");
    public static final String QUOTATION = "Quotation";
    public static final String SOURCE = "Source";
    public static final String NUMERIC_CLAIM = "NumericClaim";
    public static final Set<String> TEXT_BOUND_TYPES = Set.of("PER", "ORG", "LOC", "MISC", QUOTATION, SOURCE, NUMERIC_CLAIM);

    public static final String SPEAKER_MENTION = "speakerMention";
    public static final String SPEAKER = "speaker";
    public static final String QUANTIFIED = "quantified";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String QUALIFIER = "qualifier";

    public static final Set<String> QUALIFIERS = Set.of("EXACT", "APPROX", "MORE_THAN", "AT_LEAST", "LESS_THAN", "AT_MOST");
    private GoldScheme() {
    }

    public static boolean isLayerType(String type) {
        return TEXT_BOUND_TYPES.contains(type);
    }

    /** The layer a text-bound type belongs to, for overlap checks: entities, quotations, numeric, sources. */
    public static String layerOf(String type) {
        if (ENTITY_TYPES.contains(type)) {
            return "entities";
        }
        return switch (type) {
            case QUOTATION -> "quotations";
            case NUMERIC_CLAIM -> "numeric";
            case SOURCE -> "sources";
            default -> "unknown";
        };
    }
}
