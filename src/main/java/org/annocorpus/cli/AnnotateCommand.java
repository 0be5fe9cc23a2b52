package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annocorpus.io.CorpusFolder;
import org.annocorpus.pipeline.ComponentSpec;
import org.annocorpus.pipeline.DocumentLimits;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinition;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.ParallelRunner;
import org.annocorpus.pipeline.RunAbortedException;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.pipeline.WriterParameters;
import org.annocorpus.io.Splits;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus annotate}: runs a pipeline over a directory of text files. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotate every *.txt file of a directory (or one file) and write XMI, CoNLL and a manifest.",
                "The output folder changes as a whole when the run is over; a second run into the same folder is refused"
                        + " while one is running."})
public class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "Directory of UTF-8 text files, one document each, or one file.")
    Path input;

    @Option(names = "--output", required = true, description = "Directory for xmi/, conll/ and manifest.json.")
    Path output;

    @Option(names = "--pipeline", defaultValue = "default",
            description = "Pipeline file, or the name of one in pipelines/ (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Annotated result = annotate(input, output, pipeline, quiet, options, err);
        if (result.report() == null) {
            return result.exitCode();
        }
        RunReport report = result.report();
        out.printf(Locale.ROOT, "annotated %d documents in %.1f s (%.2f documents/s) into %s%n", report.processed(),
                report.seconds(), report.documentsPerSecond(), output);
        out.flush();
        return result.exitCode();
    }

    /** Options of every command that annotates. */
    public static class RunOptions {
        @Option(names = "--max-chars", defaultValue = "" + DocumentLimits.DEFAULT_MAX_CHARACTERS,
                description = "A document longer than this (in characters) is refused (default: ${DEFAULT-VALUE}).")
        int maxChars = DocumentLimits.DEFAULT_MAX_CHARACTERS;

        @Option(names = "--doc-timeout", defaultValue = "120",
                description = "Seconds one document may take; a slower one fails and the run goes on (default: ${DEFAULT-VALUE}).")
        long docTimeoutSeconds = DocumentLimits.DEFAULT_TIMEOUT.toSeconds();

        @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST",
                description = "Write train/dev/test files (e.g. 80/10/10) instead of one corpus file, each document in the"
                        + " part a hash of its id decides; passed to every writer with a 'split' parameter.")
        String split;

        @Option(names = "--allow-output-elsewhere",
                description = "Let the pipeline's writers write outside --output (refused by default).")
        boolean allowOutputElsewhere;

        @Option(names = "--threads", description = "Analysis threads (default: the number of cores, here ${DEFAULT-VALUE});"
                + " outputs are identical for any number.")
        int threads = ParallelRunner.defaultThreads();

        DocumentLimits limits() {
            return new DocumentLimits(maxChars, Duration.ofSeconds(docTimeoutSeconds));
        }
    }

    /** What a run gave: its report (null when nothing ran) and the command's exit code. */
    public record Annotated(RunReport report, int exitCode) {
    }

    static Annotated annotate(Path input, Path output, String pipeline, boolean quiet, PrintWriter err) {
        return annotate(input, output, pipeline, quiet, new RunOptions(), err);
    }

    /** Runs the pipeline into {@code output} as a whole; prints problems to {@code err}, one line each. */
    static Annotated annotate(Path input, Path output, String pipeline, boolean quiet, RunOptions options,
            PrintWriter err) {
        try {
            return annotateChecked(input, output, pipeline, quiet, options, err);
        } finally {
            err.flush();
        }
    }

    private static Annotated annotateChecked(Path input, Path output, String pipeline, boolean quiet,
            RunOptions options, PrintWriter err) {
        if (!Files.exists(input)) {
            err.println("error: input directory or file not found: " + input);
            return new Annotated(null, ExitCodes.USAGE);
        }
        if (options.threads < 1) {
            err.println("error: --threads must be at least 1");
            return new Annotated(null, ExitCodes.USAGE);
        }
        DocumentLimits limits;
        try {
            limits = options.limits();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return new Annotated(null, ExitCodes.USAGE);
        }
        PipelineBuilder.Built built;
        Path pipelineFile = ProjectPaths.pipeline(pipeline);
        try (CorpusFolder folder = CorpusFolder.open(output)) {
            Path staging = folder.staging();
            try {
                PipelineDefinition definition = PipelineParser.parse(pipelineFile,
                        Map.of("input", input.toString(), "output", staging.toString()));
                if (!options.allowOutputElsewhere) {
                    checkWritersStayInside(definition, staging, output);
                }
                built = PipelineBuilder.build(definition);
                built.notes().forEach(err::println);
                if (options.split != null) {
                    Splits.parse(options.split);
                    if (WriterParameters.set(built, "split", options.split) == 0) {
                        err.println("error: --split: no writer of pipeline " + pipeline + " takes a split");
                        return new Annotated(null, ExitCodes.USAGE);
                    }
                }
            } catch (PipelineDefinitionException e) {
                err.println("error: " + e.getMessage());
                return new Annotated(null, ExitCodes.USAGE);
            } catch (IllegalArgumentException e) {
                err.println("error: --split: " + e.getMessage());
                return new Annotated(null, ExitCodes.USAGE);
            }
            RunReport report;
            try {
                report = new ParallelRunner(err, quiet, options.threads, limits).run(built);
            } catch (ResourceInitializationException e) {
                err.println("error: the pipeline could not start: " + Errors.describe(e));
                return new Annotated(null, ExitCodes.USAGE);
            } catch (RunAbortedException e) {
                err.println("error: " + e.getMessage() + "; " + output + " is left as it was");
                return new Annotated(null, ExitCodes.INTERNAL);
            }
            if (report.processed() == 0 && report.failures().isEmpty()) {
                err.println("error: no input documents: nothing in " + input + " matches the reader's file pattern"
                        + " (*.txt by default)");
                return new Annotated(null, ExitCodes.USAGE);
            }
            folder.commit();
            for (RunReport.Failure failure : report.failures()) {
                err.println("failed: " + failure.document() + ": " + failure.problem());
            }
            if (!report.ok()) {
                err.printf("%d document(s) failed, %d written%n", report.failures().size(), report.processed());
            }
            return new Annotated(report, report.ok() ? ExitCodes.OK : ExitCodes.FAILURES);
        } catch (CorpusFolder.UnusableException e) {
            err.println("error: " + e.getMessage());
            return new Annotated(null, ExitCodes.USAGE);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + Errors.describe(e)
                    + (isDiskFull(e) ? " (the disk is full)" : ""));
            return new Annotated(null, ExitCodes.INTERNAL);
        }
    }

    /** A writer's target parameter must name a place inside the run's output folder. */
    static void checkWritersStayInside(PipelineDefinition definition, Path staging, Path output)
            throws PipelineDefinitionException {
        Path inside = staging.toAbsolutePath().normalize();
        for (ComponentSpec writer : definition.writers()) {
            for (ComponentSpec.Parameter parameter : writer.parameters().values()) {
                if (!parameter.name().toLowerCase(Locale.ROOT).startsWith("target")) {
                    continue;
                }
                for (String value : parameter.values()) {
                    Path target = Path.of(value).toAbsolutePath().normalize();
                    if (!target.startsWith(inside)) {
                        throw new PipelineDefinitionException(writer.file(), parameter.line(), writer.component()
                                + " writes to " + value + ", outside --output " + output
                                + " (use ${output}/..., or pass --allow-output-elsewhere)");
                    }
                }
            }
        }
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }
}
