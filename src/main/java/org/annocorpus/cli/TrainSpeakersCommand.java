package org.annocorpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annocorpus.eval.Span;
import org.annocorpus.eval.source.BratGoldSource;
import org.annocorpus.eval.source.PipelineSystem;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.io.SafeXmi;
import org.annocorpus.ner.tagger.TaggerModels;
import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.quote.SpeakerRankerTraining;
import org.annocorpus.quote.SpeakerRankerTraining.Counts;
import org.annocorpus.quote.SpeakerRankerTraining.Document;
import org.annocorpus.quote.SpeakerRankerTraining.Fold;
import org.annocorpus.quote.SpeakerRankerTraining.GoldQuotation;
import org.annocorpus.quote.SpeakerRankerTraining.Settings;
import org.annocorpus.scheme.Layer;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

import picocli.CommandLine.Command;
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

    @Option(names = "--output", description = "Model file to write (.gz: gzip); a .log of the run is written next to it.")
    Path output;

    @Option(names = "--cv", defaultValue = "0", description = "Cross-validate with this many folds by document"
            + " (document i in fold i mod N, in sorted order); 0: none (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--ablation", description = "With --cv: also cross-validate the cumulative feature groups"
            + " (sieve; + kind; + cluster; + position; + discourse; + content; + role).")
    boolean ablation;

    @Option(names = "--features", split = ",", description = "Feature groups (default: all): sieve, kind, cluster,"
            + " position, discourse, content, role.")
    List<String> features;

    @Option(names = "--clusters", defaultValue = TaggerModels.DEFAULT, description = "Tagger model whose word clusters"
            + " the cluster features read, or none (default: ${DEFAULT-VALUE}).")
    String clusters;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the example order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", defaultValue = "0.001", description = "L2 weight (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--rate", defaultValue = "0.1", description = "AdaGrad learning rate (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--orders", defaultValue = "" + Settings.DEFAULT_ORDERS, description = "Example orders (seeds --seed,"
            + " --seed + 1, ...) whose models are averaged into the model (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--misses", description = "Write the matched quotations whose gold speaker no candidate names"
            + " to this file (tab-separated: document, offset, gold speaker, candidates, first words).")
    Path misses;

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
        if (output == null && folds < 2 && misses == null) {
            err.println("train speakers: give --output FILE, --cv N (N >= 2) or --misses FILE");
            return ExitCodes.USAGE;
        }
        if (errors != null && folds < 2) {
            err.println("train speakers: --errors needs --cv N (N >= 2)");
            return ExitCodes.USAGE;
        }
        Settings settings;
        try {
            settings = new Settings(features == null ? Set.copyOf(SpeakerRankerTraining.groups())
                    : SpeakerRankerTraining.groups(features), seed, epochs, l2, rate, orders);
        } catch (IllegalArgumentException e) {
            err.println("train speakers: --features or --orders: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        StringWriter log = new StringWriter();
        PrintWriter both = new PrintWriter(new TrainCommand.TeeWriter(out, log), true);
        try {
            WordClusters wc = clusters.equals("none") ? WordClusters.empty() : TaggerModels.model(clusters).clusters();
            Path xmi = system != null ? system : runPipeline(err);
            List<Document> docs = documents(xmi);
            both.printf("data: %d gold documents of %s, pipeline output %s%n", docs.size(), display(gold),
                    system != null ? display(system) : "of pipeline " + pipeline);
            both.printf("settings: groups %s, seed %d, epochs %d, L2 %s, AdaGrad rate %s, models of %d example orders averaged, clusters %s"
                    + " (%d distsim words)%n", ordered(settings.groups()), seed, epochs, l2, rate, orders, clusters,
                    wc.distsimSize());
            SpeakerRankerTraining.Oracle oracle = SpeakerRankerTraining.oracle(docs, wc);
            both.printf("matched quotations (exact boundaries): %d; candidates per quotation %.2f%n",
                    oracle.all().matched(), oracle.meanCandidates());
            both.printf("sieves, first decides: %s%n", oracle.firstSieve());
            both.printf("oracle, sieves' proposals and no speaker: %s%n", oracle.sievesOnly());
            both.printf("oracle, all candidates: %s%n", oracle.all());
            if (misses != null) {
                List<String> lines = oracle.misses();
                AtomicFiles.writeString(misses, String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"));
                both.printf("quotations no candidate names the speaker of: %d, in %s%n", lines.size(), display(misses));
            }
            if (folds >= 2) {
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
                    List<Fold> result = SpeakerRankerTraining.crossValidate(docs, folds,
                            settings.withGroups(Set.copyOf(groups)), wc, wrong);
                    if (wrong != null) {
                        AtomicFiles.writeString(errors, String.join("\n", wrong) + (wrong.isEmpty() ? "" : "\n"));
                    }
                    both.printf("cross-validation, %d folds by document, groups %s:%n", folds, String.join(",", groups));
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
            if (output != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                List<String> comments = List.of("speaker ranker of QuotationAnnotator (corpus train speakers)",
                        "trained on " + docs.size() + " documents of " + display(gold) + ", "
                                + oracle.all().matched() + " matched quotations",
                        "seed " + seed + ", epochs " + epochs + ", L2 " + l2 + ", AdaGrad rate " + rate);
                Counts training = SpeakerRankerTraining.trainAndWrite(docs, settings, clusters, wc, bytes,
                        output.getFileName().toString().endsWith(".gz"), comments);
                AtomicFiles.write(output, o -> bytes.writeTo(o));
                both.printf("model %s (%d bytes); on its own training data: ranker %s%n", display(output),
                        bytes.size(), training);
                AtomicFiles.writeString(output.resolveSibling(output.getFileName() + ".log"), log.toString());
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("train speakers: " + Errors.describe(e));
            return ExitCodes.FAILURES;
        }
    }

    private static List<String> ordered(Set<String> groups) {
        return SpeakerRankerTraining.groups().stream().filter(groups::contains).toList();
    }

    private static String display(Path p) {
        Path home = ProjectPaths.home().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : p.toString();
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

    /** The gold documents, each with the pipeline's output for its text. */
    private List<Document> documents(Path xmi) throws IOException {
        BratGoldSource goldSource = new BratGoldSource(gold);
        List<Document> docs = new ArrayList<>();
        JCas jcas;
        try {
            jcas = JCasFactory.createJCas();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a CAS: " + e.getMessage(), e);
        }
        for (String id : GoldCorpus.documentIds(gold)) {
            Path file = xmi.resolve(id + ".xmi");
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no pipeline output for gold document " + id);
            }
            jcas.reset();
            try (InputStream in = Files.newInputStream(file)) {
                SafeXmi.deserialize(in, jcas.getCas(), true);
            } catch (org.xml.sax.SAXException e) {
                throw new IOException(file + ": not a readable XMI file: " + e.getMessage(), e);
            }
            var spans = goldSource.load(id, Set.of(Layer.QUOTATION));
            if (!spans.text().equals(jcas.getDocumentText())) {
                throw new IOException(file + ": its text differs from " + GoldCorpus.text(gold, id));
            }
            List<GoldQuotation> quotes = new ArrayList<>();
            for (Span s : spans.spans(Layer.QUOTATION)) {
                quotes.add(new GoldQuotation(s.begin(), s.end(), s.features().speaker(), s.features().mentionBegin(),
                        s.features().mentionEnd()));
            }
            docs.add(SpeakerRankerTraining.document(id, jcas, quotes));
        }
        return docs;
    }
}
