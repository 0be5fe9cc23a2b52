package org.annocorpus.gold;

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

    /** {@link GoldScheme#QUALIFIERS} in the order the scheme lists them, for messages. */
    private static final List<String> QUALIFIERS_IN_SCHEME_ORDER = List.of("EXACT", "APPROX", "MORE_THAN", "AT_LEAST",
            "LESS_THAN", "AT_MOST");

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
            boolean known = name.equals(GoldScheme.VALUE) || name.equals(GoldScheme.UNIT)
                    || name.equals(GoldScheme.QUALIFIER);
            if (!known) {
                error(a.line(), "unknown attribute '" + name + "' (known: value, unit, qualifier; a speaker or"
                        + " quantified text is a # note)");
            }
            BratAnnotations.TextBound t = target(a.target(), a.line(), "attribute " + a.id());
            if (t == null || !known) {
                continue;
            }
            if (!GoldScheme.NUMERIC_CLAIM.equals(t.type())) {
                error(a.line(), "attribute " + name + " on " + t.id() + ", a " + t.type() + ": only a NumericClaim"
                        + " has value, unit and qualifier");
                continue;
            }
            Integer first = seen.putIfAbsent(name + " " + t.id(), a.line());
            if (first != null) {
                error(a.line(), "second " + name + " for " + t.id() + " (first on line " + first + ")");
            }
            String v = a.value();
            switch (name) {
                case GoldScheme.VALUE -> {
                    if (!DECIMAL.matcher(v).matches()) {
                        error(a.line(), "value '" + v + "' is no number: write a decimal with '.' as the decimal"
                                + " point and no thousands separators (54000, 0.5, 1.5E9)");
                    }
                }
                case GoldScheme.UNIT -> {
                    if (v.isEmpty()) {
                        error(a.line(), "unit without a value: for a plain count leave the unit line out");
                    } else if (!isSchemeUnit(v)) {
                        error(a.line(), "unit '" + v + "' is not in the scheme's list (percent, pp, fraction, an ISO 4217"
                                + " currency code, " + String.join(", ", Units.ofKind(Units.Kind.TIME))
                                + ", or a unit symbol of org/annocorpus/scheme/units.tsv such as km, t, kg, °C)");
                    }
                }
                default -> {
                    if (!GoldScheme.QUALIFIERS.contains(v)) {
                        error(a.line(), "qualifier '" + v + "' is not in the scheme's list (" + String.join(", ",
                                QUALIFIERS_IN_SCHEME_ORDER) + ")");
                    }
                }
            }
        }
    }

    private void checkNotes() {
        Map<String, Integer> seen = new HashMap<>();
        for (BratAnnotations.Note n : brat.notes) {
            String name = n.name();
            String owner = switch (name) {
                case GoldScheme.SPEAKER -> GoldScheme.QUOTATION;
                case GoldScheme.QUANTIFIED -> GoldScheme.NUMERIC_CLAIM;
                case ANNOTATOR_NOTES -> "";
                default -> null;
            };
            if (owner == null) {
                error(n.line(), "unknown note '" + name + "' (known: speaker, quantified, " + ANNOTATOR_NOTES + ")");
            }
            BratAnnotations.TextBound t = target(n.target(), n.line(), "note " + n.id());
            if (t == null || owner == null || owner.isEmpty()) {
                continue;
            }
            if (!owner.equals(t.type())) {
                error(n.line(), name + " note on " + t.id() + ", a " + t.type() + ": only a " + owner + " has a "
                        + name);
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
            if (!GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                error(r.line(), "unknown relation '" + r.name() + "' (known: " + GoldScheme.SPEAKER_MENTION + ")");
            }
            BratAnnotations.TextBound from = target(r.arg1(), r.line(), "relation " + r.id() + " Arg1");
            BratAnnotations.TextBound to = target(r.arg2(), r.line(), "relation " + r.id() + " Arg2");
            if (!GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                continue;
            }
            if (from != null && !GoldScheme.QUOTATION.equals(from.type())) {
                error(r.line(), "speakerMention goes from a Quotation, but Arg1 " + from.id() + " is a " + from.type());
            }
            if (to != null && !GoldScheme.SOURCE.equals(to.type())) {
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
            if (GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                linkedSources.add(r.arg2());
            }
        }
        for (BratAnnotations.TextBound t : textBounds.values()) {
            switch (t.type()) {
                case GoldScheme.NUMERIC_CLAIM -> {
                    for (String required : List.of(GoldScheme.VALUE, GoldScheme.QUALIFIER)) {
                        if (brat.attributesOf(t.id()).stream().noneMatch(a -> a.name().equals(required))) {
                            error(t.line(), "NumericClaim " + t.id() + " '" + t.text() + "' has no " + required
                                    + " (add an A line: " + required + " " + t.id() + " ...)");
                        }
                    }
                }
                case GoldScheme.QUOTATION -> {
                    boolean speaker = brat.notesOf(t.id()).stream()
                            .anyMatch(n -> n.name().equals(GoldScheme.SPEAKER) && !n.text().isBlank());
                    boolean mention = brat.relationsFrom(t.id()).stream()
                            .anyMatch(r -> r.name().equals(GoldScheme.SPEAKER_MENTION));
                    if (speaker && !mention) {
                        error(t.line(), "Quotation " + t.id() + " has a speaker but no speakerMention relation to a"
                                + " Source");
                    } else if (mention && !speaker) {
                        error(t.line(), "Quotation " + t.id() + " has a speakerMention but no speaker note");
                    }
                }
                case GoldScheme.SOURCE -> {
                    if (!linkedSources.contains(t.id())) {
                        warning(t.line(), "Source " + t.id() + " '" + t.text() + "' is the speakerMention of no"
                                + " quotation");
                    }
                }
                default -> {
                    // entities have no features
                }
            }
        }
    }
}
