package org.annocorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.ParallelRunner;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus annotate}: runs a pipeline over a directory of text files. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate every *.txt file of a directory and write XMI, CoNLL and a manifest.")
public class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "Directory of UTF-8 text files, one document each.")
    Path input;

    @Option(names = "--output", required = true, description = "Directory for xmi/, conll/ and manifest.json.")
    Path output;

    @Option(names = "--pipeline", defaultValue = "default",
            description = "Pipeline file, or the name of one in pipelines/ (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores, here ${DEFAULT-VALUE});"
            + " outputs are identical for any number.")
    int threads = ParallelRunner.defaultThreads();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunReport report = annotate(input, output, pipeline, quiet, threads, err);
        if (report == null) {
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "annotated %d documents in %.1f s (%.2f documents/s) into %s%n", report.processed(),
                report.seconds(), report.documentsPerSecond(), output);
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** Runs the pipeline on every core; prints problems to {@code err}; null when nothing could be run. */
    static RunReport annotate(Path input, Path output, String pipeline, boolean quiet, PrintWriter err) {
        return annotate(input, output, pipeline, quiet, ParallelRunner.defaultThreads(), err);
    }

    /** Runs the pipeline on {@code threads} threads; prints problems to {@code err}; null when nothing could be run. */
    static RunReport annotate(Path input, Path output, String pipeline, boolean quiet, int threads, PrintWriter err) {
        if (threads < 1) {
            err.println("error: --threads must be at least 1");
            err.flush();
            return null;
        }
        if (!Files.isDirectory(input)) {
            err.println("error: input directory not found: " + input);
            err.flush();
            return null;
        }
        Map<String, String> variables = Map.of("input", input.toString(), "output", output.toString());
        RunReport report;
        try {
            PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(ProjectPaths.pipeline(pipeline), variables));
            report = new ParallelRunner(err, quiet, threads).run(built);
        } catch (PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        } catch (ResourceInitializationException e) {
            err.println("error: the pipeline could not start: " + Errors.describe(e));
            err.flush();
            return null;
        }
        for (RunReport.Failure failure : report.failures()) {
            err.println("failed: " + failure.document() + ": " + failure.problem());
        }
        if (!report.ok()) {
            err.printf("%d document(s) failed, %d written%n", report.failures().size(), report.processed());
        }
        err.flush();
        return report;
    }
}
