package org.annocorpus.eval.source;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.RunInfo;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.PipelineRunner;
import org.annocorpus.pipeline.RunAbortedException;
import org.annocorpus.pipeline.RunReport;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.Capability;

/**
 * A system given as a pipeline file: it is run with {@code ${input}} the folder of texts and
 * {@code ${output}} a work folder, and its output is read back from {@code ${output}/xmi}. Which layers it
 * produces is read from the {@code @TypeCapability} outputs of its components.
 */
public final class PipelineSystem {

    /** The system output of a finished run. */
    public record Run(DocumentSource output, RunInfo info, List<Layer> produced) {
    }

    private PipelineSystem() {
    }

    /** The layers whose UIMA type (or a subtype) some component of the pipeline declares as output. */
    public static List<Layer> producedLayers(PipelineBuilder.Built built) {
        List<Layer> produced = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (built.components().stream().anyMatch(c -> outputs(c, layer))) {
                produced.add(layer);
            }
        }
        return produced;
    }

    /** The layers a pipeline file produces; the file is parsed and checked, not run. */
    public static List<Layer> producedLayers(Path pipeline) throws PipelineDefinitionException {
        return producedLayers(PipelineBuilder.build(PipelineParser.parse(pipeline,
                Map.of("input", "${input}", "output", "${output}"))));
    }

    /**
     * Runs the pipeline. Stale {@code .xmi} files in {@code work/xmi} are deleted first, so that only this
     * run's output is scored.
     */
    public static Run run(Path pipeline, Path input, Path work, PrintWriter progress, boolean quiet)
            throws PipelineDefinitionException, ResourceInitializationException, IOException {
        Path xmi = work.resolve("xmi");
        deleteXmi(xmi);
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(pipeline,
                Map.of("input", input.toString(), "output", work.toString())));
        RunReport report;
        try {
            report = new PipelineRunner(progress, quiet).run(built);
        } catch (RunAbortedException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!XmiSource.holdsXmi(xmi)) {
            throw new IOException("the pipeline " + pipeline + " wrote no XMI to ${output}/xmi (" + xmi
                    + "): it needs an XmiCorpusWriter with targetLocation ${output}/xmi to be scored");
        }
        List<String> failures = report.failures().stream().map(f -> f.document() + ": " + f.problem()).toList();
        RunInfo info = new RunInfo(DocumentSources.display(pipeline), report.processed(), report.seconds(), failures);
        return new Run(new XmiSource(xmi), info, producedLayers(built));
    }

    private static boolean outputs(AnalysisEngineDescription description, Layer layer) {
        Capability[] capabilities = description.getAnalysisEngineMetaData().getCapabilities();
        if (capabilities == null) {
            return false;
        }
        for (Capability capability : capabilities) {
            for (TypeOrFeature output : capability.getOutputs()) {
                String name = output.getName();
                String type = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
                if (isLayerType(type, layer)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLayerType(String typeName, Layer layer) {
        if (typeName.equals(layer.uimaType().getName())) {
            return true;
        }
        try {
            Class<?> cls = Class.forName(typeName, false, PipelineSystem.class.getClassLoader());
            return layer.uimaType().isAssignableFrom(cls);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void deleteXmi(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".xmi")).toList()) {
                Files.delete(file);
            }
        }
    }
}
