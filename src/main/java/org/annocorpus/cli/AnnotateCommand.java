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
import org.annocorpus.pipeline.PipelineRunner;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.pipeline.WriterParameters;
import org.annocorpus.io.Splits;
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

    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST",
            description = "Write train/dev/test files (e.g. 80/10/10) instead of one corpus file, each document in the"
                    + " part a hash of its id decides; passed to every writer with a 'split' parameter.")
    String split;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunReport report = annotate(input, output, pipeline, quiet, err, split);
        if (report == null) {
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "annotated %d documents in %.1f s (%.2f documents/s) into %s%n", report.processed(),
                report.seconds(), report.documentsPerSecond(), output);
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** Runs the pipeline; prints problems to {@code err}; null when nothing could be run. */
    static RunReport annotate(Path input, Path output, String pipeline, boolean quiet, PrintWriter err) {
        return annotate(input, output, pipeline, quiet, err, null);
    }

    /** As above, with {@code split} (e.g. "80/10/10", or null) given to every writer that takes one. */
    static RunReport annotate(Path input, Path output, String pipeline, boolean quiet, PrintWriter err, String split) {
        if (!Files.isDirectory(input)) {
            err.println("error: input directory not found: " + input);
            err.flush();
            return null;
        }
        Map<String, String> variables = Map.of("input", input.toString(), "output", output.toString());
        RunReport report;
        try {
            PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(ProjectPaths.pipeline(pipeline), variables));
            built.notes().forEach(err::println);
            if (split != null) {
                Splits.parse(split);
                if (WriterParameters.set(built, "split", split) == 0) {
                    err.println("error: --split: no writer of pipeline " + pipeline + " takes a split");
                    err.flush();
                    return null;
                }
            }
            report = new PipelineRunner(err, quiet).run(built);
        } catch (PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return null;
        } catch (IllegalArgumentException e) {
            err.println("error: --split: " + e.getMessage());
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
