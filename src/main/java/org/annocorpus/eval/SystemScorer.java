package org.annocorpus.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.eval.source.PipelineSystem;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Scores one system, given as a folder of output or as a pipeline to run, against a gold source, and
 * draws the bootstrap intervals: the common path of {@code corpus eval}, the benchmark and the build.
 */
public final class SystemScorer {

    /**
     * @param layers the layers to score (of a pipeline, only those it produces)
     * @param samples bootstrap samples (0: no intervals)
     * @param contextWidth characters of context either side of an error
     * @param keepErrors keep the list of errors, not just their numbers
     * @param quiet no progress lines while a pipeline runs
     */
    public record Settings(List<Layer> layers, int samples, long seed, int contextWidth, boolean keepErrors,
            boolean quiet) {

        public Settings {
            layers = List.copyOf(layers);
        }

        public Settings withLayers(List<Layer> other) {
            return new Settings(other, samples, seed, contextWidth, keepErrors, quiet);
        }
    }

    private final Settings settings;
    private final PrintWriter progress;

    /** @param progress where a pipeline run reports progress and failures */
    public SystemScorer(Settings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Scores the output in {@code systemDir} (XMI files, or a corpus folder with {@code xmi/}). */
    public EvalReport scoreOutput(DocumentSource gold, Path systemDir) throws IOException {
        Evaluation evaluation = evaluator(settings.layers()).evaluate(gold, DocumentSources.open(systemDir));
        return EvalReport.of(evaluation, settings.samples(), settings.seed(), List.of(), null);
    }

    /**
     * Runs the pipeline over {@code input} into {@code work} (staged and locked as {@code corpus annotate}
     * writes a corpus) and scores its output on the requested layers that it produces; the others are listed
     * as not produced.
     */
    public EvalReport scorePipeline(DocumentSource gold, Path pipeline, Path input, Path work)
            throws IOException, PipelineDefinitionException, ResourceInitializationException {
        // the work folder stays locked while its output is read
        try (PipelineSystem.Run run = PipelineSystem.run(pipeline, input, work, progress, settings.quiet())) {
            List<Layer> scored = settings.layers().stream().filter(run.produced()::contains).toList();
            List<Layer> notProduced = settings.layers().stream().filter(l -> !run.produced().contains(l)).toList();
            Evaluation evaluation = evaluator(scored).evaluate(gold, run.output());
            return EvalReport.of(evaluation, settings.samples(), settings.seed(), notProduced, run.info());
        }
    }

    /** Scores the output of an earlier run of {@code pipeline} in {@code systemDir} on the layers it produces. */
    public EvalReport scoreOutputOf(DocumentSource gold, Path pipeline, Path systemDir, RunInfo run)
            throws IOException, PipelineDefinitionException {
        List<Layer> produced = PipelineSystem.producedLayers(pipeline);
        List<Layer> scored = settings.layers().stream().filter(produced::contains).toList();
        List<Layer> notProduced = settings.layers().stream().filter(l -> !produced.contains(l)).toList();
        Evaluation evaluation = evaluator(scored).evaluate(gold, DocumentSources.open(systemDir));
        return EvalReport.of(evaluation, settings.samples(), settings.seed(), notProduced, run);
    }

    private Evaluator evaluator(List<Layer> layers) {
        return new Evaluator(layers, settings.contextWidth(), settings.keepErrors());
    }
}
