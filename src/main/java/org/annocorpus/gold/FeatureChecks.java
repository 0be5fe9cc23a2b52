package org.annocorpus.gold;

import java.util.function.Function;
import java.util.Arrays;
import org.annocorpus.scheme.Qualifier;
import org.annocorpus.scheme.Layer;
import org.annocorpus.scheme.Labels;

import static org.annocorpus.gold.GoldValidator.ANNOTATOR_NOTES;
import static org.annocorpus.gold.GoldValidator.isSchemeUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.annocorpus.scheme.Units;

/**
 * Checks of the features: attributes (A: value, unit, qualifier of a NumericClaim), notes (#: speaker,
 * quantified), the speakerMention relation (R), and the features each type needs.
 */
final class FeatureChecks extends DocumentChecks {

    /** A decimal as the README defines it: '.' as the decimal point, no thousands separators, exponent allowed. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");


    FeatureChecks(ValidatedDocument document) {
        super(document);
    }

    @Override
    void run() {
        checkAttributes();
        checkNotes();
        checkRelations();
        checkFeaturesPresent();
    }

    private void checkAttributes() {
        Map<String, Integer> seen = new HashMap<>();
        for (BratAnnotations.Attribute a : brat.attributes) {
            String name = a.name();
            Layer owner = ownerOf(name, Layer::attributes);
            if (owner == null) {
                error(a.line(), "unknown attribute '" + name + "' (known: " + String.join(", ", known(Layer::attributes))
                        + "; a " + String.join(" or ", known(Layer::notes)) + " text is a # note)");
            }
            BratAnnotations.TextBound t = target(a.target(), a.line(), "attribute " + a.id());
            if (t == null || owner == null) {
                continue;
            }
            if (!owner.labels().contains(t.type())) {
                error(a.line(), "attribute " + name + " on " + t.id() + ", a " + t.type() + ": only a "
                        + owner.labels().get(0) + " has " + and(owner.attributes()));
                continue;
            }
            Integer first = seen.putIfAbsent(name + " " + t.id(), a.line());
            if (first != null) {
                error(a.line(), "second " + name + " for " + t.id() + " (first on line " + first + ")");
            }
            String v = a.value();
            switch (name) {
                case Labels.VALUE -> {
                    if (!DECIMAL.matcher(v).matches()) {
                        error(a.line(), "value '" + v + "' is no number: write a decimal with '.' as the decimal"
                                + " point and no thousands separators (54000, 0.5, 1.5E9)");
                    }
                }
                case Labels.UNIT -> {
                    if (v.isEmpty()) {
                        error(a.line(), "unit without a value: for a plain count leave the unit line out");
                    } else if (!isSchemeUnit(v)) {
                        error(a.line(), "unit '" + v + "' is not in the scheme's list (percent, pp, fraction, an ISO 4217"
                                + " currency code, " + String.join(", ", Units.ofKind(Units.Kind.TIME))
                                + ", or a unit symbol of org/annocorpus/scheme/units.tsv such as km, t, kg, °C)");
                    }
                }
                default -> {
                    if (!Qualifier.isLabel(v)) {
                        error(a.line(), "qualifier '" + v + "' is not in the scheme's list (" + String.join(", ",
                                Qualifier.labels()) + ")");
                    }
                }
            }
        }
    }

    private void checkNotes() {
        Map<String, Integer> seen = new HashMap<>();
        for (BratAnnotations.Note n : brat.notes) {
            String name = n.name();
            Layer owner = ownerOf(name, Layer::notes);
            boolean annotatorNotes = name.equals(ANNOTATOR_NOTES);
            if (owner == null && !annotatorNotes) {
                error(n.line(), "unknown note '" + name + "' (known: " + String.join(", ", known(Layer::notes)) + ", "
                        + ANNOTATOR_NOTES + ")");
            }
            BratAnnotations.TextBound t = target(n.target(), n.line(), "note " + n.id());
            if (t == null || owner == null) {
                continue;
            }
            if (!owner.labels().contains(t.type())) {
                error(n.line(), name + " note on " + t.id() + ", a " + t.type() + ": only a " + owner.labels().get(0)
                        + " has a " + name);
                continue;
            }
            Integer first = seen.putIfAbsent(name + " " + t.id(), n.line());
            if (first != null) {
                error(n.line(), "second " + name + " for " + t.id() + " (first on line " + first + ")");
            }
            if (n.text().isBlank()) {
                error(n.line(), "empty " + name + ": for the empty string leave the line out");
            } else if (!n.text().equals(n.text().strip())) {
                error(n.line(), name + " '" + n.text() + "' starts or ends with white space");
            }
        }
    }

    private void checkRelations() {
        Map<String, Integer> mentionOf = new HashMap<>();
        for (BratAnnotations.Relation r : brat.relations) {
            if (!Labels.SPEAKER_MENTION.equals(r.name())) {
                error(r.line(), "unknown relation '" + r.name() + "' (known: " + Labels.SPEAKER_MENTION + ")");
            }
            BratAnnotations.TextBound from = target(r.arg1(), r.line(), "relation " + r.id() + " Arg1");
            BratAnnotations.TextBound to = target(r.arg2(), r.line(), "relation " + r.id() + " Arg2");
            if (!Labels.SPEAKER_MENTION.equals(r.name())) {
                continue;
            }
            if (from != null && !Labels.QUOTATION.equals(from.type())) {
                error(r.line(), "speakerMention goes from a Quotation, but Arg1 " + from.id() + " is a " + from.type());
            }
            if (to != null && !Labels.SOURCE.equals(to.type())) {
                error(r.line(), "speakerMention goes to a Source, but Arg2 " + to.id() + " is a " + to.type());
            }
            if (from != null) {
                Integer first = mentionOf.putIfAbsent(from.id(), r.line());
                if (first != null) {
                    error(r.line(), "second speakerMention for " + from.id() + " (first on line " + first
                            + "): a quotation has one");
                }
            }
        }
    }

    /** Features a type needs, and the speaker/mention pairing. */
    private void checkFeaturesPresent() {
        Set<String> linkedSources = new TreeSet<>();
        for (BratAnnotations.Relation r : brat.relations) {
            if (Labels.SPEAKER_MENTION.equals(r.name())) {
                linkedSources.add(r.arg2());
            }
        }
        for (BratAnnotations.TextBound t : textBounds.values()) {
            if (Labels.SOURCE.equals(t.type())) {
                if (!linkedSources.contains(t.id())) {
                    warning(t.line(), "Source " + t.id() + " '" + t.text() + "' is the speakerMention of no quotation");
                }
                continue;
            }
            Layer layer = Layer.ofLabel(t.type()).orElse(null);
            if (layer == null) {
                continue; // an unknown type, reported by the span checks
            }
            for (String required : layer.requiredAttributes()) {
                if (brat.attributesOf(t.id()).stream().noneMatch(a -> a.name().equals(required))) {
                    error(t.line(), t.type() + " " + t.id() + " '" + t.text() + "' has no " + required
                            + " (add an A line: " + required + " " + t.id() + " ...)");
                }
            }
            switch (layer) {
                case ENTITY, NUMERIC -> {
                    // no relation to check
                }
                case QUOTATION -> {
                    boolean speaker = brat.notesOf(t.id()).stream()
                            .anyMatch(n -> n.name().equals(Labels.SPEAKER) && !n.text().isBlank());
                    boolean mention = brat.relationsFrom(t.id()).stream()
                            .anyMatch(r -> r.name().equals(Labels.SPEAKER_MENTION));
                    if (speaker && !mention) {
                        error(t.line(), "Quotation " + t.id() + " has a speaker but no speakerMention relation to a"
                                + " Source");
                    } else if (mention && !speaker) {
                        error(t.line(), "Quotation " + t.id() + " has a speakerMention but no speaker note");
                    }
                }
            }
        }
    }

    /** The layer whose gold annotations carry a feature of this name, or null. */
    private static Layer ownerOf(String name, Function<Layer, List<String>> features) {
        return Arrays.stream(Layer.values()).filter(l -> features.apply(l).contains(name)).findFirst().orElse(null);
    }

    /** The feature names of every layer, for messages. */
    private static List<String> known(Function<Layer, List<String>> features) {
        return Arrays.stream(Layer.values()).flatMap(l -> features.apply(l).stream()).toList();
    }

    /** "value, unit and qualifier". */
    private static String and(List<String> names) {
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
