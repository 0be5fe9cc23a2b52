package org.annocorpus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.junit.jupiter.api.Test;

class DocumentScorerTest {

    private static final String TEXT = "Minister Ana Ruiz said the plan costs 4.5 billion euros. \"We act now,\" she said.";

    private final DocumentScorer scorer = new DocumentScorer(List.of(Layer.values()), 12);

    private static DocumentSpans document(List<Span> entities, List<Span> quotations, List<Span> numeric) {
        return new DocumentSpans("d1", TEXT, Map.of(Layer.ENTITY, entities, Layer.QUOTATION, quotations, Layer.NUMERIC, numeric));
    }

    private static Span quotation(int begin, int end, String speaker) {
        return new Span("Quotation", begin, end, Features.ofQuotation(speaker));
    }

    private static Span claim(int begin, int end, double value, String unit, String qualifier) {
        return new Span("NumericClaim", begin, end, Features.ofNumericClaim(value, unit, qualifier));
    }

    /** Attributes are compared on exact-boundary pairs only; a boundary error's attributes are not scored. */
    @Test
    void attributesOfExactMatches() {
        // "We act now" is at 58-68; "4.5 billion euros" at 38-55
        DocumentSpans gold = document(List.of(), List.of(quotation(58, 68, "Ana Ruiz")), List.of(claim(38, 55, 4.5e9, "EUR", "EXACT")));
        DocumentSpans system = document(List.of(), List.of(quotation(58, 68, "Ruiz")),
                List.of(claim(38, 55, 4.5e9 * (1 + 1e-12), "EUR", "APPROX")));
        AttributeCounts quotations = scorer.score(gold, system).counts().get(Layer.QUOTATION).attributes();
        assertThat(quotations.compared(Attribute.SPEAKER)).isEqualTo(1);
        assertThat(quotations.agreed(Attribute.SPEAKER)).isZero();
        assertThat(quotations.agreed(Attribute.SPEAKER_LENIENT)).isEqualTo(1);
        AttributeCounts numeric = scorer.score(gold, system).counts().get(Layer.NUMERIC).attributes();
        assertThat(numeric.agreed(Attribute.VALUE)).as("within the relative tolerance").isEqualTo(1);
        assertThat(numeric.agreed(Attribute.UNIT)).isEqualTo(1);
        assertThat(numeric.agreed(Attribute.QUALIFIER)).isZero();
        assertThat(numeric.accuracy(Attribute.QUALIFIER)).isZero();

        DocumentSpans shifted = document(List.of(), List.of(quotation(59, 68, "Ana Ruiz")), List.of());
        AttributeCounts none = scorer.score(gold, shifted).counts().get(Layer.QUOTATION).attributes();
        assertThat(none.compared(Attribute.SPEAKER)).isZero();
        assertThat(none.accuracy(Attribute.SPEAKER)).isNaN();
    }

    /**
     * Speaker mentions, for every quotation source: exact and overlapping, compared only where the gold
     * quotation has a mention; a system quotation without one disagrees; the error names both mentions.
     */
    @Test
    void speakerMentionsExactAndOverlapping() {
        // "Minister Ana Ruiz" 0-17, "Ana Ruiz" 9-17, "Minister" 0-8, "she" 71-74; the quotations at 58-68 and 0-4
        DocumentSpans gold = document(List.of(), List.of(
                new Span("Quotation", 0, 4, Features.ofQuotation("")),
                new Span("Quotation", 58, 68, Features.ofQuotation("Ana Ruiz", 9, 17))), List.of());
        assertThat(mentionCounts(gold, Features.ofQuotation("Ana Ruiz", 9, 17)))
                .containsExactly(1L, 1L, 1L, 1L);
        assertThat(mentionCounts(gold, Features.ofQuotation("Ana Ruiz", 0, 17)))
                .as("a mention with the title overlaps, is not exact").containsExactly(1L, 0L, 1L, 1L);
        assertThat(mentionCounts(gold, Features.ofQuotation("Ana Ruiz", 71, 74)))
                .as("elsewhere").containsExactly(1L, 0L, 1L, 0L);
        assertThat(mentionCounts(gold, Features.ofQuotation("Ana Ruiz")))
                .as("no mention").containsExactly(1L, 0L, 1L, 0L);

        DocumentSpans system = document(List.of(), List.of(
                new Span("Quotation", 0, 4, Features.ofQuotation("Ana Ruiz", 9, 17)),
                new Span("Quotation", 58, 68, Features.ofQuotation("Ana Ruiz", 0, 17))), List.of());
        DocumentScorer.Result result = scorer.score(gold, system);
        assertThat(result.errors()).extracting(ScoringError::kind, ScoringError::detail).containsExactly(
                tuple(ScoringError.Kind.ATTRIBUTE, "speaker: gold \"\", system \"Ana Ruiz\""),
                tuple(ScoringError.Kind.ATTRIBUTE, "speaker mention: gold \"Ana Ruiz\" 9-17, system \"Minister Ana Ruiz\" 0-17"));
    }

    /** compared and agreed of mention exact, then of mention overlapping, for the quotation at 58-68. */
    private List<Long> mentionCounts(DocumentSpans gold, Features system) {
        DocumentSpans predicted = document(List.of(), List.of(new Span("Quotation", 58, 68, system)), List.of());
        AttributeCounts counts = scorer.score(gold, predicted).counts().get(Layer.QUOTATION).attributes();
        return List.of(counts.compared(Attribute.MENTION_EXACT), counts.agreed(Attribute.MENTION_EXACT),
                counts.compared(Attribute.MENTION_OVERLAP), counts.agreed(Attribute.MENTION_OVERLAP));
    }

    @Test
    void valuesAreComparedWithATinyRelativeTolerance() {
        Features gold = Features.ofNumericClaim(0.1 + 0.2, "", "EXACT");
        assertThat(Attribute.VALUE.agrees(gold, Features.ofNumericClaim(0.3, "", "EXACT"))).isTrue();
        assertThat(Attribute.VALUE.agrees(gold, Features.ofNumericClaim(0.3001, "", "EXACT"))).isFalse();
        assertThat(Attribute.VALUE.agrees(Features.ofNumericClaim(0, "", ""), Features.ofNumericClaim(0, "", ""))).isTrue();
        assertThat(Attribute.VALUE.agrees(Features.ofNumericClaim(Double.NaN, "", ""), Features.ofNumericClaim(1, "", ""))).isFalse();
    }

    /** Errors of the strict pairing, with code point offsets, the covered text and context. */
    @Test
    void errorsAndConfusions() {
        // gold: "Ana Ruiz" PER 9-17; system: "Minister Ana Ruiz" PER 0-17 (boundary), "plan" MISC 27-31 (spurious)
        DocumentSpans gold = document(List.of(new Span("PER", 9, 17), new Span("MISC", 50, 55)), List.of(), List.of());
        DocumentSpans system = document(List.of(new Span("PER", 0, 17), new Span("MISC", 27, 31), new Span("LOC", 50, 55)),
                List.of(), List.of());
        DocumentScorer.Result result = scorer.score(gold, system);
        assertThat(result.errors())
                .extracting(ScoringError::kind, e -> e.gold() == null ? null : e.gold().text(),
                        e -> e.system() == null ? null : e.system().text())
                .containsExactly(
                        tuple(ScoringError.Kind.BOUNDARY, "Ana Ruiz", "Minister Ana Ruiz"),
                        tuple(ScoringError.Kind.SPURIOUS, null, "plan"),
                        tuple(ScoringError.Kind.TYPE, "euros", "euros"));
        assertThat(result.errors().get(1).context()).isEqualTo("…iz said the «plan» costs 4.5 b…");
        assertThat(result.entityConfusion().count("PER", "PER")).isEqualTo(1);
        assertThat(result.entityConfusion().count("MISC", "LOC")).isEqualTo(1);
        assertThat(result.entityConfusion().count(ConfusionMatrix.NONE, "MISC")).isEqualTo(1);
    }

    @Test
    void errorOffsetsAreCodePoints() {
        String text = "😀 Ana Ruiz\u00A0\n\nsaid";   // the emoji takes two UTF-16 units and one code point
        DocumentSpans gold = new DocumentSpans("d", text, Map.of(Layer.ENTITY, List.of(new Span("PER", 3, 11))));
        DocumentSpans system = DocumentSpans.empty("d", text);
        ScoringError missed = new DocumentScorer(List.of(Layer.ENTITY), 5).score(gold, system).errors().get(0);
        assertThat(missed.kind()).isEqualTo(ScoringError.Kind.MISSED);
        assertThat(missed.gold()).isEqualTo(new ScoringError.Mention("PER", 2, 10, "Ana Ruiz"));
        assertThat(missed.context()).isEqualTo("😀 «Ana Ruiz» sa…");
    }
}
