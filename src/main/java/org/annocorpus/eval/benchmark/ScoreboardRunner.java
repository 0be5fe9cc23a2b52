package org.annocorpus.eval.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.SystemScorer;
import org.annocorpus.eval.report.JsonReport;
import org.annocorpus.eval.report.MarkdownReport;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Runs every system of the benchmark over the gold texts, scores each on the layers its pipeline
 * produces, and writes {@code scoreboard.md}, {@code scoreboard.json} and one full report per system
 * ({@code systems/NAME.md}, {@code .json}) to the results folder. A system that fails is shown as failed;
 * the others still run.
 */
public final class ScoreboardRunner {

    private final SystemScorer scorer;
    private final PrintWriter progress;

    public ScoreboardRunner(SystemScorer scorer, PrintWriter progress) {
        this.scorer = scorer;
        this.progress = progress;
    }

    /**
     * @param input the texts the pipelines annotate (the gold folder's own texts for brat gold)
     * @param work each system's output goes to {@code work/NAME}
     */
    public Scoreboard run(List<SystemList.System> systems, DocumentSource gold, Path input, Path work, Path results,
            int samples, long seed) throws IOException {
        List<ScoreboardRow> rows = new ArrayList<>();
        for (SystemList.System system : systems) {
            String pipeline = DocumentSources.display(system.pipeline());
            progress.println("scoreboard: " + system.name() + " (" + pipeline + ")");
            progress.flush();
            try {
                EvalReport report = scorer.scorePipeline(gold, system.pipeline(), input, work.resolve(system.name()));
                AtomicFiles.writeString(results.resolve("systems").resolve(system.name() + ".md"), MarkdownReport.render(report));
                AtomicFiles.writeString(results.resolve("systems").resolve(system.name() + ".json"), JsonReport.render(report));
                rows.add(ScoreboardRow.of(system.name(), pipeline, report));
            } catch (PipelineDefinitionException | ResourceInitializationException | IOException | RuntimeException e) {
                progress.println("scoreboard: " + system.name() + " failed: " + Errors.describe(e));
                progress.flush();
                rows.add(ScoreboardRow.failed(system.name(), pipeline, Errors.describe(e)));
            }
        }
        Scoreboard board = new Scoreboard(gold.description(), gold.ids().size(), samples, seed, rows);
        AtomicFiles.writeString(results.resolve("scoreboard.md"), board.toMarkdown());
        AtomicFiles.writeString(results.resolve("scoreboard.json"), board.toJson());
        return board;
    }
}
