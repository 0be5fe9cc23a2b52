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

import org.annocorpus.eval.source.PipelineSystem;
import org.annocorpus.ner.tagger.TaggerModels;
import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.SpeakerRankerTraining;
import org.annocorpus.quote.SpeakerRankerTraining.Counts;
import org.annocorpus.quote.GoldDocument;
import org.annocorpus.quote.SpeakerRankerTraining.Fold;
import org.annocorpus.quote.SpeakerRankerTraining.Settings;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus train speakers}: the speaker ranker of {@code QuotationAnnotator} from a gold folder and the
 * pipeline's output for its texts; prints the oracle (gold speakers among the candidates), optionally a
 * cross-validation by document and an ablation of feature groups, and writes the model with a log.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Train the quotation speaker ranker (log-linear, over every sieve's proposal) on gold quotations;"
                + " print the oracle, cross-validate by document, write the model and a log of its figures next to it.")
public class TrainSpeakersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Gold folder (brat: ID.txt + ID.ann) with quotations and speakers.")
    Path gold;

    @Option(names = "--system", description = "XMI folder of the pipeline's output for the gold texts (ID.xmi);"
            + " without it, --pipeline is run on the gold texts into --work.")
    Path system;

    @Option(names = "--pipeline", defaultValue = "default", description = "Pipeline (file or name in pipelines/) run"
            + " when --system is not given; its tokens, sentences, paragraphs and entities are read (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--work", defaultValue = "out/train-speakers", description = "Where --pipeline writes (default:"
            + " ${DEFAULT-VALUE}, under the project home).")
    Path work;

    @Option(names = "--ablation", description = "With --cv: also cross-validate the cumulative feature groups"
            + " (sieve; + kind; + cluster; + position; + discourse; + content; + role).")
    boolean ablation;

    @Option(names = "--features", split = ",", description = "Feature groups (default: all): sieve, kind, cluster,"
            + " position, discourse, content, role.")
    List<String> features;

    @Option(names = "--clusters", defaultValue = TaggerModels.DEFAULT, description = "Tagger model whose word clusters"
            + " the cluster features read, or none (default: ${DEFAULT-VALUE}).")
    String clusters;

    @Mixin
    TrainingOptions training;

    @Option(names = "--misses", description = "Write the matched quotations whose gold speaker no candidate names"
            + " to this file (tab-separated: document, offset, gold speaker, candidates, first words).")
    Path misses;

    @Option(names = "--examples", description = "Write the ranker's training data to this file, for training other"
            + " rankers: a line per candidate of each matched quotation (tab-separated: document number, from 0 in"
            + " sorted order, as --cv's folds count them; document; quotation offset; candidate speaker, - for none;"
            + " 1 if it is the gold speaker, else 0; its features of the --features groups, space-separated).")
    Path examples;

    @Option(names = "--errors", description = "With --cv: write the held-out quotations whose speaker the ranker gets"
            + " wrong to this file (tab-separated: document, offset, gold speaker, ranker's speaker, its sieve, first"
            + " words); of the last configuration with --ablation.")
    Path errors;

    @Option(names = "--quiet", description = "No progress while a pipeline runs.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (training.output == null && training.folds < 2 && misses == null && examples == null) {
            err.println("train speakers: give --output FILE, --cv N (N >= 2), --misses FILE or --examples FILE");
            return ExitCodes.USAGE;
        }
        if (errors != null && training.folds < 2) {
            err.println("train speakers: --errors needs --cv N (N >= 2)");
            return ExitCodes.USAGE;
        }
        Settings settings;
        try {
            settings = new Settings(features == null ? Set.copyOf(SpeakerRankerTraining.groups())
                    : SpeakerRankerTraining.groups(features), training.seed, training.epochs, training.l2, training.rate,
                    training.orders);
        } catch (IllegalArgumentException e) {
            err.println("train speakers: --features or --orders: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StringWriter log = new StringWriter();
        PrintWriter both = new PrintWriter(new TrainCommand.TeeWriter(out, log), true);
        try {
            WordClusters wc = clusters.equals("none") ? WordClusters.empty() : TaggerModels.model(clusters).clusters();
            Path xmi = system != null ? system : runPipeline(err);
            List<GoldDocument> docs = GoldQuotationDocuments.load(gold, xmi);
            both.printf("data: %d gold documents of %s, pipeline output %s%n", docs.size(), ProjectPaths.display(gold),
                    system != null ? ProjectPaths.display(system) : "of pipeline " + pipeline);
            both.printf("settings: groups %s, %s, clusters %s (%d distsim words)%n", ordered(settings.groups()),
                    training.describe(), clusters, wc.distsimSize());
            SpeakerRankerTraining.Oracle oracle = SpeakerRankerTraining.oracle(docs, wc);
            both.printf("matched quotations (exact boundaries): %d; candidates per quotation %.2f%n",
                    oracle.all().matched(), oracle.meanCandidates());
            both.printf("sieves, first decides: %s%n", oracle.firstSieve());
            both.printf("oracle, sieves' proposals and no speaker: %s%n", oracle.sievesOnly());
            both.printf("oracle, all candidates: %s%n", oracle.all());
            if (misses != null) {
                List<String> lines = oracle.misses();
                writeLines(misses, lines);
                both.printf("quotations no candidate names the speaker of: %d, in %s%n", lines.size(), ProjectPaths.display(misses));
            }
            if (examples != null) {
                List<String> lines = SpeakerRankerTraining.exampleLines(docs, settings.groups(), wc);
                writeLines(examples, lines);
                both.printf("candidates of the matched quotations: %d, in %s%n", lines.size(),
                        ProjectPaths.display(examples));
            }
            if (training.folds >= 2) {
                List<List<String>> configurations = new ArrayList<>();
                if (ablation) {
                    List<String> g = SpeakerRankerTraining.groups();
                    for (int i = 1; i <= g.size(); i++) {
                        configurations.add(g.subList(0, i));
                    }
                } else {
                    configurations.add(ordered(settings.groups()));
                }
                for (List<String> groups : configurations) {
                    List<String> wrong = errors == null ? null : new ArrayList<>();
                    List<Fold> result = SpeakerRankerTraining.crossValidate(docs, training.folds,
                            settings.withGroups(Set.copyOf(groups)), wc, wrong);
                    if (wrong != null) {
                        writeLines(errors, wrong);
                    }
                    both.printf("cross-validation, %d folds by document, groups %s:%n", training.folds,
                            String.join(",", groups));
                    for (int k = 0; k < result.size(); k++) {
                        Fold f = result.get(k);
                        both.printf("  fold %d: %3d documents  speaker: sieves %s  ranker %s  mention exact: sieves %s"
                                + "  ranker %s%n", k, f.documents(), f.sieves(), f.ranker(), f.sieves().mentions(),
                                f.ranker().mentions());
                    }
                    Fold p = SpeakerRankerTraining.pooled(result);
                    both.printf("  pooled: %3d documents  speaker: sieves %s  ranker %s  mention exact: sieves %s"
                            + "  ranker %s%n", p.documents(), p.sieves(), p.ranker(), p.sieves().mentions(),
                            p.ranker().mentions());
                    both.printf("  the ranker's speaker is right where the sieves' is wrong: %d; wrong where it is right: %d%n",
                            p.gained(), p.lost());
                }
            }
            if (training.output != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                List<String> comments = List.of("speaker ranker of QuotationAnnotator (corpus train speakers)",
                        "trained on " + docs.size() + " documents of " + ProjectPaths.display(gold) + ", "
                                + oracle.all().matched() + " matched quotations",
                        "seed " + training.seed + ", epochs " + training.epochs + ", L2 " + training.l2 + ", AdaGrad rate "
                                + training.rate);
                Counts onTrainingData = SpeakerRankerTraining.trainAndWrite(docs, settings, clusters, wc, bytes,
                        training.gzipped(), comments);
                training.writeModel(bytes, "ranker " + onTrainingData, both, log);
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("train speakers: " + Errors.describe(e));
            return ExitCodes.FAILURES;
        }
    }

    /** Writes the lines, each ended by a newline, atomically. */
    private static void writeLines(Path file, List<String> lines) throws IOException {
        AtomicFiles.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    private static List<String> ordered(Set<String> groups) {
        return SpeakerRankerTraining.groups().stream().filter(groups::contains).toList();
    }

    private Path runPipeline(PrintWriter err) throws IOException {
        Path dir = work.isAbsolute() ? work : ProjectPaths.home().resolve(work);
        try (PipelineSystem.Run run = PipelineSystem.run(ProjectPaths.pipeline(pipeline), gold, dir, err, quiet)) {
            return dir.resolve("xmi");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("pipeline " + pipeline + ": " + Errors.describe(e), e);
        }
    }
}
