package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.annocorpus.agreement.AgreementReport;
import org.annocorpus.agreement.AgreementResult;
import org.annocorpus.agreement.AgreementStudy;
import org.annocorpus.scheme.Layer;
import org.annocorpus.gold.InvalidGoldException;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.util.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corpus agree}: inter-annotator agreement of two annotators' gold for the same texts. */
@Command(name = "agree", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Inter-annotator agreement of two annotators' gold for the same texts: per layer and type, F1"
                + " (strict and partial), Cohen's kappa on tokens and Krippendorff's unitizing alpha; agreement on"
                + " speakers and numeric values; every disagreement with its context.",
                "  corpus agree annotator-a/ annotator-b/ --markdown agreement.md --json agreement.json"})
public class AgreeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR_A", description = "Annotator A's gold: brat folder or XMI folder.")
    Path a;

    @Parameters(index = "1", paramLabel = "DIR_B", description = "Annotator B's gold for the same texts.")
    Path b;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to compare: entities, quotations, numeric (default: all).")
    List<String> layers;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full study as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the full study as Markdown.")
    Path markdown;

    @Option(names = "--disagreements", description = "Print every disagreement (always in the JSON and Markdown).")
    boolean disagreements;

    @Option(names = "--per-document", description = "Print the strict F1 of each document (always in the JSON and Markdown).")
    boolean perDocument;

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "Characters of context either side of a disagreement (default: ${DEFAULT-VALUE}).")
    int context;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (context < 0) {
                throw new IllegalArgumentException("--context must not be negative");
            }
            List<Layer> chosen = layers == null ? Arrays.asList(Layer.values())
                    : layers.stream().map(Layer::byId).distinct().toList();
            AgreementResult result = AgreementStudy.compare(DocumentSources.open(a), DocumentSources.open(b), chosen, context);
            if (result.documents().isEmpty()) {
                err.println("error: " + a + " and " + b + " have no document in common");
                return ExitCodes.USAGE;
            }
            out.print(AgreementReport.text(result, disagreements, perDocument));
            if (json != null) {
                AtomicFiles.writeString(json, AgreementReport.json(result));
                out.println("wrote " + json);
            }
            if (markdown != null) {
                AtomicFiles.writeString(markdown, AgreementReport.markdown(result));
                out.println("wrote " + markdown);
            }
            if (!result.onlyA().isEmpty() || !result.onlyB().isEmpty()) {
                err.println("warning: documents annotated by one annotator only are not compared: A only: "
                        + String.join(", ", result.onlyA()) + "; B only: " + String.join(", ", result.onlyB()));
                return ExitCodes.FAILURES;
            }
            return ExitCodes.OK;
        } catch (InvalidGoldException e) {
            return ValidateCommand.refuse(e, err);
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
