package org.annocorpus.eval.quantities;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annocorpus.eval.quantities.QuantityScore.Quantity;
import org.annocorpus.type.NumericClaim;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * Runs an analysis engine that writes {@link NumericClaim}s on each sentence of a {@link QuantitySet}
 * and scores the claims at value level ({@link QuantityScore}), gold units mapped by {@link CqeUnits}.
 */
public final class QuantityBenchmark {

    private final AnalysisEngine engine;
    private final CqeUnits units = CqeUnits.load();

    public QuantityBenchmark(AnalysisEngine engine) {
        this.engine = engine;
    }

    /** Scores the set; with {@code errors} set, prints each sentence where gold and system differ. */
    public QuantityScore score(QuantitySet set, PrintWriter errors) throws UIMAException {
        QuantityScore score = new QuantityScore();
        JCas jcas = engine.newJCas();
        for (int i = 0; i < set.sentences().size(); i++) {
            QuantitySet.Sentence sentence = set.sentences().get(i);
            jcas.reset();
            jcas.setDocumentText(sentence.text());
            jcas.setDocumentLanguage("en");
            engine.process(jcas);
            List<ClaimRanges.Claim> claims = new ArrayList<>();
            for (NumericClaim c : JCasUtil.select(jcas, NumericClaim.class)) {
                claims.add(new ClaimRanges.Claim(c.getBegin(), c.getEnd(), c.getValue(), c.getUnit()));
            }
            List<Quantity> system = ClaimRanges.quantities(sentence.text(), claims);
            List<Quantity> gold = new ArrayList<>();
            for (QuantitySet.GoldQuantity g : sentence.quantities()) {
                CqeUnits.Mapping m = units.map(g.unit());
                gold.add(new Quantity(Value.parse(g.value()).times(m.factor()), m.unit()));
            }
            int valuesBefore = score.correctValue();
            int unitsBefore = score.correctUnit();
            score.add(gold, system);
            boolean perfect = score.correctValue() - valuesBefore == gold.size()
                    && score.correctUnit() - unitsBefore == gold.size() && system.size() == gold.size();
            if (errors != null && !perfect) {
                errors.printf(Locale.ROOT, "%s #%d: %s%n  gold:   %s%n  system: %s%n", set.name(), i, sentence.text(),
                        render(gold), render(system));
            }
        }
        return score;
    }

    private static String render(List<Quantity> quantities) {
        List<String> parts = new ArrayList<>();
        for (Quantity q : quantities) {
            parts.add(q.value() + (q.unit().isEmpty() ? "" : " " + q.unit()));
        }
        return parts.isEmpty() ? "-" : String.join(" | ", parts);
    }

    /** The report's table row: value P/R/F1, value+unit P/R/F1, unit agreement on the value matches. */
    public static String row(String name, QuantityScore s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %d | %.3f | %.3f |", name, s.gold(),
                s.system(), s.correctValue(), s.precision(s.correctValue()), s.recall(s.correctValue()),
                s.f1(s.correctValue()), s.correctUnit(), s.f1(s.correctUnit()), s.unitAgreement());
    }

    public static String header() {
        return "| set | gold | system | value matches | value P | value R | value F1 | value+unit matches | value+unit F1 | unit agreement |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }
}
