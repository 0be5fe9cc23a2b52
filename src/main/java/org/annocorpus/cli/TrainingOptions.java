package org.annocorpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.annocorpus.quote.SpeakerRankerTraining;
import org.annocorpus.util.AtomicFiles;

import picocli.CommandLine.Option;

/**
 * The options the quotation models' training commands share: the model file, the cross-validation and the
 * optimiser (AdaGrad with L2, averaged over example orders).
 */
final class TrainingOptions {

    @Option(names = "--output", description = "Model file to write (.gz: gzip); a .log of the run is written next to"
            + " it.")
    Path output;

    @Option(names = "--cv", defaultValue = "0", description = "Cross-validate with this many folds by document"
            + " (document i in fold i mod N, in sorted order); 0: none (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the example order"
            + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 weight (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad learning rate (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--orders", defaultValue = "" + SpeakerRankerTraining.Settings.DEFAULT_ORDERS,
            description = "Example orders (seeds --seed, --seed + 1, ...) whose models are averaged into the model"
                    + " (default: ${DEFAULT-VALUE}).")
    int orders;

    /** Whether the model file is written gzipped (its name ends in .gz). */
    boolean gzipped() {
        return output.getFileName().toString().endsWith(".gz");
    }

    /**
     * Writes the trained model to {@code --output}, prints its line (size and {@code onTrainingData}) and then
     * writes the run's {@code log}, that line included, to a .log next to it; both files atomically.
     */
    void writeModel(ByteArrayOutputStream model, String onTrainingData, PrintWriter both, StringWriter log)
            throws IOException {
        AtomicFiles.write(output, o -> model.writeTo(o));
        both.printf("model %s (%d bytes); on its own training data: %s%n", ProjectPaths.display(output), model.size(),
                onTrainingData);
        AtomicFiles.writeString(output.resolveSibling(output.getFileName() + ".log"), log.toString());
    }

    /** The settings as a line of a training log. */
    String describe() {
        return "seed " + seed + ", epochs " + epochs + ", L2 " + l2 + ", AdaGrad rate " + rate + ", models of " + orders
                + " example orders averaged";
    }
}
