package org.annocorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.annocorpus.eval.benchmark.BuildScore;
import org.annocorpus.pipeline.ParallelRunner;
import org.annocorpus.pipeline.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus build}: the main job. Annotates the seed articles into {@code out/corpus/} and sums up. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Annotate seeds/ into out/corpus/ with the default pipeline, score it against gold/ and print the scoreboard.")
public class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pipeline", defaultValue = "default", description = "Pipeline (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = ParallelRunner.defaultThreads();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = ProjectPaths.home();
        Path seeds = home.resolve("seeds");
        // "corpus" at the top is the launcher script, so the corpus goes to out/corpus/.
        Path corpus = home.resolve("out").resolve("corpus");
        RunReport report = AnnotateCommand.annotate(seeds, corpus, pipeline, quiet, threads, err);
        if (report == null) {
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "corpus: %d documents annotated in %.1f s (%.2f documents/s), %d failed%n",
                report.processed(), report.seconds(), report.documentsPerSecond(), report.failures().size());
        out.println("  XMI:      " + home.relativize(corpus.resolve("xmi")) + "/");
        out.println("  CoNLL:    " + home.relativize(corpus.resolve("conll")) + "/");
        out.println("  manifest: " + home.relativize(corpus.resolve("manifest.json")));
        BuildScore.print(out, home, corpus, ProjectPaths.pipeline(pipeline), report);
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
