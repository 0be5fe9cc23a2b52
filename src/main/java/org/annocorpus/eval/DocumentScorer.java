package org.annocorpus.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.util.CodePointOffsets;

/**
 * Scores the system annotations of one document against its gold ones: for each layer and mode the
 * optimal pairing ({@link SpanMatcher}) and its counts; the attributes of the pairs with the same
 * boundaries in the exact pairing; the errors and the entity type confusions of the strict pairing.
 */
public final class DocumentScorer {

    /** What one document contributes. */
    public record Result(String id, Map<Layer, LayerCounts> counts, List<ScoringError> errors,
            ConfusionMatrix entityConfusion) {
    }

    private final List<Layer> layers;
    private final int contextWidth;

    /** @param contextWidth characters of context shown either side of an error */
    public DocumentScorer(List<Layer> layers, int contextWidth) {
        this.layers = List.copyOf(layers);
        this.contextWidth = contextWidth;
    }

    /** @param system the system's annotations of the same text ({@link DocumentSpans#empty} if it gave none) */
    public Result score(DocumentSpans gold, DocumentSpans system) {
        Map<Layer, LayerCounts> counts = new EnumMap<>(Layer.class);
        List<ScoringError> errors = new ArrayList<>();
        ConfusionMatrix confusion = new ConfusionMatrix();
        ErrorDescriber describer = new ErrorDescriber(gold.id(), gold.text(), contextWidth);
        for (Layer layer : layers) {
            List<Span> g = gold.spans(layer);
            List<Span> s = system.spans(layer);
            LayerCounts layerCounts = new LayerCounts();
            for (Mode mode : Mode.values()) {
                SpanMatcher.Matching matching = SpanMatcher.match(g, s, mode);
                count(layerCounts.mode(mode), matching, g, s);
                if (mode == Mode.STRICT) {
                    collectErrors(layer, matching, g, s, describer, errors);
                    if (layer.typed()) {
                        confuse(matching, g, s, confusion);
                    }
                } else if (mode == Mode.EXACT) {
                    compareAttributes(layer, matching, g, s, layerCounts.attributes(), describer, errors);
                }
            }
            counts.put(layer, layerCounts);
        }
        errors.sort(ScoringError.ORDER);
        return new Result(gold.id(), counts, errors, confusion);
    }

    private static void count(ModeCounts counts, SpanMatcher.Matching matching, List<Span> gold, List<Span> system) {
        for (SpanMatcher.Pair pair : matching.pairs()) {
            counts.pair(gold.get(pair.gold()), system.get(pair.system()));
        }
        matching.unmatchedGold().forEach(g -> counts.missed(gold.get(g)));
        matching.unmatchedSystem().forEach(s -> counts.spurious(system.get(s)));
    }

    private static void collectErrors(Layer layer, SpanMatcher.Matching matching, List<Span> gold, List<Span> system,
            ErrorDescriber describer, List<ScoringError> errors) {
        for (SpanMatcher.Pair pair : matching.pairs()) {
            Span g = gold.get(pair.gold());
            Span s = system.get(pair.system());
            boolean bounds = g.sameBounds(s);
            boolean type = g.sameType(s);
            if (!bounds || !type) {
                ScoringError.Kind kind = bounds ? ScoringError.Kind.TYPE
                        : type ? ScoringError.Kind.BOUNDARY : ScoringError.Kind.BOUNDARY_AND_TYPE;
                errors.add(describer.error(layer, kind, g, s, ""));
            }
        }
        matching.unmatchedGold().forEach(g -> errors.add(describer.error(layer, ScoringError.Kind.MISSED, gold.get(g), null, "")));
        matching.unmatchedSystem().forEach(s -> errors.add(describer.error(layer, ScoringError.Kind.SPURIOUS, null, system.get(s), "")));
    }

    private static void confuse(SpanMatcher.Matching matching, List<Span> gold, List<Span> system, ConfusionMatrix confusion) {
        for (SpanMatcher.Pair pair : matching.pairs()) {
            confusion.add(gold.get(pair.gold()).type(), system.get(pair.system()).type(), 1);
        }
        matching.unmatchedGold().forEach(g -> confusion.add(gold.get(g).type(), ConfusionMatrix.NONE, 1));
        matching.unmatchedSystem().forEach(s -> confusion.add(ConfusionMatrix.NONE, system.get(s).type(), 1));
    }

    /** The scheme scores features "on the gold annotations that a system matched under the exact mode". */
    private static void compareAttributes(Layer layer, SpanMatcher.Matching matching, List<Span> gold, List<Span> system,
            AttributeCounts counts, ErrorDescriber describer, List<ScoringError> errors) {
        List<Attribute> attributes = Attribute.of(layer);
        if (attributes.isEmpty()) {
            return;
        }
        for (SpanMatcher.Pair pair : matching.pairs()) {
            Span g = gold.get(pair.gold());
            Span s = system.get(pair.system());
            if (!g.sameBounds(s)) {
                continue;
            }
            List<String> differences = new ArrayList<>();
            for (Attribute attribute : attributes) {
                if (!attribute.appliesTo(g.features())) {
                    continue;
                }
                boolean agrees = attribute.agrees(g.features(), s.features());
                counts.record(attribute, agrees);
                // one line per disagreement: the lenient forms only repeat the strict ones
                if (!agrees && attribute != Attribute.SPEAKER_LENIENT && attribute != Attribute.MENTION_OVERLAP) {
                    differences.add(attribute == Attribute.MENTION_EXACT ? describer.mentions(g.features(), s.features())
                            : difference(attribute, g.features(), s.features()));
                }
            }
            if (!differences.isEmpty()) {
                errors.add(describer.error(layer, ScoringError.Kind.ATTRIBUTE, g, s, String.join("; ", differences)));
            }
        }
    }

    private static String difference(Attribute attribute, Features gold, Features system) {
        return switch (attribute) {
            case MENTION_EXACT, MENTION_OVERLAP -> throw new IllegalArgumentException("described with the text");
            case SPEAKER, SPEAKER_LENIENT -> "speaker: gold \"" + gold.speaker() + "\", system \"" + system.speaker() + "\"";
            case VALUE -> "value: gold " + number(gold.value()) + ", system " + number(system.value());
            case UNIT -> "unit: gold \"" + gold.unit() + "\", system \"" + system.unit() + "\"";
            case QUALIFIER -> "qualifier: gold " + gold.qualifier() + ", system " + system.qualifier();
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Turns spans into the error records users read: code point offsets, covered text, context. */
    private static final class ErrorDescriber {
        private final String document;
        private final String text;
        private final CodePointOffsets offsets;
        private final int width;

        ErrorDescriber(String document, String text, int width) {
            this.document = document;
            this.text = text;
            this.offsets = new CodePointOffsets(text);
            this.width = width;
        }

        ScoringError error(Layer layer, ScoringError.Kind kind, Span gold, Span system, String detail) {
            int begin = Math.min(gold == null ? Integer.MAX_VALUE : gold.begin(), system == null ? Integer.MAX_VALUE : system.begin());
            int end = Math.max(gold == null ? 0 : gold.end(), system == null ? 0 : system.end());
            return new ScoringError(document, layer, kind, mention(gold), mention(system), detail,
                    ContextWindow.around(text, begin, end, width));
        }

        /** "speaker mention: gold "X" 10-12, system "Y" 20-21" in code points; "none" for a missing one. */
        String mentions(Features gold, Features system) {
            return "speaker mention: gold " + mentionText(gold) + ", system " + mentionText(system);
        }

        private String mentionText(Features f) {
            if (!f.hasMention()) {
                return "none";
            }
            return "\"" + text.substring(f.mentionBegin(), f.mentionEnd()).replace('\n', ' ') + "\" "
                    + offsets.toCodePoints(f.mentionBegin()) + "-" + offsets.toCodePoints(f.mentionEnd());
        }

        private ScoringError.Mention mention(Span span) {
            if (span == null) {
                return null;
            }
            return new ScoringError.Mention(span.type(), offsets.toCodePoints(span.begin()), offsets.toCodePoints(span.end()),
                    text.substring(span.begin(), span.end()));
        }
    }
}
