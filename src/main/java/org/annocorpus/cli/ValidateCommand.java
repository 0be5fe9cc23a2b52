package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.gold.GoldSplit;
import org.annocorpus.gold.GoldValidator;
import org.annocorpus.gold.GoldValidator.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus validate [DIR]}: checks gold files and prints one {@code file:line: problem} line each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the gold files (ID.txt + ID.ann, brat standoff) of a folder against their texts and the"
                + " annotation scheme.",
                "Prints 'file:line: error: ...' and 'file:line: warning: ...'; exits 1 when there is an error, 0 when"
                        + " there are only warnings."})
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", description = "Gold folder; every folder of gold files at or below it is checked (default: gold/ of the project: dev/, test/ and agreement/).")
    Path dir;

    @Option(names = "--no-warnings", description = "Print errors only.")
    boolean noWarnings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path gold = dir != null ? dir : shown(ProjectPaths.home().resolve("gold"));
        if (!Files.isDirectory(gold)) {
            err.println("error: gold folder not found: " + gold);
            err.flush();
            return ExitCodes.USAGE;
        }
        List<Path> folders;
        try {
            folders = GoldSplit.goldFolders(gold);
        } catch (IOException e) {
            err.println("error: cannot read " + gold + ": " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (folders.isEmpty()) {
            out.println(gold + ": error: no gold documents (ID.txt with ID.ann) in this folder or below it");
            out.flush();
            return ExitCodes.FAILURES;
        }
        boolean anyError = false;
        for (Path folder : folders) {
            anyError |= validate(folder, out, err);
        }
        out.flush();
        return anyError ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    /** Validates one folder of gold files and prints its problems and a summary line; true when it has errors. */
    private boolean validate(Path gold, PrintWriter out, PrintWriter err) {
        List<Problem> problems;
        int documents;
        try {
            documents = GoldCorpus.documentIds(gold).size();
            problems = GoldValidator.validate(gold);
        } catch (IOException e) {
            err.println("error: cannot read " + gold + ": " + e.getMessage());
            err.flush();
            return true;
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        for (Problem problem : problems) {
            if (problem.isError() || !noWarnings) {
                out.println(problem);
            }
        }
        out.printf("%s: %d document%s checked, %d error%s, %d warning%s%n", gold, documents, documents == 1 ? "" : "s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        return errors > 0;
    }

    /** The folder relative to the working directory where it lies below it: shorter file names in messages. */
    static Path shown(Path folder) {
        Path cwd = Path.of("").toAbsolutePath();
        return folder.startsWith(cwd) && !folder.equals(cwd) ? cwd.relativize(folder) : folder;
    }

    /** What every scoring command does with invalid gold: the validator's errors, one line each, exit 1. */
    static int refuse(org.annocorpus.gold.InvalidGoldException e, PrintWriter err) {
        e.errors().forEach(err::println);
        err.println("error: " + e.getMessage());
        err.flush();
        return ExitCodes.FAILURES;
    }
}
