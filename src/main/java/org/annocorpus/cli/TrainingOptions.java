package org.annocorpus.cli;

import java.nio.file.Path;

import org.annocorpus.quote.SpeakerRankerTraining;

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

    /** The settings as a line of a training log. */
    String describe() {
        return "seed " + seed + ", epochs " + epochs + ", L2 " + l2 + ", AdaGrad rate " + rate + ", models of " + orders
                + " example orders averaged";
    }
}
