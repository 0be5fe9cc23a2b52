package org.annocorpus.eval.source;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.RunInfo;
import org.annocorpus.io.CorpusFolder;
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

    /**
     * The system output of a finished run. It holds the lock of the work folder until closed, so that no
     * other run replaces the output while it is scored.
     */
    public static final class Run implements AutoCloseable {
        private final DocumentSource output;
        private final RunInfo info;
        private final List<Layer> produced;
        private final CorpusFolder folder;

        Run(DocumentSource output, RunInfo info, List<Layer> produced, CorpusFolder folder) {
            this.output = output;
            this.info = info;
            this.produced = List.copyOf(produced);
            this.folder = folder;
        }

        public DocumentSource output() {
            return output;
        }

        public RunInfo info() {
            return info;
        }

        public List<Layer> produced() {
            return produced;
        }

        /** Releases the work folder. */
        @Override
        public void close() throws IOException {
            folder.close();
        }
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
     * Runs the pipeline into {@code work} as {@code corpus annotate} runs it ({@link CorpusFolder}): the
     * folder's lock is taken before anything in it is touched (a second run into it is refused), the run
     * writes into a staging folder, and only a run that wrote XMI replaces the folder, as a whole; so only
     * this run's output is scored, and a failed run leaves the earlier output as it was. The returned run
     * holds the lock until it is closed.
     */
    public static Run run(Path pipeline, Path input, Path work, PrintWriter progress, boolean quiet)
            throws PipelineDefinitionException, ResourceInitializationException, IOException {
        CorpusFolder folder = CorpusFolder.open(work);
        try {
            Path staging = folder.staging();
            PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(pipeline,
                    Map.of("input", input.toString(), "output", staging.toString())));
            RunReport report;
            try {
                report = new PipelineRunner(progress, quiet).run(built);
            } catch (RunAbortedException e) {
                throw new IOException(e.getMessage() + "; " + work + " is left as it was", e);
            }
            if (!XmiSource.holdsXmi(staging.resolve("xmi"))) {
                throw new IOException("the pipeline " + pipeline + " wrote no XMI to ${output}/xmi (" + work.resolve("xmi")
                        + "): it needs an XmiCorpusWriter with targetLocation ${output}/xmi to be scored");
            }
            folder.commit();
            List<String> failures = report.failures().stream().map(f -> f.document() + ": " + f.problem()).toList();
            RunInfo info = new RunInfo(DocumentSources.display(pipeline), report.processed(), report.seconds(), failures);
            return new Run(new XmiSource(work.resolve("xmi")), info, producedLayers(built), folder);
        } catch (IOException | PipelineDefinitionException | ResourceInitializationException | RuntimeException e) {
            try {
                folder.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
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
}
