package org.annocorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annocorpus.eval.quantities.QuantityBenchmark;
import org.annocorpus.eval.quantities.QuantityScore;
import org.annocorpus.eval.quantities.QuantitySet;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.util.Errors;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corpus eval quantities FILE.json...}: runs a pipeline's components on each sentence of
 * value-level quantity sets (the CQE evaluation's JSON format) and scores its numeric claims as that
 * evaluation does.
 */
@Command(name = "quantities", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Value-level scoring of numeric claims on quantity test sets in the CQE JSON format (a list of"
                + " {text, quantities: [{value, normalized_unit}]}): value P/R/F1, value+unit F1 and unit agreement,"
                + " matched as the CQE evaluation matches. Units are mapped to the scheme's by"
                + " org/annocorpus/eval/quantities/cqe-units.tsv (see eval/numeric/README.md).",
                "  corpus eval quantities ../shared/data/quantities-dev/*.json"})
public class QuantitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "Quantity sets to score.")
    List<Path> files;

    @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "default",
            description = "Pipeline (file or name in pipelines/) whose components annotate each sentence; its reader and"
                    + " writers are not used (default: ${DEFAULT-VALUE}).")
    String pipeline;

    @Option(names = "--errors", description = "Print every sentence where gold and system quantities differ.")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<QuantitySet> sets = new ArrayList<>();
            for (Path f : files) {
                sets.add(QuantitySet.read(f));
            }
            QuantityBenchmark benchmark = new QuantityBenchmark(engine());
            out.println("pipeline: " + ProjectPaths.pipeline(pipeline));
            out.println(QuantityBenchmark.header());
            QuantityScore total = new QuantityScore();
            for (QuantitySet set : sets) {
                QuantityScore s = benchmark.score(set, errors ? err : null);
                out.println(QuantityBenchmark.row(set.name(), s));
                total.addAll(s);
            }
            if (sets.size() > 1) {
                out.println(QuantityBenchmark.row("all", total));
            }
            return ExitCodes.OK;
        } catch (IOException | PipelineDefinitionException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (UIMAException e) {
            err.println("error: the pipeline failed: " + Errors.describe(e));
            return ExitCodes.FAILURES;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private AnalysisEngine engine() throws PipelineDefinitionException, UIMAException {
        Path home = ProjectPaths.home();
        Map<String, String> variables = Map.of("input", home.toString(), "output", home.resolve("out").toString());
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(ProjectPaths.pipeline(pipeline), variables));
        return AnalysisEngineFactory.createEngine(
                AnalysisEngineFactory.createEngineDescription(built.components().toArray(new AnalysisEngineDescription[0])));
    }
}
