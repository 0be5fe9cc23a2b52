package org.annocorpus.testing;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annocorpus.pipeline.ComponentSpec;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinition;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The preprocessing every pipeline shares, for tests: {@code pipelines/parts/preprocessing.yaml} read
 * through the project's own pipeline parser and builder, so a test runs exactly what {@code corpus build}
 * runs (paragraphs, OpenNLP sentences and tokens, clitics split, UD POS tags, lemmas) and can never drift
 * from it. The models load once per test JVM.
 */
public final class Preprocessing {

    /** The pipelines folder, relative to the project directory (where Maven runs the tests). */
    private static final Path PIPELINES = Path.of("pipelines");

    /** The include line of the pipelines that take the part. */
    private static final String INCLUDE = "parts/preprocessing.yaml";

    /** The shared part. */
    public static final Path PART = PIPELINES.resolve(INCLUDE);

    /** The language of every document of the project; DKPro's components pick their mappings by it. */
    public static final String LANGUAGE = "en";

    /** A pipeline that is nothing but the part: the parser only reads parts through an include. */
    private static final String WRAPPER = """
            reader:
              component: TextDocumentReader
              parameters:
                sourceLocation: .
            components:
              - include: %s
            """;

    private static AnalysisEngine engine;

    private Preprocessing() {
    }

    /** The part's components as the parser reads them (class, parameters, and the part's own line numbers). */
    public static List<ComponentSpec> components() {
        return definition().components();
    }

    /** The part as one aggregate description, to put in front of the components under test. */
    public static AnalysisEngineDescription description() {
        try {
            List<AnalysisEngineDescription> components = PipelineBuilder.build(definition()).components();
            return AnalysisEngineFactory.createEngineDescription(components.toArray(new AnalysisEngineDescription[0]));
        } catch (PipelineDefinitionException | ResourceInitializationException e) {
            throw new IllegalStateException("cannot build " + PART + ": " + e.getMessage(), e);
        }
    }

    /** A new CAS of {@code text} (language {@value #LANGUAGE}) after the preprocessing. */
    public static synchronized JCas annotate(String text) throws UIMAException {
        JCas jcas = JCasFactory.createText(text, LANGUAGE);
        engine().process(jcas);
        return jcas;
    }

    /** The value of a parameter of one of the part's components, as written in the part. */
    public static String parameter(String component, String parameter) {
        for (ComponentSpec spec : components()) {
            if (spec.component().equals(component) && spec.parameters().containsKey(parameter)) {
                return String.join(",", spec.parameters().get(parameter).values());
            }
        }
        throw new IllegalArgumentException(PART + " has no component " + component + " with a parameter " + parameter);
    }

    private static synchronized AnalysisEngine engine() throws ResourceInitializationException {
        if (engine == null) {
            engine = AnalysisEngineFactory.createEngine(description());
        }
        return engine;
    }

    private static PipelineDefinition definition() {
        // a wrapper standing in pipelines/ includes the part as pipelines/*.yaml do
        Path wrapper = PIPELINES.resolve("preprocessing-fixture.yaml");
        try {
            return PipelineParser.parse(wrapper.toString(), new StringReader(WRAPPER.formatted(INCLUDE)), Map.of());
        } catch (PipelineDefinitionException e) {
            throw new IllegalStateException("cannot read " + PART + ": " + e.getMessage(), e);
        }
    }
}
