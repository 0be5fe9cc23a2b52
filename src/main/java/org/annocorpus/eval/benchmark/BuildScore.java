package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annocorpus.corpus.Layer;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.RunInfo;
import org.annocorpus.eval.SystemScorer;
import org.annocorpus.eval.report.JsonReport;
import org.annocorpus.eval.report.MarkdownReport;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;

/**
 * The end of {@code corpus build}: the corpus just built is scored against {@code gold/} on the layers its
 * pipeline produces (full report in {@code out/corpus/scores.md} and {@code .json}) and shown as the first
 * row of the scoreboard, above the rows of the committed benchmark ({@code eval/results/scoreboard.json}).
 * The fresh row shows what this build's code does; the committed rows compare it with every system.
 */
public final class BuildScore {

    public static final int SAMPLES = 1000;
    public static final long SEED = 1;

    private BuildScore() {
    }

    public static void print(PrintWriter out, Path home, Path corpus, Path pipeline, RunReport run) {
        Path gold = home.resolve("gold");
        if (!Files.isDirectory(gold)) {
            out.println("no gold/ folder: the corpus is not scored");
            return;
        }
        List<ScoreboardRow> rows = new ArrayList<>();
        String name = "this build (" + pipeline.getFileName().toString().replaceFirst("\\.yaml$", "") + ")";
        int documents;
        try {
            SystemScorer scorer = new SystemScorer(new SystemScorer.Settings(Arrays.asList(Layer.values()), SAMPLES, SEED,
                    40, false, true), out);
            RunInfo info = new RunInfo(DocumentSources.display(pipeline), run.processed(), run.seconds(), List.of());
            var goldSource = DocumentSources.open(gold);
            EvalReport report = scorer.scoreOutputOf(goldSource, pipeline, corpus, info);
            AtomicFiles.writeString(corpus.resolve("scores.md"), MarkdownReport.render(report));
            AtomicFiles.writeString(corpus.resolve("scores.json"), JsonReport.render(report));
            rows.add(ScoreboardRow.of(name, DocumentSources.display(pipeline), report));
            documents = report.evaluation().documents().size();
        } catch (IOException | PipelineDefinitionException | RuntimeException e) {
            out.println("the corpus could not be scored: " + Errors.describe(e));
            return;
        }
        Path committed = home.resolve("eval").resolve("results").resolve("scoreboard.json");
        String note = "committed benchmark: " + home.relativize(committed) + " (refresh with eval/scoreboard.sh)";
        if (Files.exists(committed)) {
            try {
                rows.addAll(Scoreboard.readJson(committed).rows());
            } catch (IOException | RuntimeException e) {
                note = "the committed scoreboard could not be read: " + Errors.describe(e);
            }
        } else {
            note = "no committed benchmark yet (eval/scoreboard.sh writes eval/results/)";
        }
        out.println();
        out.print(new Scoreboard("gold", documents, SAMPLES, SEED, rows).toText());
        out.println("  scores of this build: " + home.relativize(corpus.resolve("scores.md")) + "; " + note);
    }
}
