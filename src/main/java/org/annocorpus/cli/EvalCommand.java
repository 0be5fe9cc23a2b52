package org.annocorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.annocorpus.scheme.Layer;
import org.annocorpus.gold.InvalidGoldException;
import org.annocorpus.eval.EvalReport;
import org.annocorpus.eval.SystemComparison;
import org.annocorpus.eval.SystemScorer;
import org.annocorpus.eval.benchmark.Scoreboard;
import org.annocorpus.eval.benchmark.ScoreboardRunner;
import org.annocorpus.eval.benchmark.SystemList;
import org.annocorpus.eval.conlleval.ConllEval;
import org.annocorpus.eval.conlleval.ConllEvalException;
import org.annocorpus.eval.conlleval.ConllEvalOptions;
import org.annocorpus.eval.report.ComparisonReport;
import org.annocorpus.eval.report.JsonReport;
import org.annocorpus.eval.report.MarkdownReport;
import org.annocorpus.eval.report.TextReport;
import org.annocorpus.eval.source.BratGoldSource;
import org.annocorpus.eval.source.DocumentSource;
import org.annocorpus.eval.source.DocumentSources;
import org.annocorpus.gold.GoldSplit;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.RunAbortedException;
import org.annocorpus.util.AtomicFiles;
import org.annocorpus.util.Errors;
import org.apache.uima.resource.ResourceInitializationException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus eval}: scores system output against gold (all three layers, four modes, attributes,
 * intervals, errors), compares two systems, scores conlleval files, and runs the benchmark.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score system output against gold: precision, recall and F1 per layer, mode (strict, exact,"
                + " partial, type), type and document, micro and macro; attribute accuracies; bootstrap 95%% intervals;"
                + " the errors themselves.",
                "  corpus eval --system out/corpus            score a folder of XMI output against gold/",
                "  corpus eval --pipeline pipelines/X.yaml    run a pipeline on the gold texts and score it",
                "  corpus eval --compare A B                  paired significance test (A, B: folders or pipelines)",
                "  corpus eval --conlleval FILE|-             conlleval.pl's figures for a CoNLL file",
                "  corpus eval scoreboard                     the benchmark: every system of eval/systems.yaml",
                "  corpus eval quantities FILE.json...        value-level numeric benchmark (CQE JSON format)"},
        subcommands = {EvalCommand.ScoreboardCommand.class, QuantitiesCommand.class})
public class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    What what = new What();

    static class What {
        @Option(names = "--system", paramLabel = "DIR",
                description = "System output: a folder of .xmi files, or a corpus folder with xmi/ (as `corpus annotate` writes).")
        Path system;

        @Option(names = "--pipeline", paramLabel = "FILE",
                description = "A pipeline file (or name in pipelines/) to run on the gold texts; its output is scored"
                        + " on the layers its components produce.")
        String pipeline;

        @Option(names = "--compare", arity = "2", paramLabel = "SYSTEM",
                description = "Two systems (folders or pipelines) scored on the same gold and tested for a significant"
                        + " difference (paired approximate randomisation over documents).")
        List<String> compare;

        @Option(names = "--conlleval", paramLabel = "FILE|-",
                description = "Score a CoNLL file (token ... gold guess) exactly as conlleval.pl does; - reads standard input.")
        String conlleval;
    }

    @Mixin
    GoldOptions goldOptions = new GoldOptions();

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to score: entities, quotations, numeric (default: all).")
    List<String> layers;

    @Option(names = "--input", paramLabel = "DIR",
            description = "Texts a pipeline annotates (default: the gold folder's own .txt files).")
    Path input;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where a pipeline writes its output (default: out/eval/NAME), replaced as a whole when the run is over,"
                    + " as annotate replaces its --output; a second run into it is refused while one is running.")
    Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full report as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the full report as Markdown.")
    Path markdown;

    @Option(names = "--errors", description = "List every error (missed, spurious, boundary, type, attribute) with context.")
    boolean errors;

    @Option(names = "--per-document", description = "Print the per-document table (always in the JSON and Markdown reports).")
    boolean perDocument;

    @Option(names = {"--bootstrap", "--samples"}, paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap samples for the intervals, and random swaps of the significance test; 0: no intervals"
                    + " (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "Characters of context either side of an error (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = {"-d", "--delimiter"}, paramLabel = "REGEX", defaultValue = " ",
            description = "conlleval -d: field separator, a regular expression (default: one space).")
    String delimiter;

    @Option(names = {"-r", "--raw"}, description = "conlleval -r: tags without B-/I- prefix, one token per chunk.")
    boolean raw;

    @Option(names = {"-o", "--outside-tag"}, paramLabel = "TAG", defaultValue = "O",
            description = "conlleval -o: the outside tag in raw mode (default: ${DEFAULT-VALUE}).")
    String outsideTag;

    @Option(names = "--quiet", description = "No progress while a pipeline runs.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (what.conlleval != null) {
                return conlleval(out, err);
            }
            if (what.system == null && what.pipeline == null && what.compare == null) {
                err.println("error: give --system DIR, --pipeline FILE, --compare A B or --conlleval FILE (see --help)");
                return ExitCodes.USAGE;
            }
            SystemScorer.Settings settings = settings();
            DocumentSource goldSource = DocumentSources.open(goldOptions.folder());
            goldOptions.announce(err);
            SystemScorer scorer = new SystemScorer(settings, err);
            if (what.compare != null) {
                return compare(scorer, goldSource, out);
            }
            EvalReport report = what.system != null ? scorer.scoreOutput(goldSource, what.system)
                    : scorer.scorePipeline(goldSource, ProjectPaths.pipeline(what.pipeline), input(goldSource), work(what.pipeline));
            out.print(TextReport.render(report, errors, perDocument));
            write(json, () -> JsonReport.render(report), out);
            write(markdown, () -> MarkdownReport.render(report), out);
            boolean complete = report.evaluation().unscored().isEmpty() && (report.run() == null || report.run().failures().isEmpty());
            return complete ? ExitCodes.OK : ExitCodes.FAILURES;
        } catch (InvalidGoldException e) {
            return ValidateCommand.refuse(e, err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            // outputs that could not be written end the run as in corpus annotate; other I/O errors are bad arguments
            return e.getCause() instanceof RunAbortedException ? ExitCodes.INTERNAL : ExitCodes.USAGE;
        } catch (IllegalArgumentException | PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ResourceInitializationException e) {
            err.println("error: the pipeline could not start: " + Errors.describe(e));
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int compare(SystemScorer scorer, DocumentSource goldSource, PrintWriter out)
            throws IOException, PipelineDefinitionException, ResourceInitializationException {
        List<EvalReport> reports = new ArrayList<>();
        for (String system : what.compare) {
            Path dir = Path.of(system);
            reports.add(Files.isDirectory(dir) ? scorer.scoreOutput(goldSource, dir)
                    : scorer.scorePipeline(goldSource, ProjectPaths.pipeline(system), input(goldSource), work(system)));
        }
        SystemComparison.Result result = SystemComparison.compare(reports.get(0).evaluation(), reports.get(1).evaluation(),
                samples, seed);
        out.print(ComparisonReport.text(result));
        write(json, () -> ComparisonReport.json(result), out);
        write(markdown, () -> ComparisonReport.markdown(result), out);
        return ExitCodes.OK;
    }

    private int conlleval(PrintWriter out, PrintWriter err) throws IOException {
        ConllEvalOptions options = new ConllEvalOptions(delimiter, raw, outsideTag);
        InputStream in = "-".equals(what.conlleval) ? System.in : Files.newInputStream(Path.of(what.conlleval));
        try (Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
            out.print(ConllEval.evaluate(reader, options).report());
            return ExitCodes.OK;
        } catch (ConllEvalException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private SystemScorer.Settings settings() {
        List<Layer> chosen = layers == null ? Arrays.asList(Layer.values()) : layers.stream().map(Layer::byId).distinct().toList();
        if (samples < 0 || context < 0) {
            throw new IllegalArgumentException("--bootstrap and --context must not be negative");
        }
        // the significance test draws its own swaps; intervals of each system are not shown there
        int intervals = what.compare != null ? 0 : samples;
        return new SystemScorer.Settings(chosen, intervals, seed, context, errors, quiet);
    }

    private Path input(DocumentSource goldSource) throws IOException {
        if (input != null) {
            return input;
        }
        if (goldSource instanceof BratGoldSource) {
            return goldOptions.folder();
        }
        throw new IOException("--input DIR is needed: the gold is XMI, so there are no texts for the pipeline to read");
    }

    private Path work(String pipeline) {
        if (work != null) {
            return work;
        }
        String name = ProjectPaths.pipeline(pipeline).getFileName().toString().replaceFirst("\\.yaml$", "");
        return ProjectPaths.home().resolve("out").resolve("eval").resolve(name);
    }

    private static void write(Path file, Supplier<String> content, PrintWriter out) throws IOException {
        if (file != null) {
            AtomicFiles.writeString(file, content.get());
            out.println("wrote " + file);
        }
    }

    /** {@code corpus eval scoreboard}: the benchmark. */
    @Command(name = "scoreboard", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Run every system of the list on the gold texts, score each on the layers it produces, and"
                    + " write scoreboard.md, scoreboard.json and a full report per system.")
    static class ScoreboardCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--systems", paramLabel = "FILE", description = "System list (default: eval/systems.yaml).")
        Path systems;

        @Option(names = "--gold", paramLabel = "DIR",
                description = "Gold folder, flat or split into dev/ and test/ (default: gold/).")
        Path gold;

        @Option(names = "--split", paramLabel = "dev|test",
                description = "Only this split of a split gold folder (default: every split, each into OUTPUT/SPLIT/).")
        String split;

        @Option(names = "--input", paramLabel = "DIR", description = "Texts to annotate (default: the gold folder).")
        Path input;

        @Option(names = "--output", paramLabel = "DIR", description = "Results folder (default: eval/results).")
        Path output;

        @Option(names = "--work", paramLabel = "DIR", description = "Systems' output (default: out/eval).")
        Path work;

        @Option(names = {"--bootstrap", "--samples"}, paramLabel = "N", defaultValue = "1000",
                description = "Bootstrap samples (default: ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--quiet", description = "No progress while pipelines run.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path home = ProjectPaths.home();
            Path goldRoot = gold == null ? home.resolve("gold") : gold;
            try {
                List<SystemList.System> list = SystemList.read(systems == null ? home.resolve("eval").resolve("systems.yaml") : systems, home);
                SystemScorer scorer = new SystemScorer(new SystemScorer.Settings(Arrays.asList(Layer.values()), samples, seed,
                        40, false, quiet), err);
                Path results = output == null ? home.resolve("eval").resolve("results") : output;
                Path workRoot = work == null ? home.resolve("out").resolve("eval") : work;
                List<GoldSplit> splits = split != null ? List.of(GoldSplit.byId(split)) : GoldSplit.present(goldRoot);
                boolean failed = false;
                if (splits.isEmpty()) {
                    failed = runBoard(list, scorer, goldRoot, workRoot, results, null, out, err);
                }
                for (GoldSplit s : splits) {
                    failed |= runBoard(list, scorer, s.in(goldRoot), workRoot.resolve(s.id()), results.resolve(s.id()), s, out, err);
                }
                return failed ? ExitCodes.FAILURES : ExitCodes.OK;
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

        /** One scoreboard over one gold folder; true when a system failed. */
        private boolean runBoard(List<SystemList.System> list, SystemScorer scorer, Path goldDir, Path workDir, Path results,
                GoldSplit split, PrintWriter out, PrintWriter err) throws IOException {
            DocumentSource goldSource = DocumentSources.open(goldDir);
            Path texts = input != null ? input : goldDir;
            Scoreboard board = new ScoreboardRunner(scorer, err).run(list, goldSource, texts, workDir, results, samples, seed);
            if (split != null) {
                out.println("== " + split.id() + ": " + split.description());
            }
            out.print(board.toText());
            out.println("wrote " + DocumentSources.display(results.resolve("scoreboard.md")) + " and scoreboard.json");
            return board.rows().stream().anyMatch(r -> r.problem() != null);
        }
    }
}
