package org.annocorpus.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceCreationSpecifier;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.Capability;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.util.CasCreationUtils;

/**
 * Turns a {@link PipelineDefinition} into UIMA descriptions, and refuses one that could not run before
 * any document is read: an unknown component, an unknown or ill-typed parameter, a missing mandatory
 * parameter, or a component that needs a type no earlier component (nor the reader) produces.
 */
public final class PipelineBuilder {

    /** Types every CAS has from the start. */
    private static final Set<String> ALWAYS_PRESENT = Set.of("uima.tcas.DocumentAnnotation");

    /**
     * Inputs that say where a document comes from rather than what it contains: required when declared
     * (writers name their files after it), but no content to work on.
     */
    private static final Set<String> NOT_CONTENT = Set.of("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");

    private PipelineBuilder() {
    }

    /**
     * The descriptions of a checked pipeline, and the notes of the check: each declared input that
     * nothing before its component produces, which the component runs without (see checkTypeFlow).
     */
    public record Built(CollectionReaderDescription reader, List<AnalysisEngineDescription> components,
            List<AnalysisEngineDescription> writers, List<String> notes) {

        public Built(CollectionReaderDescription reader, List<AnalysisEngineDescription> components,
                List<AnalysisEngineDescription> writers) {
            this(reader, components, writers, List.of());
        }

        /** Components then writers, as one aggregate in a fixed flow. */
        public AnalysisEngineDescription aggregate() throws ResourceInitializationException {
            List<AnalysisEngineDescription> all = new ArrayList<>(components);
            all.addAll(writers);
            return AnalysisEngineFactory.createEngineDescription(all.toArray(new AnalysisEngineDescription[0]));
        }
    }

    public static Built build(PipelineDefinition definition) throws PipelineDefinitionException {
        CollectionReaderDescription reader = (CollectionReaderDescription) describe(definition.reader(), true);
        List<AnalysisEngineDescription> components = new ArrayList<>();
        for (ComponentSpec spec : definition.components()) {
            components.add((AnalysisEngineDescription) describe(spec, false));
        }
        List<AnalysisEngineDescription> writers = new ArrayList<>();
        for (ComponentSpec spec : definition.writers()) {
            writers.add((AnalysisEngineDescription) describe(spec, false));
        }
        List<String> notes = checkTypeFlow(definition, reader, components, writers);
        return new Built(reader, components, writers, notes);
    }

    private static ResourceCreationSpecifier describe(ComponentSpec spec, boolean isReader)
            throws PipelineDefinitionException {
        String file = spec.file();
        Class<?> cls = ComponentCatalog.find(spec.component());
        if (cls == null) {
            throw new PipelineDefinitionException(file, spec.line(), "unknown component '" + spec.component()
                    + "': not a class name, nor a simple name in " + String.join(", ", ComponentCatalog.PACKAGES));
        }
        if (isReader && !CollectionReader.class.isAssignableFrom(cls)) {
            throw new PipelineDefinitionException(file, spec.line(), spec.component() + " is not a collection reader");
        }
        if (!isReader && !AnalysisComponent.class.isAssignableFrom(cls)) {
            throw new PipelineDefinitionException(file, spec.line(), spec.component() + " is not an analysis component");
        }
        try {
            ResourceCreationSpecifier bare = create(cls, isReader, new Object[0]);
            Map<String, ConfigurationParameter> declared = new java.util.TreeMap<>();
            for (ConfigurationParameter p : bare.getMetaData().getConfigurationParameterDeclarations().getConfigurationParameters()) {
                declared.put(p.getName(), p);
            }
            List<Object> settings = new ArrayList<>();
            for (ComponentSpec.Parameter parameter : spec.parameters().values()) {
                ConfigurationParameter declaration = declared.get(parameter.name());
                if (declaration == null) {
                    throw new PipelineDefinitionException(file, parameter.line(), "unknown parameter '" + parameter.name()
                            + "' of " + spec.component() + " (known: " + String.join(", ", declared.keySet()) + ")");
                }
                settings.add(parameter.name());
                settings.add(ParameterValues.convert(file, spec.component(), cls, parameter, declaration));
            }
            for (ConfigurationParameter declaration : declared.values()) {
                boolean given = spec.parameters().containsKey(declaration.getName());
                boolean hasDefault = bare.getMetaData().getConfigurationParameterSettings()
                        .getParameterValue(declaration.getName()) != null;
                if (declaration.isMandatory() && !given && !hasDefault) {
                    throw new PipelineDefinitionException(file, spec.line(), spec.component()
                            + " needs the parameter '" + declaration.getName() + "'");
                }
            }
            ResourceCreationSpecifier description = create(cls, isReader, settings.toArray());
            description.getMetaData().setName(spec.name());
            return description;
        } catch (ResourceInitializationException | RuntimeException e) {
            throw new PipelineDefinitionException(file, spec.line(), "cannot describe " + spec.component() + ": "
                    + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ResourceCreationSpecifier create(Class<?> cls, boolean isReader, Object[] settings)
            throws ResourceInitializationException {
        if (isReader) {
            return CollectionReaderFactory.createReaderDescription((Class<? extends CollectionReader>) cls, settings);
        }
        return AnalysisEngineFactory.createEngineDescription((Class<? extends AnalysisComponent>) cls, settings);
    }

    /**
     * UIMA capabilities list the types a component <em>may</em> read, with no mark for the ones it cannot
     * do without (DKPro's ConllUWriter lists MorphologicalFeatures and Dependency, which it writes when
     * present). So a component is refused only when none of its declared inputs is available before it
     * (it would have nothing to work on); each other missing input becomes a note, printed before the run.
     * Inputs every CAS has (document annotation, DKPro's DocumentMetaData, which every reader sets) do
     * not count as something to work on.
     */
    private static List<String> checkTypeFlow(PipelineDefinition definition, CollectionReaderDescription reader,
            List<AnalysisEngineDescription> components, List<AnalysisEngineDescription> writers)
            throws PipelineDefinitionException {
        TypeSystem ts;
        try {
            ts = CasCreationUtils.createCas(TypeSystemDescriptionFactory.createTypeSystemDescription(), null, null)
                    .getTypeSystem();
        } catch (ResourceInitializationException e) {
            throw new PipelineDefinitionException(definition.file(), 0, "cannot load the type system: " + e.getMessage(), e);
        }
        Set<String> produced = new LinkedHashSet<>(ALWAYS_PRESENT);
        produced.addAll(types(reader.getCollectionReaderMetaData(), false));
        List<ComponentSpec> specs = new ArrayList<>(definition.components());
        specs.addAll(definition.writers());
        List<AnalysisEngineDescription> descriptions = new ArrayList<>(components);
        descriptions.addAll(writers);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < descriptions.size(); i++) {
            ProcessingResourceMetaData meta = descriptions.get(i).getAnalysisEngineMetaData();
            ComponentSpec spec = specs.get(i);
            List<String> missing = new ArrayList<>();
            boolean anyContent = false;
            boolean anyDeclared = false;
            for (String input : new LinkedHashSet<>(types(meta, true))) {
                Type needed = ts.getType(input);
                if (needed == null) {
                    throw new PipelineDefinitionException(spec.file(), spec.line(), spec.component()
                            + " declares input type " + input + ", which is not in the type system");
                }
                boolean available = produced.stream().map(ts::getType)
                        .anyMatch(t -> t != null && ts.subsumes(needed, t));
                boolean content = !ALWAYS_PRESENT.contains(input) && !NOT_CONTENT.contains(input);
                anyDeclared |= content;
                if (!available) {
                    missing.add(input);
                } else if (content) {
                    anyContent = true;
                }
            }
            if (anyDeclared && !anyContent || missing.stream().anyMatch(NOT_CONTENT::contains)) {
                throw new PipelineDefinitionException(spec.file(), spec.line(), spec.component()
                        + " needs " + String.join(" or ", missing.stream().map(PipelineBuilder::shortName).toList())
                        + ", which neither the reader nor any component before it produces (it produces: "
                        + String.join(", ", new TreeSet<>(produced.stream()
                                .filter(t -> !ALWAYS_PRESENT.contains(t)).map(PipelineBuilder::shortName).toList()))
                        + ")");
            }
            for (String input : missing) {
                notes.add(spec.file() + ":" + spec.line() + ": note: " + spec.component() + " may use "
                        + shortName(input) + ", which nothing before it produces: it runs without");
            }
            produced.addAll(types(meta, false));
        }
        return List.copyOf(notes);
    }

    private static List<String> types(ProcessingResourceMetaData meta, boolean inputs) {
        List<String> names = new ArrayList<>();
        if (meta.getCapabilities() == null) {
            return names;
        }
        for (Capability capability : meta.getCapabilities()) {
            for (TypeOrFeature tf : inputs ? capability.getInputs() : capability.getOutputs()) {
                // a feature capability is written Type:feature; its type is what the flow needs
                String name = tf.getName();
                names.add(name.contains(":") ? name.substring(0, name.indexOf(':')) : name);
            }
        }
        return names;
    }

    private static String shortName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
