package org.annocorpus.gold;

import java.util.Set;
import java.util.regex.Pattern;

/** The names the gold files may use, as the annotation scheme defines them. */
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
    public static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "day", "hour", "minute", "second");
    public static final Set<String> OTHER_UNITS = Set.of("percent", "fraction");
    /** Units of measure by their usual symbol. */
    public static final Set<String> MEASURE_UNITS = Set.of("km", "m", "cm", "mm", "mi", "ft", "nmi", "km2", "ha", "t",
            "kg", "g", "lb", "l", "bbl", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "degC", "degF", "kn",
            "km/h", "mph");
    /** An ISO 4217 currency code. */
    public static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private GoldScheme() {
    }

    public static boolean isUnit(String unit) {
        return unit.isEmpty() || OTHER_UNITS.contains(unit) || TIME_UNITS.contains(unit) || MEASURE_UNITS.contains(unit)
                || CURRENCY.matcher(unit).matches();
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
