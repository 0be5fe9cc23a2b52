package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.RunInfo;
import org.annocorpus.eval.SystemScorer;
import org.annocorpus.eval.report.JsonReport;
import org.annocorpus.eval.report.MarkdownReport;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.gold.GoldSplit;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The end of {@code corpus build}: the build's pipeline is scored against {@code gold/} on the layers it
 * produces, and shown as the first row of the scoreboard, above the rows of the committed benchmark
 * ({@code eval/results/SPLIT/scoreboard.json}). The fresh row shows what this build's code does; the
 * committed rows compare it with every system.
 *
 * <p>With the gold split into {@code dev/} and {@code test/}, each split gets its own labelled scoreboard,
 * the development split first: its figures are development figures (the extractors were written against
 * it), the test split's are the product's quality. The pipeline runs on each split's own texts (full
 * reports in {@code out/corpus/scores-SPLIT.md} and {@code .json}); the seeds annotated into the corpus
 * are only part of the development split. A flat gold folder is scored against the corpus itself.
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
        List<GoldSplit> splits = GoldSplit.present(gold);
        if (splits.isEmpty()) {
            RunInfo info = new RunInfo(DocumentSources.display(pipeline), run.processed(), run.seconds(), List.of());
            printBoard(out, home, corpus, pipeline, null, scorer -> scorer.scoreOutputOf(DocumentSources.open(gold), pipeline,
                    corpus, info), "scores", home.resolve("eval").resolve("results"));
            return;
        }
        for (GoldSplit split : splits) {
            Path texts = split.in(gold);
            Path work = home.resolve("out").resolve("build-eval").resolve(split.id());
            printBoard(out, home, corpus, pipeline, split,
                    scorer -> scorer.scorePipeline(DocumentSources.open(texts), pipeline, texts, work),
                    "scores-" + split.id(), home.resolve("eval").resolve("results").resolve(split.id()));
        }
    }

    /** How the build's row of one scoreboard is scored. */
    private interface Scoring {
        EvalReport score(SystemScorer scorer) throws IOException, PipelineDefinitionException, ResourceInitializationException;
    }

    private static void printBoard(PrintWriter out, Path home, Path corpus, Path pipeline, GoldSplit split, Scoring scoring,
            String reportName, Path committedResults) {
        List<ScoreboardRow> rows = new ArrayList<>();
        String name = "this build (" + pipeline.getFileName().toString().replaceFirst("\\.yaml$", "") + ")";
        String goldName = split == null ? "gold" : "gold/" + split.id();
        int documents;
        try {
            SystemScorer scorer = new SystemScorer(new SystemScorer.Settings(Arrays.asList(Layer.values()), SAMPLES, SEED,
                    40, false, true), out);
            EvalReport report = scoring.score(scorer);
            AtomicFiles.writeString(corpus.resolve(reportName + ".md"), MarkdownReport.render(report));
            AtomicFiles.writeString(corpus.resolve(reportName + ".json"), JsonReport.render(report));
            rows.add(ScoreboardRow.of(name, DocumentSources.display(pipeline), report));
            documents = report.evaluation().documents().size();
        } catch (IOException | PipelineDefinitionException | ResourceInitializationException | RuntimeException e) {
            out.println(goldName + ": the build could not be scored: " + Errors.describe(e));
            return;
        }
        Path committed = committedResults.resolve("scoreboard.json");
        String note = "committed benchmark: " + home.relativize(committed) + " (refresh with eval/scoreboard.sh)";
        if (Files.exists(committed)) {
            try {
                rows.addAll(Scoreboard.readJson(committed).rows());
            } catch (IOException | RuntimeException e) {
                note = "the committed scoreboard could not be read: " + Errors.describe(e);
            }
        } else {
            note = "no committed benchmark yet (eval/scoreboard.sh writes " + home.relativize(committedResults) + "/)";
        }
        out.println();
        if (split != null) {
            out.println("== " + goldName + ": the " + split.description());
        }
        out.print(new Scoreboard(goldName, documents, SAMPLES, SEED, rows).toText());
        out.println("  scores of this build: " + home.relativize(corpus.resolve(reportName + ".md")) + "; " + note);
    }
}
