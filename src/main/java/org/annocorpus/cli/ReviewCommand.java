package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annocorpus.scheme.Layer;
import org.annocorpus.gold.InvalidGoldException;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.review.ReviewReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus review}: a static HTML report of system output against gold, for annotators. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write an HTML review of system output against gold: an index of the documents with their scores,"
                + " and a page per document showing its text with gold and system annotations together, errors marked,"
                + " filters and details. The pages are self-contained: open OUTPUT/index.html from the file system.",
                "  corpus review --system out/corpus --output out/review"})
public class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GoldOptions goldOptions = new GoldOptions();

    @Option(names = "--system", required = true, paramLabel = "DIR",
            description = "System output: a folder of .xmi files, or a corpus folder with xmi/ (as `corpus build` writes).")
    Path system;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write index.html and docs/ (default: out/review).")
    Path output;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to score: entities, quotations, numeric (default: those the system output has any"
                    + " annotation of). The gold of the other layers is shown, not scored.")
    List<String> layers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DocumentSource goldSource = DocumentSources.open(goldOptions.folder());
            goldOptions.announce(err);
            DocumentSource systemSource = DocumentSources.open(system);
            List<Layer> chosen = layers == null ? ReviewReport.layersIn(systemSource)
                    : layers.stream().map(Layer::byId).distinct().toList();
            Path target = output != null ? output : ProjectPaths.home().resolve("out").resolve("review");
            ReviewReport.Result result = ReviewReport.write(goldSource, systemSource, chosen, target);
            if (!result.shown().isEmpty()) {
                err.println("note: not scored (gold shown for reading): "
                        + String.join(", ", result.shown().stream().map(Layer::id).toList())
                        + (layers == null ? ": the system output has none of them (--layers scores them anyway)" : ""));
            }
            result.evaluation().unscored().forEach((id, reason) -> err.println("warning: " + id + ": " + reason
                    + " (shown as if the system had found nothing)"));
            if (!result.evaluation().extra().isEmpty()) {
                err.println("note: system documents without gold, shown but not scored: "
                        + String.join(", ", result.evaluation().extra()));
            }
            out.println("wrote " + DocumentSources.display(result.index()) + " and " + result.pages() + " document page"
                    + (result.pages() == 1 ? "" : "s") + " in " + DocumentSources.display(target.resolve("docs")));
            return result.evaluation().unscored().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURES;
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
