package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.gold.GoldValidator;
import org.annocorpus.gold.PolnearImporter;
import org.annocorpus.gold.XmiGoldImporter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus gold import --xmi DIR --output DIR}: UIMA XMI (INCEpTION's export) back into brat gold;
 * {@code --polnear DIR}: PolNeAR's attributions as quotation gold.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn UIMA XMI (INCEpTION's \"UIMA CAS XMI\" export, unpacked or as its zip files, or this"
                + " project's XMI) into gold files ID.txt + ID.ann, then check them as ./corpus validate does.",
                "Where DIR already holds a document's .ann, unchanged lines keep their ids, so the diff shows only"
                        + " the corrections.",
                "With --polnear: PolNeAR's attribution files turned into quotation gold (Quotation, Source,"
                        + " speakerMention; see org.annocorpus.gold.PolnearImporter), for scoring with ./corpus eval."})
public class GoldImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** What to import: one of the two. */
    static class Input {
        @Option(names = "--xmi", required = true, paramLabel = "DIR",
                description = "Folder searched recursively for *.xmi (and *.zip holding them), each with typesystem.xml beside it.")
        Path xmi;

        @Option(names = "--polnear", required = true, paramLabel = "DIR",
                description = "A PolNeAR split: DIR/text/*.txt and DIR/attributions/*.ann.")
        Path polnear;
    }

    @Option(names = "--exclude", paramLabel = "FILE",
            description = "With --polnear: articles not to import or read (one a line, first field the file name), such as"
                    + " held-out test articles.")
    Path exclude;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Gold folder to write ID.txt and ID.ann into.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path from = input.xmi != null ? input.xmi : input.polnear;
            if (!Files.isDirectory(from)) {
                err.println("error: " + (input.xmi != null ? "XMI" : "PolNeAR") + " folder not found: " + from);
                return ExitCodes.USAGE;
            }
            if (exclude != null && (input.polnear == null || !Files.isRegularFile(exclude))) {
                err.println("error: --exclude " + (input.polnear == null ? "goes with --polnear" : "file not found: " + exclude));
                return ExitCodes.USAGE;
            }
            List<XmiGoldImporter.Imported> documents = input.xmi != null ? XmiGoldImporter.read(from)
                    : PolnearImporter.read(from, exclude == null ? Set.of() : PolnearImporter.excludedIds(exclude));
            if (documents.isEmpty()) {
                err.println("error: no document to import in " + from);
                return ExitCodes.USAGE;
            }
            int errors = 0;
            for (XmiGoldImporter.Imported document : documents) {
                String ann = XmiGoldImporter.write(document, output);
                Path txt = GoldCorpus.text(output, document.id());
                for (GoldValidator.Problem problem : GoldValidator.validateDocument(txt.toString(), Files.readAllBytes(txt),
                        GoldCorpus.annotations(output, document.id()).toString(), ann.getBytes(StandardCharsets.UTF_8))) {
                    err.println(problem);
                    errors += problem.isError() ? 1 : 0;
                }
            }
            out.printf("gold: %d documents imported from %s into %s%n", documents.size(), from, output);
            if (errors > 0) {
                err.printf("%d error(s) in the imported gold: fix them in the annotation tool or the .ann files"
                        + " (./corpus validate %s)%n", errors, output);
                return ExitCodes.FAILURES;
            }
            return ExitCodes.OK;
        } catch (XmiGoldImporter.ImportException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURES;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURES;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
