package org.annocorpus.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corpus} command line. Every command returns an exit code and writes to the streams given. */
@Command(name = "corpus", mixinStandardHelpOptions = true, version = "annocorpus 0.1.0",
        description = "Annotate news articles for named entities, quotations and numeric claims; export; score.",
        subcommands = {BuildCommand.class, AnnotateCommand.class, PipelineCommand.class, NerConllCommand.class})
public class CorpusCli {

    /** A command line writing to the given streams, as the tests use it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CorpusCli());
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }
}
