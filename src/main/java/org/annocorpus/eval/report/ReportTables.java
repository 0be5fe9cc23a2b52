package org.annocorpus.eval.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.AttributeCounts;
import org.annocorpus.eval.ConfusionMatrix;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.F1Key;
import org.annocorpus.eval.LayerCounts;
import org.annocorpus.eval.Mode;
import org.annocorpus.eval.ModeCounts;
import org.annocorpus.eval.Outcome;
import org.annocorpus.eval.Prf;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.TypeCounts;

/** The tables of an evaluation report, shared by the plain-text and the Markdown report. */
final class ReportTables {

    private ReportTables() {
    }

    /** One row per mode: SemEval counts, micro P/R/F1 with interval, macro F1 with interval. */
    static Table modes(EvalReport report, Layer layer, LayerCounts totals, boolean macroPrecisionRecall) {
        List<String> header = new ArrayList<>(List.of("mode", "COR", "INC", "PAR", "MIS", "SPU", "precision", "recall", "F1",
                "95% CI"));
        if (macroPrecisionRecall) {
            header.addAll(List.of("macro P", "macro R"));
        }
        header.addAll(List.of("macro F1", "95% CI"));
        Table table = new Table(header.toArray(String[]::new));
        for (Mode mode : Mode.values()) {
            ModeCounts counts = totals.mode(mode);
            Prf micro = counts.micro();
            Prf macro = counts.macro();
            List<String> row = new ArrayList<>(List.of(mode.label()));
            for (Outcome outcome : Outcome.values()) {
                row.add(Long.toString(counts.count(outcome)));
            }
            row.addAll(List.of(Numbers.score(micro.precision()), Numbers.score(micro.recall()), Numbers.score(micro.f1()),
                    Numbers.interval(report.interval(new F1Key(layer, mode, F1Key.MICRO)))));
            if (macroPrecisionRecall) {
                row.addAll(List.of(Numbers.score(macro.precision()), Numbers.score(macro.recall())));
            }
            row.addAll(List.of(Numbers.score(macro.f1()), Numbers.interval(report.interval(new F1Key(layer, mode, F1Key.MACRO)))));
            table.row(row);
        }
        return table;
    }

    /** One row per type: gold and system counts, then precision, recall and F1 with interval for each mode given. */
    static Table types(EvalReport report, Layer layer, LayerCounts totals, List<Mode> modes) {
        List<String> header = new ArrayList<>(List.of("type", "gold", "system"));
        for (Mode mode : modes) {
            header.addAll(List.of(mode.label() + " P", mode.label() + " R", mode.label() + " F1", "95% CI"));
        }
        Table table = new Table(header.toArray(String[]::new));
        for (String type : totals.mode(Mode.STRICT).types().keySet()) {
            TypeCounts first = totals.mode(Mode.STRICT).types().get(type);
            List<String> row = new ArrayList<>(List.of(type, Long.toString(first.gold()), Long.toString(first.system())));
            for (Mode mode : modes) {
                Prf prf = totals.mode(mode).types().get(type).prf();
                row.addAll(List.of(Numbers.score(prf.precision()), Numbers.score(prf.recall()), Numbers.score(prf.f1()),
                        Numbers.interval(report.interval(new F1Key(layer, mode, type)))));
            }
            table.row(row);
        }
        return table;
    }

    /** Worth a per-type table: more than one type in gold or system output. */
    static boolean hasSeveralTypes(LayerCounts totals) {
        return totals.mode(Mode.STRICT).types().size() > 1;
    }

    static Table attributes(Layer layer, LayerCounts totals) {
        Table table = new Table("attribute", "compared", "agreed", "accuracy");
        AttributeCounts counts = totals.attributes();
        for (Attribute attribute : Attribute.of(layer)) {
            table.row(describe(attribute), Long.toString(counts.compared(attribute)), Long.toString(counts.agreed(attribute)),
                    Numbers.score(counts.accuracy(attribute)));
        }
        return table;
    }

    static String describe(Attribute attribute) {
        return switch (attribute) {
            case SPEAKER -> "speaker (normalised)";
            case SPEAKER_LENIENT -> "speaker (last name)";
            case MENTION_EXACT -> "speaker mention (exact)";
            case MENTION_OVERLAP -> "speaker mention (overlapping)";
            default -> attribute.id();
        };
    }

    static Table confusion(ConfusionMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("gold \\ system"));
        header.addAll(matrix.systemTypes());
        Table table = new Table(header.toArray(String[]::new));
        for (String gold : matrix.goldTypes()) {
            List<String> row = new ArrayList<>(List.of(gold));
            for (String system : matrix.systemTypes()) {
                long n = matrix.count(gold, system);
                row.add(n == 0 ? "." : Long.toString(n));
            }
            table.row(row);
        }
        return table;
    }

    /** Per document and layer: gold and system annotations, strict and partial F1. */
    static Table documents(Evaluation evaluation) {
        List<String> header = new ArrayList<>(List.of("document"));
        for (Layer layer : evaluation.layers()) {
            header.addAll(List.of(layer.id() + " gold", "system", "strict F1", "partial F1"));
        }
        Table table = new Table(header.toArray(String[]::new));
        for (Evaluation.DocumentCounts document : evaluation.documents()) {
            List<String> row = new ArrayList<>(List.of(document.id()));
            for (Layer layer : evaluation.layers()) {
                LayerCounts counts = document.counts().get(layer);
                ModeCounts strict = counts.mode(Mode.STRICT);
                row.addAll(List.of(Long.toString(strict.possible()), Long.toString(strict.actual()),
                        Numbers.score(strict.micro().f1()), Numbers.score(counts.mode(Mode.PARTIAL).micro().f1())));
            }
            table.row(row);
        }
        return table;
    }

    /** "32 missed, 18 spurious, 20 boundary, 8 type" or "none". */
    static String errorSummary(Map<Layer, EnumMap<ScoringError.Kind, Long>> counts, Layer layer) {
        EnumMap<ScoringError.Kind, Long> kinds = counts.get(layer);
        if (kinds == null || kinds.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        kinds.forEach((kind, n) -> parts.add(n + " " + kind.label()));
        return String.join(", ", parts);
    }

    static Table errors(List<ScoringError> errors) {
        Table table = new Table("document", "layer", "error", "gold", "system", "detail", "context").leftAligned(7);
        for (ScoringError e : errors) {
            table.row(e.document(), e.layer().id(), e.kind().label(), mention(e.gold()), mention(e.system()), e.detail(),
                    e.context());
        }
        return table;
    }

    /** {@code LOC 120-125 "Japan"}, or "—". */
    static String mention(ScoringError.Mention mention) {
        return mention == null ? Numbers.NONE
                : mention.type() + " " + mention.begin() + "-" + mention.end() + " \"" + mention.text().replaceAll("(?U)\\s+", " ") + "\"";
    }

    static String documentsLine(Evaluation evaluation) {
        int gold = evaluation.documents().size();
        int unscored = evaluation.unscored().size();
        return gold + " gold document" + (gold == 1 ? "" : "s") + ", " + (gold - unscored) + " with system output"
                + (unscored > 0 ? ", " + unscored + " without (scored as empty)" : "")
                + (evaluation.extra().isEmpty() ? "" : "; " + evaluation.extra().size() + " system document(s) without gold, not scored");
    }
}
