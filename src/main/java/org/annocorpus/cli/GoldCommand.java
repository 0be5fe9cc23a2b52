package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.annocorpus.gold.GoldValidator;
import org.annocorpus.gold.GoldValidator.Problem;
import org.annocorpus.pipeline.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus gold}: work with the hand-made gold. */
@Command(name = "gold", mixinStandardHelpOptions = true, description = "Work with the hand-made gold files.",
        subcommands = {GoldCommand.Export.class, GoldImportCommand.class})
public class GoldCommand {

    /** {@code corpus gold export --output DIR}: the gold as corpus XMI and CoNLL. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the gold as XMI with the corpus type system (DIR/xmi/), CoNLL like the corpus export"
                    + " (DIR/conll/) and a manifest, so that gold and system output can be compared with any UIMA tool.",
                    "The gold is validated first; with errors nothing is written."})
    static class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--output", required = true, description = "Directory for xmi/, conll/ and manifest.json.")
        Path output;

        @Mixin
        GoldOptions goldOptions = new GoldOptions();

        @Option(names = "--pipeline", defaultValue = "gold-export",
                description = "Pipeline file, or the name of one in pipelines/ (default: ${DEFAULT-VALUE}).")
        String pipeline;

        @Option(names = "--quiet", description = "No progress on stderr.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = ValidateCommand.shown(goldOptions.folder());
            if (!Files.isDirectory(dir)) {
                err.println("error: gold folder not found: " + dir);
                err.flush();
                return ExitCodes.USAGE;
            }
            List<Problem> errors;
            try {
                errors = GoldValidator.validate(dir).stream().filter(Problem::isError).toList();
            } catch (IOException e) {
                err.println("error: cannot read " + dir + ": " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            if (!errors.isEmpty()) {
                errors.forEach(err::println);
                err.printf("%d error(s) in the gold: nothing exported (see ./corpus validate %s)%n", errors.size(), dir);
                err.flush();
                return ExitCodes.FAILURES;
            }
            AnnotateCommand.Annotated annotated = AnnotateCommand.annotate(dir, output, pipeline, quiet, err);
            RunReport report = annotated.report();
            if (report == null) {
                return annotated.exitCode();
            }
            out.printf(Locale.ROOT, "gold: %d documents exported in %.1f s into %s (xmi/, conll/, manifest.json)%n",
                    report.processed(), report.seconds(), output);
            out.flush();
            return annotated.exitCode();
        }
    }
}
