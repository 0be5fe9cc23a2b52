package org.annocorpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annocorpus.quote.NamingClassifierTraining;
import org.annocorpus.quote.NamingClassifierTraining.Fold;
import org.annocorpus.quote.NamingClassifierTraining.Settings;
import org.annocorpus.quote.NamingClassifierTraining.Spans;
import org.annocorpus.quote.GoldDocument;
import org.annocorpus.util.Errors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus train naming}: the classifier of {@code QuotationAnnotator} that drops quoted words only named
 * (terms, titles, scare quotes), from a gold folder and the pipeline's output for its texts; prints the spans of
 * the rules alone, optionally a cross-validation by document, and writes the model with a log.
 */
@Command(name = "naming", mixinStandardHelpOptions = true,
        description = "Train the classifier that tells quoted words only named (a term, a title, scare quotes) from"
                + " quotations (logistic regression) on gold quotations; cross-validate by document, write the model"
                + " and a log of its figures next to it.")
public class TrainNamingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Gold folder (brat: ID.txt + ID.ann) with quotations.")
    Path gold;

    @Option(names = "--system", required = true, description = "XMI folder of a pipeline's output for the gold texts"
            + " (ID.xmi; `corpus annotate --pipeline quote-sieves`): its tokens, sentences, paragraphs and entities are"
            + " read.")
    Path system;

    @Option(names = "--ablation", description = "With --cv: also cross-validate without each feature group in turn"
            + " (speaker, shape, context).")
    boolean ablation;

    @Mixin
    TrainingOptions training;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (training.output == null && training.folds < 2) {
            err.println("train naming: give --output FILE or --cv N (N >= 2)");
            return ExitCodes.USAGE;
        }
        Settings settings;
        try {
            settings = new Settings(training.seed, training.epochs, training.l2, training.rate, training.orders);
        } catch (IllegalArgumentException e) {
            err.println("train naming: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StringWriter log = new StringWriter();
        PrintWriter both = new PrintWriter(new TrainCommand.TeeWriter(out, log), true);
        try {
            List<GoldDocument> docs = GoldQuotationDocuments.load(gold, system);
            both.printf("data: %d gold documents of %s, pipeline output %s%n", docs.size(),
                    ProjectPaths.display(gold), ProjectPaths.display(system));
            both.printf("settings: %s%n", training.describe());
            if (training.folds >= 2) {
                List<List<String>> configurations = new ArrayList<>();
                configurations.add(List.of());
                if (ablation) {
                    for (String g : NamingClassifierTraining.groups()) {
                        configurations.add(List.of(g));
                    }
                }
                for (List<String> without : configurations) {
                    List<Fold> result = NamingClassifierTraining.crossValidate(docs, training.folds,
                            settings.without(Set.copyOf(without)));
                    both.printf("cross-validation, %d folds by document, quotation spans (strict)%s:%n",
                            training.folds, without.isEmpty() ? "" : ", without the " + without.get(0) + " features");
                    for (int k = 0; k < result.size(); k++) {
                        Fold f = result.get(k);
                        both.printf("  fold %d: %3d documents  rules %s  classifier %s%n", k, f.documents(), f.rules(),
                                f.classifier());
                    }
                    Fold p = NamingClassifierTraining.pooled(result);
                    both.printf("  pooled: %3d documents  rules %s  classifier %s%n", p.documents(), p.rules(),
                            p.classifier());
                }
            }
            if (training.output != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                List<String> comments = List.of("naming classifier of QuotationAnnotator (corpus train naming)",
                        "trained on " + docs.size() + " documents of " + ProjectPaths.display(gold),
                        training.describe());
                Spans onTrainingData = NamingClassifierTraining.trainAndWrite(docs, settings, bytes,
                        training.gzipped(), comments);
                training.writeModel(bytes, onTrainingData.toString(), both, log);
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("train naming: " + Errors.describe(e));
            return ExitCodes.FAILURES;
        }
    }
}
