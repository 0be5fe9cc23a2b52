package org.annocorpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.source.BratGoldSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement figures on two small invented studies whose figures are worked out by hand below. The
 * unitizing alpha follows Krippendorff (1995) as DKPro Statistics implements it; for two coders and one
 * category c on a continuum of length L:
 *
 * <pre>
 * D_o(c) = (1 / L²) · Σ over overlapping pairs of segments (one of each coder) of δ², where
 *          δ² = (b1 − b2)² + (e1 − e2)² for two overlapping units,
 *          δ² = l²  for a unit of length l lying inside a gap of the other coder, 0 otherwise;
 * D_e(c) = (2 / L) · Σ over all units u of c [ (N − 1)(2l³ − 3l² + l) / 3 + l² · Σ over gaps g ≥ l (g − l + 1) ]
 *          / ( 2L(2L − 1) − Σ over units l(l − 1) ),   N: number of units of c, gaps: of c, of both coders;
 * α(c) = 1 − D_o(c) / D_e(c);  the layer's α = 1 − mean D_o / mean D_e over its categories.
 * </pre>
 */
class AgreementStudyTest {

    @TempDir
    Path tmp;

    /**
     * Entities. Text (34 code points): {@code Ana Ruiz met Tomas Berg in Lisbon.}
     *
     * <pre>
     * A: PER Ana Ruiz [0,8)   PER Tomas Berg [13,23)   LOC Lisbon [27,33)
     * B: PER Ana Ruiz [0,8)   PER Tomas [13,18)        ORG Lisbon [27,33)
     * </pre>
     */
    static final String ENTITIES = "Ana Ruiz met Tomas Berg in Lisbon.";

    @Test
    void entitiesWorkedOutByHand() throws Exception {
        Path a = folder("a", ENTITIES, t(1, "PER", 0, 8) + t(2, "PER", 13, 23) + t(3, "LOC", 27, 33));
        Path b = folder("b", ENTITIES, t(1, "PER", 0, 8) + t(2, "PER", 13, 18) + t(3, "ORG", 27, 33));
        AgreementResult result = compare(a, b, List.of(Layer.ENTITY));
        AgreementResult.LayerAgreement entities = result.layer(Layer.ENTITY);

        // Tokens: Ana Ruiz met Tomas Berg in Lisbon . (8)
        // A: PER PER O PER PER O LOC O;  B: PER PER O PER O O ORG O
        assertThat(result.tokens()).isEqualTo(8);
        // kappa: observed 6/8; A has PER 4, O 3, LOC 1; B PER 3, O 4, ORG 1;
        // chance (4·3 + 3·4) / 64 = 24/64; kappa = (48/64 − 24/64) / (1 − 24/64) = 24/40 = 0.6
        assertThat(entities.kappa()).isCloseTo(0.6, offset(1e-12));
        // PER or not: observed 7/8, chance (4·3 + 4·5) / 64 = 1/2: kappa = (7/8 − 1/2) / (1/2) = 0.75.
        // LOC or not: observed 7/8, chance (1·0 + 7·8) / 64 = 7/8: kappa 0. ORG likewise.
        assertThat(entities.types().get("PER").kappa()).isCloseTo(0.75, offset(1e-12));
        assertThat(entities.types().get("LOC").kappa()).isCloseTo(0.0, offset(1e-12));
        assertThat(entities.types().get("ORG").kappa()).isCloseTo(0.0, offset(1e-12));

        // F1, B against A. Strict: Ana Ruiz matches, Tomas (boundary) and Lisbon (type) do not: P = R = 1/3.
        // Partial: Ana Ruiz 1, Tomas 1/2, Lisbon 1 (same boundaries): P = R = 2.5/3.
        assertThat(entities.f1Strict()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(entities.f1Partial()).isCloseTo(2.5 / 3, offset(1e-12));
        // PER: A's two, B's two, one strict match each side: F1 1/2; partial 1.5/2 each: 0.75.
        // LOC: A's Lisbon has no LOC partner in B (strict 0); in partial mode it is credited on A's side
        // (recall 1) but B has no LOC (precision 0): F1 0. ORG the other way round.
        assertThat(entities.types().get("PER").f1Strict()).isCloseTo(0.5, offset(1e-12));
        assertThat(entities.types().get("PER").f1Partial()).isCloseTo(0.75, offset(1e-12));
        assertThat(entities.types().get("LOC").f1Strict()).isZero();
        assertThat(entities.types().get("LOC").f1Partial()).isZero();
        assertThat(entities.types()).containsOnlyKeys("LOC", "ORG", "PER");
        assertThat(entities.types().get("LOC").a()).isEqualTo(1);
        assertThat(entities.types().get("LOC").b()).isZero();

        // Unitizing alpha, L = 34.
        // PER. Segments of A: unit [0,8), gap [8,13), unit [13,23), gap [23,34); of B: unit [0,8), gap [8,13),
        //   unit [13,18), gap [18,34). Overlapping units: [0,8)/[0,8): 0; [13,23)/[13,18): 0² + 5² = 25;
        //   no unit lies inside a gap of the other. D_o = 25 / 34² = 25/1156.
        //   Units (N = 4) of lengths 8, 10, 8, 5; gaps 5, 11 (A) and 5, 16 (B).
        //   l = 8:  3 · (1024 − 192 + 8) / 3 = 840;  gaps ≥ 8: (16−8+1) + (11−8+1) = 13, · 64 = 832;   1672
        //   l = 10: 3 · (2000 − 300 + 10) / 3 = 1710; gaps ≥ 10: 7 + 2 = 9, · 100 = 900;             2610
        //   l = 8 (B): 1672
        //   l = 5:  3 · (250 − 75 + 5) / 3 = 180;     gaps ≥ 5: 12 + 7 + 1 + 1 = 21, · 25 = 525;     705
        //   sum 6659; D_e = (2/34) · 6659 / (68 · 67 − (56 + 90 + 56 + 20)) = 13318 / (34 · 4334) = 6659/73678
        //   α(PER) = 1 − (25/1156) / (6659/73678) = 172231/226406 = 0.760717...
        // LOC. A: gap [0,27), unit [27,33), gap [33,34); B: one gap [0,34). A's unit lies inside B's gap:
        //   D_o = 6² / 1156 = 9/289. One unit (N − 1 = 0); gaps 27, 1, 34; gaps ≥ 6: 22 + 29 = 51, · 36 = 1836;
        //   D_e = (2/34) · 1836 / (4556 − 30) = 54/2263; α(LOC) = 1 − (9/289) / (54/2263) = −529/1734 = −0.305074...
        // ORG: the same with A and B swapped: −529/1734.
        // Layer: α = 1 − (25 + 36 + 36)/1156 / (6659/73678 + 2 · 54/2263) = 307222057/782902394 = 0.392414...
        assertThat(entities.types().get("PER").alpha()).isCloseTo(172231.0 / 226406, offset(1e-9));
        assertThat(entities.types().get("LOC").alpha()).isCloseTo(-529.0 / 1734, offset(1e-9));
        assertThat(entities.types().get("ORG").alpha()).isCloseTo(-529.0 / 1734, offset(1e-9));
        assertThat(entities.alpha()).isCloseTo(307222057.0 / 782902394, offset(1e-9));

        assertThat(result.evaluation().errors()).extracting(e -> AgreementReport.kind(e.kind()), e -> e.gold().text(),
                e -> e.system().text()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("boundary", "Tomas Berg", "Tomas"),
                        org.assertj.core.groups.Tuple.tuple("type", "Lisbon", "Lisbon"));
    }

    /**
     * Quotations and numeric claims. Text (52 code points):
     * {@code "We will act," said Ruiz. Prices rose 3% in 2 weeks.}
     *
     * <pre>
     * A: Quotation We will act [1,12) speaker "Ana Ruiz"; NumericClaim 3% [38,40) 3 percent EXACT;
     *    NumericClaim 2 weeks [44,51) 2 week EXACT
     * B: Quotation We will act [1,12) speaker "Ruiz";     NumericClaim 3% [38,40) 3 percent APPROX
     * </pre>
     */
    static final String CLAIMS = "\"We will act,\" said Ruiz. Prices rose 3% in 2 weeks.";

    static String claimsA() {
        return t(1, "Quotation", 1, 12) + t(2, "Source", 20, 24) + "R1\tspeakerMention Arg1:T1 Arg2:T2\n"
                + "#1\tspeaker T1\tAna Ruiz\n" + t(3, "NumericClaim", 38, 40)
                + "A1\tvalue T3 3\nA2\tunit T3 percent\nA3\tqualifier T3 EXACT\n" + t(4, "NumericClaim", 44, 51)
                + "A4\tvalue T4 2\nA5\tunit T4 week\nA6\tqualifier T4 EXACT\n";
    }

    static String claimsB() {
        return t(1, "Quotation", 1, 12) + t(2, "Source", 20, 24) + "R1\tspeakerMention Arg1:T1 Arg2:T2\n"
                + "#1\tspeaker T1\tRuiz\n" + t(3, "NumericClaim", 38, 40)
                + "A1\tvalue T3 3\nA2\tunit T3 percent\nA3\tqualifier T3 APPROX\n";
    }

    @Test
    void quotationsAndNumericClaimsWorkedOutByHand() throws Exception {
        Path a = folder("a", CLAIMS, claimsA());
        Path b = folder("b", CLAIMS, claimsB());
        AgreementResult result = compare(a, b, List.of(Layer.QUOTATION, Layer.NUMERIC));

        // Tokens: " We will act , " said Ruiz . Prices rose 3% in 2 weeks . (16; "3%" is one word segment)
        assertThat(result.tokens()).isEqualTo(16);
        AgreementResult.LayerAgreement quotations = result.layer(Layer.QUOTATION);
        // the same quotation: every token agrees and chance agreement is below 1: kappa 1; D_o = 0: alpha 1
        assertThat(quotations.kappa()).isEqualTo(1.0);
        assertThat(quotations.alpha()).isEqualTo(1.0);
        assertThat(quotations.f1Strict()).isEqualTo(1.0);
        // speakers "Ana Ruiz" and "Ruiz": not the same name, the same last name
        assertThat(quotations.attributes().agreed(Attribute.SPEAKER)).isZero();
        assertThat(quotations.attributes().compared(Attribute.SPEAKER)).isEqualTo(1);
        assertThat(quotations.attributes().accuracy(Attribute.SPEAKER_LENIENT)).isEqualTo(1.0);

        AgreementResult.LayerAgreement numeric = result.layer(Layer.NUMERIC);
        // A labels 3% 2 weeks (3 tokens), B 3% (1): observed 14/16 = 224/256;
        // chance (3 · 1 + 13 · 15) / 256 = 198/256; kappa = (224 − 198) / (256 − 198) = 26/58 = 13/29
        assertThat(numeric.kappa()).isCloseTo(13.0 / 29, offset(1e-12));
        // F1: A 2, B 1, one match: P 1, R 1/2, F1 2/3
        assertThat(numeric.f1Strict()).isCloseTo(2.0 / 3, offset(1e-12));
        // alpha, L = 52. A: gap [0,38), unit [38,40), gap [40,44), unit [44,51), gap [51,52);
        //   B: gap [0,38), unit [38,40), gap [40,52). [38,40) against [38,40): 0; A's [44,51) lies in B's gap
        //   [40,52): 7² = 49. D_o = 49/2704.
        //   Units (N = 3): 2, 7 (A), 2 (B); gaps 38, 4, 1 (A), 38, 12 (B).
        //   l = 2: 2 · (16 − 12 + 2) / 3 = 4;    gaps ≥ 2: 37 + 3 + 37 + 11 = 88, · 4 = 352;   356
        //   l = 7: 2 · (686 − 147 + 7) / 3 = 364; gaps ≥ 7: 32 + 32 + 6 = 70, · 49 = 3430;   3794
        //   l = 2 (B): 356;  sum 4506
        //   D_e = (2/52) · 4506 / (104 · 103 − (2 + 42 + 2)) = 9012 / (52 · 10666) = 2253/138658
        //   alpha = 1 − (49/2704) / (2253/138658) = −27005/234312 = −0.115252...
        assertThat(numeric.alpha()).isCloseTo(-27005.0 / 234312, offset(1e-9));
        // values on the pair with the same boundaries (3%): value and unit agree, the qualifier does not
        assertThat(numeric.attributes().accuracy(Attribute.VALUE)).isEqualTo(1.0);
        assertThat(numeric.attributes().accuracy(Attribute.UNIT)).isEqualTo(1.0);
        assertThat(numeric.attributes().accuracy(Attribute.QUALIFIER)).isEqualTo(0.0);

        assertThat(result.evaluation().errors()).extracting(e -> AgreementReport.kind(e.kind()),
                e -> AgreementReport.detail(e.detail())).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("attribute", "speaker: A \"Ana Ruiz\", B \"Ruiz\""),
                        org.assertj.core.groups.Tuple.tuple("attribute", "qualifier: A EXACT, B APPROX"),
                        org.assertj.core.groups.Tuple.tuple("only A", ""));
    }

    @Test
    void withoutAnyAnnotationKappaAndAlphaDoNotExist() throws Exception {
        Path a = folder("a", ENTITIES, "");
        Path b = folder("b", ENTITIES, "");
        AgreementResult.LayerAgreement entities = compare(a, b, List.of(Layer.ENTITY)).layer(Layer.ENTITY);
        // every token is O for both: chance agreement 1, kappa 0/0; no unit, alpha 0/0
        assertThat(entities.kappa()).isNaN();
        assertThat(entities.alpha()).isNaN();
        assertThat(entities.f1Strict()).isEqualTo(1.0);
    }

    @Test
    void overlappingUnitsOfOneAnnotatorHaveNoAlpha() throws Exception {
        Path a = folder("a", ENTITIES, t(1, "PER", 0, 8) + t(2, "PER", 4, 12));
        Path b = folder("b", ENTITIES, t(1, "PER", 0, 8));
        AgreementResult.LayerAgreement entities = compare(a, b, List.of(Layer.ENTITY)).layer(Layer.ENTITY);
        assertThat(entities.alpha()).isNaN();
        assertThat(entities.types().get("PER").alpha()).isNaN();
        assertThat(entities.note()).contains("PER", "overlap");
        assertThat(entities.kappa()).isNotNaN();
    }

    @Test
    void differentTextsAreAnError() throws Exception {
        Path a = folder("a", ENTITIES, t(1, "PER", 0, 8));
        Path b = folder("b", ENTITIES.replace("Lisbon", "Lisboa"), t(1, "PER", 0, 8));
        assertThatThrownBy(() -> compare(a, b, List.of(Layer.ENTITY))).isInstanceOf(IOException.class)
                .hasMessageContaining("document d").hasMessageContaining("identical texts")
                .hasMessageContaining("from code point 32");
    }

    @Test
    void disagreementKindsAndDetailsAreWordedForTwoAnnotators() {
        assertThat(List.of(ScoringError.Kind.values())).extracting(AgreementReport::kind).containsExactly("only A",
                "only B", "boundary", "type", "boundary+type", "attribute");
        assertThat(AgreementReport.detail("value: gold 3, system 4; unit: gold \"percent\", system \"\""))
                .isEqualTo("value: A 3, B 4; unit: A \"percent\", B \"\"");
    }

    @Test
    void tokensAreUnicodeWordSegmentsWithoutWhiteSpace() {
        String text = "U.S. troops, 54,000\u00a0of them: 😀 ok";
        assertThat(Tokens.of(text)).extracting(t -> text.substring(t.begin(), t.end()))
                .containsExactly("U.S", ".", "troops", ",", "54,000", "of", "them", ":", "😀", "ok");
    }

    private AgreementResult compare(Path a, Path b, List<Layer> layers) throws IOException {
        return AgreementStudy.compare(new BratGoldSource(a), new BratGoldSource(b), layers, 20);
    }

    private Path folder(String name, String text, String ann) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("d.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d.ann"), ann, StandardCharsets.UTF_8);
        return dir;
    }

    static String t(int n, String type, int begin, int end) {
        String text = type.equals("Quotation") || type.equals("Source") || type.equals("NumericClaim") ? CLAIMS : ENTITIES;
        return "T" + n + "\t" + type + " " + begin + " " + end + "\t" + text.substring(begin, end) + "\n";
    }
}
