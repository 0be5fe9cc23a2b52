package org.annocorpus.cli;

import java.io.PrintWriter;

import org.annocorpus.util.Errors;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corpus} command line. Every command returns an exit code and writes to the streams given. */
@Command(name = "corpus", mixinStandardHelpOptions = true, version = "annocorpus 0.1.0",
        description = "Annotate news articles for named entities, quotations and numeric claims; export; score.",
        subcommands = {
                BuildCommand.class,
                AnnotateCommand.class,
                PipelineCommand.class,
                ValidateCommand.class,
                GoldCommand.class,
                EvalCommand.class,
                NerConllCommand.class,
                ReviewCommand.class,
                AgreeCommand.class,
                TrainCommand.class,
                SparkCommand.class,
                CommandLine.HelpCommand.class,
        })
public class CorpusCli implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean verbose;

    /** Without a command: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A command line writing to the given streams, as the tests use it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CorpusCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("internal error: " + Errors.describe(e)
                    + (parseResult.originalArgs().contains("--verbose") ? "" : " (--verbose shows where)"));
            if (parseResult.originalArgs().contains("--verbose")) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            // before any logger exists: UIMA's stack traces of failing documents are shown again
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.uima.analysis_engine", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }
}
