package org.annocorpus.eval;

import static org.annocorpus.eval.Spans.outcomes;
import static org.annocorpus.eval.Spans.score;
import static org.annocorpus.eval.Spans.span;
import static org.annocorpus.eval.Spans.spans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-built cases with known SemEval-2013 counts (COR, INC, PAR, MIS, SPU) for every mode. Offsets are
 * invented; spans are [begin, end).
 */
class ModeCountsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, gold, system, strict, exact, partial, type   (each: COR INC PAR MIS SPU)
                Arguments.of("same span and type", spans(span("PER", 0, 5)), spans(span("PER", 0, 5)),
                        List.of(1L, 0L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L, 0L),
                        List.of(1L, 0L, 0L, 0L, 0L)),
                Arguments.of("same span, other type", spans(span("PER", 0, 5)), spans(span("ORG", 0, 5)),
                        List.of(0L, 1L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 0L, 0L),
                        List.of(0L, 1L, 0L, 0L, 0L)),
                Arguments.of("boundary error, same type", spans(span("ORG", 0, 10)), spans(span("ORG", 4, 10)),
                        List.of(0L, 1L, 0L, 0L, 0L), List.of(0L, 1L, 0L, 0L, 0L), List.of(0L, 0L, 1L, 0L, 0L),
                        List.of(1L, 0L, 0L, 0L, 0L)),
                Arguments.of("boundary and type error", spans(span("ORG", 0, 10)), spans(span("LOC", 4, 10)),
                        List.of(0L, 1L, 0L, 0L, 0L), List.of(0L, 1L, 0L, 0L, 0L), List.of(0L, 0L, 1L, 0L, 0L),
                        List.of(0L, 1L, 0L, 0L, 0L)),
                Arguments.of("no overlap", spans(span("PER", 0, 5)), spans(span("PER", 6, 10)),
                        List.of(0L, 0L, 0L, 1L, 1L), List.of(0L, 0L, 0L, 1L, 1L), List.of(0L, 0L, 0L, 1L, 1L),
                        List.of(0L, 0L, 0L, 1L, 1L)),
                // adjacent spans share no character: they do not overlap
                Arguments.of("adjacent spans", spans(span("PER", 0, 5)), spans(span("PER", 5, 10)),
                        List.of(0L, 0L, 0L, 1L, 1L), List.of(0L, 0L, 0L, 1L, 1L), List.of(0L, 0L, 0L, 1L, 1L),
                        List.of(0L, 0L, 0L, 1L, 1L)),
                // two gold names, the system joined them into one span: one pair, one gold missed (the case
                // where greedy pairing depends on the order of the gold spans, MantisAI/nervaluate#40)
                Arguments.of("system span over two gold spans", spans(span("PER", 0, 5), span("PER", 6, 13)),
                        spans(span("PER", 0, 13)),
                        List.of(0L, 1L, 0L, 1L, 0L), List.of(0L, 1L, 0L, 1L, 0L), List.of(0L, 0L, 1L, 1L, 0L),
                        List.of(1L, 0L, 0L, 1L, 0L)),
                // nested: two system spans inside one gold span; the one of the same type is paired
                Arguments.of("nested system spans", spans(span("ORG", 0, 20)), spans(span("ORG", 0, 10), span("LOC", 14, 20)),
                        List.of(0L, 1L, 0L, 0L, 1L), List.of(0L, 1L, 0L, 0L, 1L), List.of(0L, 0L, 1L, 0L, 1L),
                        List.of(1L, 0L, 0L, 0L, 1L)),
                Arguments.of("duplicate system span", spans(span("PER", 0, 5)), spans(span("PER", 0, 5), span("PER", 0, 5)),
                        List.of(1L, 0L, 0L, 0L, 1L), List.of(1L, 0L, 0L, 0L, 1L), List.of(1L, 0L, 0L, 0L, 1L),
                        List.of(1L, 0L, 0L, 0L, 1L)),
                Arguments.of("duplicate gold span", spans(span("PER", 0, 5), span("PER", 0, 5)), spans(span("PER", 0, 5)),
                        List.of(1L, 0L, 0L, 1L, 0L), List.of(1L, 0L, 0L, 1L, 0L), List.of(1L, 0L, 0L, 1L, 0L),
                        List.of(1L, 0L, 0L, 1L, 0L)),
                Arguments.of("empty document", spans(), spans(),
                        List.of(0L, 0L, 0L, 0L, 0L), List.of(0L, 0L, 0L, 0L, 0L), List.of(0L, 0L, 0L, 0L, 0L),
                        List.of(0L, 0L, 0L, 0L, 0L)),
                Arguments.of("no system output", spans(span("PER", 0, 5), span("LOC", 10, 15)), spans(),
                        List.of(0L, 0L, 0L, 2L, 0L), List.of(0L, 0L, 0L, 2L, 0L), List.of(0L, 0L, 0L, 2L, 0L),
                        List.of(0L, 0L, 0L, 2L, 0L)),
                Arguments.of("no gold", spans(), spans(span("PER", 0, 5)),
                        List.of(0L, 0L, 0L, 0L, 1L), List.of(0L, 0L, 0L, 0L, 1L), List.of(0L, 0L, 0L, 0L, 1L),
                        List.of(0L, 0L, 0L, 0L, 1L)),
                /*
                 * A greedy pairing in system order would pair S1 [5,15) with G1 [0,10) and leave S2 [0,10), the
                 * exact match of G1, spurious. The optimal one pairs S2 with G1 (COR) and S1 with G2 [12,20)
                 * (boundary error).
                 */
                Arguments.of("optimal, not greedy", spans(span("ORG", 0, 10), span("ORG", 12, 20)),
                        spans(span("ORG", 5, 15), span("ORG", 0, 10)),
                        List.of(1L, 1L, 0L, 0L, 0L), List.of(1L, 1L, 0L, 0L, 0L), List.of(1L, 0L, 1L, 0L, 0L),
                        List.of(2L, 0L, 0L, 0L, 0L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsOfEveryMode(String name, List<Span> gold, List<Span> system, List<Long> strict, List<Long> exact,
            List<Long> partial, List<Long> type) {
        assertThat(outcomes(score(gold, system, Mode.STRICT))).as("strict").isEqualTo(strict);
        assertThat(outcomes(score(gold, system, Mode.EXACT))).as("exact").isEqualTo(exact);
        assertThat(outcomes(score(gold, system, Mode.PARTIAL))).as("partial").isEqualTo(partial);
        assertThat(outcomes(score(gold, system, Mode.TYPE))).as("type").isEqualTo(type);
    }

    /**
     * The worked example of the SemEval-2013 modes in D. Batista's "Named-Entity evaluation metrics based on
     * entity-level" (the example nervaluate documents), on invented offsets:
     * <pre>
     * gold                        system                      type  partial exact strict
     * BRAND  tikosyn   [0,7)      -                           MIS   MIS     MIS   MIS
     * -                           BRAND healthy  [10,17)      SPU   SPU     SPU   SPU
     * DRUG   warfarin  [30,38)    DRUG of warfarin [27,38)    COR   PAR     INC   INC
     * DRUG   propranolol [40,51)  BRAND propranolol [40,51)   INC   COR     COR   INC
     * DRUG   phenytoin [60,69)    DRUG phenytoin [60,69)      COR   COR     COR   COR
     * GROUP  contraceptives [75,89)  DRUG oral contraceptives [70,89)  INC  PAR  INC  INC
     * </pre>
     * POSSIBLE = ACTUAL = 5. Strict: COR 1 → P = R = 1/5. Exact: COR 2 → 2/5. Partial: (COR 2 + PAR 2 / 2) / 5
     * = 3/5. Type: COR 2 → 2/5.
     */
    @Test
    void batistaExample() {
        List<Span> gold = spans(span("BRAND", 0, 7), span("DRUG", 30, 38), span("DRUG", 40, 51), span("DRUG", 60, 69),
                span("GROUP", 75, 89));
        List<Span> system = spans(span("BRAND", 10, 17), span("DRUG", 27, 38), span("BRAND", 40, 51), span("DRUG", 60, 69),
                span("DRUG", 70, 89));
        assertThat(outcomes(score(gold, system, Mode.STRICT))).containsExactly(1L, 3L, 0L, 1L, 1L);
        assertThat(outcomes(score(gold, system, Mode.EXACT))).containsExactly(2L, 2L, 0L, 1L, 1L);
        assertThat(outcomes(score(gold, system, Mode.PARTIAL))).containsExactly(2L, 0L, 2L, 1L, 1L);
        assertThat(outcomes(score(gold, system, Mode.TYPE))).containsExactly(2L, 2L, 0L, 1L, 1L);
        assertThat(score(gold, system, Mode.STRICT).micro().f1()).isCloseTo(0.2, within(1e-12));
        assertThat(score(gold, system, Mode.EXACT).micro().f1()).isCloseTo(0.4, within(1e-12));
        assertThat(score(gold, system, Mode.PARTIAL).micro().precision()).isCloseTo(0.6, within(1e-12));
        assertThat(score(gold, system, Mode.PARTIAL).micro().recall()).isCloseTo(0.6, within(1e-12));
        assertThat(score(gold, system, Mode.TYPE).micro().f1()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void emptyCasesHaveDefinedScores() {
        // neither gold nor system output: nothing to find and nothing wrongly found
        assertThat(score(spans(), spans(), Mode.STRICT).micro()).isEqualTo(new Prf(1, 1, 1));
        assertThat(score(spans(), spans(), Mode.STRICT).macro()).isEqualTo(new Prf(1, 1, 1));
        // gold but no system output: recall 0, precision undefined and set to 0
        assertThat(score(spans(span("PER", 0, 5)), spans(), Mode.STRICT).micro()).isEqualTo(new Prf(0, 0, 0));
        // system output but no gold
        assertThat(score(spans(), spans(span("PER", 0, 5)), Mode.STRICT).micro()).isEqualTo(new Prf(0, 0, 0));
    }

    /**
     * Per type, recall goes to the gold annotation's type and precision to the system annotation's. Gold PER
     * [0,5) against system ORG [0,5): in exact mode the pair is a match, so micro P = R = 1; but PER has a
     * matched gold annotation and no system one (P 0, R 1, F1 0), ORG a matched system annotation and no gold
     * one (P 1, R 0, F1 0): macro F1 = 0.
     */
    @Test
    void perTypeFiguresInExactMode() {
        ModeCounts exact = score(spans(span("PER", 0, 5)), spans(span("ORG", 0, 5)), Mode.EXACT);
        assertThat(exact.micro()).isEqualTo(new Prf(1, 1, 1));
        assertThat(exact.types().get("PER").prf()).isEqualTo(new Prf(0, 1, 0));
        assertThat(exact.types().get("ORG").prf()).isEqualTo(new Prf(1, 0, 0));
        assertThat(exact.macro().f1()).isZero();
    }

    /**
     * Macro = mean of per-type figures. Gold: PER [0,5), PER [10,15), LOC [20,25); system: PER [0,5), LOC [20,25),
     * LOC [30,35). Strict per type: PER P 1/1, R 1/2, F1 2/3; LOC P 1/2, R 1/1, F1 2/3. Micro: P 2/3, R 2/3.
     */
    @Test
    void microAndMacroAverages() {
        ModeCounts strict = score(spans(span("PER", 0, 5), span("PER", 10, 15), span("LOC", 20, 25)),
                spans(span("PER", 0, 5), span("LOC", 20, 25), span("LOC", 30, 35)), Mode.STRICT);
        assertThat(strict.micro().precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(strict.micro().recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(strict.types().get("PER").prf().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(strict.types().get("LOC").prf().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(strict.macro().precision()).isCloseTo((1.0 + 0.5) / 2, within(1e-12));
        assertThat(strict.macro().recall()).isCloseTo((0.5 + 1.0) / 2, within(1e-12));
        assertThat(strict.macro().f1()).isCloseTo(2.0 / 3, within(1e-12));
    }
}
