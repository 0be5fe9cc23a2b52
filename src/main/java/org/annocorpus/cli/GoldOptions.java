package org.annocorpus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.gold.GoldSplit;

import picocli.CommandLine.Option;

/**
 * The {@code --gold} and {@code --split} options shared by the commands that read gold: a flat folder of gold
 * files is taken as it is; the project's split {@code gold/} (and any folder laid out like it) gives the
 * chosen split, the development split unless {@code --split test} asks for the held-out one.
 */
public class GoldOptions {

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Gold: brat folder (ID.txt + ID.ann), XMI folder, or a folder split into dev/ and test/ (default: gold/).")
    Path gold;

    @Option(names = "--split", paramLabel = "dev|test", defaultValue = "dev",
            description = "Which split of a split gold folder (default: ${DEFAULT-VALUE}). The test split is for reporting:"
                    + " never tune anything on what it shows.")
    String split;

    /** The gold folder as given, or the project's {@code gold/}. */
    Path root() {
        return gold != null ? gold : ProjectPaths.home().resolve("gold");
    }

    /** The folder of gold documents to read: the root itself when flat, else its chosen split. */
    Path folder() {
        return GoldSplit.resolve(root(), GoldSplit.byId(split));
    }

    /** Says on {@code err} which split is read, when the gold is split: figures must be labelled. */
    void announce(PrintWriter err) {
        if (GoldSplit.isSplit(root())) {
            GoldSplit chosen = GoldSplit.byId(split);
            err.println("gold: " + DocumentSources.display(chosen.in(root())) + ", the " + chosen.description());
        }
    }
}
