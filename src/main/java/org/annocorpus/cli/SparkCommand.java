package org.annocorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.spark.SparkAnnotator;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus spark}: {@code annotate} on Apache Spark, with the same outputs. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Annotate a folder of *.txt files, or a JSON Lines file of {\"id\", \"text\"} records, on Apache"
                + " Spark and write the same XMI, CoNLL and manifest as annotate.")
public class SparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--master", description = "Spark master URL (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--input", required = true, description = "Folder of UTF-8 *.txt files, or a JSON Lines file.")
    Path input;

    @Option(names = "--output", required = true, description = "Directory for xmi/, conll/ and manifest.json.")
    Path output;

    @Option(names = "--pipeline", defaultValue = "default",
            description = "Pipeline file, or the name of one in pipelines/ (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Partitions (default: 4 per core of the cluster, at most one per document).")
    int partitions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(input)) {
            err.println("error: input not found: " + input);
            err.flush();
            return ExitCodes.USAGE;
        }
        RunReport report;
        try {
            // Spark's classes are only touched from here on: the other commands start without them.
            report = SparkAnnotator.runOn(master, ProjectPaths.pipeline(pipeline), input, output, partitions, err);
        } catch (PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (NoClassDefFoundError e) {
            err.println("error: Apache Spark is not on the class path (run ./corpus spark, or spark-submit): " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        } catch (ResourceInitializationException | java.io.IOException e) {
            err.println("error: " + Errors.describe(e));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        for (RunReport.Failure failure : report.failures()) {
            err.println("failed: " + failure.document() + ": " + failure.problem());
        }
        err.flush();
        out.printf(Locale.ROOT, "annotated %d documents in %.1f s (%.2f documents/s) into %s%n", report.processed(),
                report.seconds(), report.documentsPerSecond(), output);
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
