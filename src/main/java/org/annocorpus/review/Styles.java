package org.annocorpus.review;

import org.annocorpus.scheme.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.ScoringError;

/**
 * Names and colours shared by the pages: CSS classes of layers, types and error kinds, the badge of each
 * error kind, and the bar colour of each annotation type.
 */
final class Styles {

    private static final List<String> SPARE_COLOURS = List.of("#455a64", "#c2185b", "#5d4037", "#0097a7", "#689f38",
            "#512da8", "#f4511e", "#37474f");

    /** Verdicts in the order the filters and legends list them. */
    static final List<String> STATUSES = List.of("correct", "missed", "spurious", "boundary", "type", "boundary+type",
            "attribute", "unscored");
    /** Verdicts that are errors, with a badge of their own. */
    static final List<String> ERRORS = STATUSES.subList(1, STATUSES.size() - 1);

    static final String UNSCORED_NOTE = "gold only, not scored: the system output has none of this layer, or --layers"
            + " left it out";

    private Styles() {
    }

    static String statusClass(String status) {
        return "k-" + status.replace("+", "-");
    }

    static String statusClass(ScoringError.Kind kind) {
        return statusClass(kind == null ? "correct" : kind.label());
    }

    /** The short mark shown where an erroneous annotation starts. */
    static String badge(ScoringError.Kind kind) {
        return switch (kind) {
            case MISSED -> "FN";
            case SPURIOUS -> "FP";
            case BOUNDARY -> "B";
            case TYPE -> "T";
            case BOUNDARY_AND_TYPE -> "BT";
            case ATTRIBUTE -> "A";
        };
    }

    static String describe(String status) {
        return switch (status) {
            case "correct" -> "correct: same boundaries, same type (and attributes)";
            case "missed" -> "missed: a gold annotation the system has no overlapping partner for (false negative)";
            case "spurious" -> "spurious: a system annotation with no gold partner (false positive)";
            case "boundary" -> "boundary: overlapping, same type, other boundaries";
            case "type" -> "type: same boundaries, other type";
            case "boundary+type" -> "boundary+type: overlapping, other boundaries and type";
            case "attribute" -> "attribute: same boundaries, a speaker, value, unit or qualifier differs";
            case "unscored" -> UNSCORED_NOTE;
            default -> status;
        };
    }

    static String layerClass(Layer layer) {
        return "L-" + layer.id();
    }

    static String layerName(Layer layer) {
        return switch (layer) {
            case ENTITY -> "entities";
            case QUOTATION -> "quotations";
            case NUMERIC -> "numeric claims";
        };
    }

    /** The scheme's types keep their colours from page to page; other labels take the next spare one (null). */
    private static String schemeColour(String type) {
        Layer layer = Layer.ofLabel(type).orElse(null);
        if (layer == null) {
            return null;
        }
        return switch (layer) {
            case ENTITY -> switch (EntityType.valueOf(type)) {
                case PER -> "#1e5fbf";
                case ORG -> "#2e7d32";
                case LOC -> "#7b1fa2";
                case MISC -> "#8d6e63";
            };
            case QUOTATION -> "#00838f";
            case NUMERIC -> "#d17a00";
        };
    }

    /** The colour of each type of the page: the scheme's own, then the spare ones in order. */
    static List<String> colours(SortedSet<String> types) {
        List<String> colours = new ArrayList<>();
        int spare = 0;
        for (String type : types) {
            String known = schemeColour(type);
            colours.add(known != null ? known : SPARE_COLOURS.get(spare++ % SPARE_COLOURS.size()));
        }
        return colours;
    }
}
