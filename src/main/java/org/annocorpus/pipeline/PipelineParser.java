package org.annocorpus.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a pipeline file (YAML) into a {@link PipelineDefinition}. It works on SnakeYAML's node tree, not
 * on plain maps, so that every error names the line it is about. {@code ${name}} in a value is replaced
 * by the variable of that name (the CLI sets {@code input} and {@code output}); an unknown variable is
 * an error, not an empty string. An entry {@code - include: parts/preprocessing.yaml} in a component list
 * splices in the {@code components} of that file (relative to the including file), so that several
 * pipelines share one preprocessing chain.
 */
public final class PipelineParser {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "reader", "components", "writers");
    private static final Set<String> COMPONENT_KEYS = Set.of("component", "name", "parameters");
    private static final Set<String> PART_KEYS = Set.of("description", "components");
    private static final int MAX_INCLUDE_DEPTH = 8;

    private final String file;
    private final Map<String, String> variables;
    private final int depth;

    private PipelineParser(String file, Map<String, String> variables, int depth) {
        this.file = file;
        this.variables = variables;
        this.depth = depth;
    }

    public static PipelineDefinition parse(Path path, Map<String, String> variables) throws PipelineDefinitionException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PipelineDefinitionException(path.toString(), 0, "cannot read pipeline file: " + e.getMessage(), e);
        }
        return parse(path.toString(), new StringReader(text), variables);
    }

    public static PipelineDefinition parse(String file, Reader yamlText, Map<String, String> variables)
            throws PipelineDefinitionException {
        return new PipelineParser(file, variables, 0).parse(yamlText);
    }

    private PipelineDefinition parse(Reader yamlText) throws PipelineDefinitionException {
        Node root = compose(yamlText);
        Map<String, NodeTuple> top = mapping(root, "the pipeline", TOP_KEYS);
        String name = top.containsKey("name") ? scalar(top.get("name").getValueNode(), "name") : "";
        String description = top.containsKey("description") ? scalar(top.get("description").getValueNode(), "description") : "";
        if (!top.containsKey("reader")) {
            throw error(line(root), "the pipeline has no 'reader'");
        }
        ComponentSpec reader = component(top.get("reader").getValueNode());
        List<ComponentSpec> components = componentList(top.get("components"), "components");
        List<ComponentSpec> writers = componentList(top.get("writers"), "writers");
        return new PipelineDefinition(file, name, description, reader, components, writers);
    }

    /** The components of an included part file: a mapping with a 'components' list. */
    private List<ComponentSpec> parsePart(Reader yamlText) throws PipelineDefinitionException {
        Map<String, NodeTuple> top = mapping(compose(yamlText), "an included part", PART_KEYS);
        return componentList(top.get("components"), "components");
    }

    private Node compose(Reader yamlText) throws PipelineDefinitionException {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(yamlText);
        } catch (MarkedYAMLException e) {
            throw error(e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw error(0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw error(0, "the file is empty");
        }
        return root;
    }

    private List<ComponentSpec> componentList(NodeTuple tuple, String key) throws PipelineDefinitionException {
        List<ComponentSpec> specs = new ArrayList<>();
        if (tuple == null) {
            return specs;
        }
        Node node = tuple.getValueNode();
        if (!(node instanceof SequenceNode sequence)) {
            throw error(line(node), "'" + key + "' must be a list of components");
        }
        for (Node item : sequence.getValue()) {
            String included = includeOf(item);
            if (included != null) {
                specs.addAll(include(included, line(item)));
            } else {
                specs.add(component(item));
            }
        }
        return specs;
    }

    /** The file named by an {@code include:} entry, or null for an ordinary component entry. */
    private String includeOf(Node item) throws PipelineDefinitionException {
        if (item instanceof MappingNode mappingNode && mappingNode.getValue().size() == 1) {
            NodeTuple only = mappingNode.getValue().get(0);
            if (only.getKeyNode() instanceof ScalarNode key && "include".equals(key.getValue())) {
                return scalar(only.getValueNode(), "include");
            }
        }
        return null;
    }

    private List<ComponentSpec> include(String name, int line) throws PipelineDefinitionException {
        if (depth >= MAX_INCLUDE_DEPTH) {
            throw error(line, "includes nested more than " + MAX_INCLUDE_DEPTH + " deep (an include cycle?)");
        }
        Path base = Path.of(file).toAbsolutePath().getParent();
        Path part = base == null ? Path.of(name) : base.resolve(name);
        String text;
        try {
            text = Files.readString(part, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw error(line, "cannot read included file " + part + ": " + e.getMessage());
        }
        Path shown = Path.of(file).getParent() == null ? Path.of(name) : Path.of(file).getParent().resolve(name);
        return new PipelineParser(shown.normalize().toString(), variables, depth + 1).parsePart(new StringReader(text));
    }

    private ComponentSpec component(Node node) throws PipelineDefinitionException {
        Map<String, NodeTuple> entries = mapping(node, "a component", COMPONENT_KEYS);
        if (!entries.containsKey("component")) {
            throw error(line(node), "a component entry needs 'component: <class name>'");
        }
        String component = scalar(entries.get("component").getValueNode(), "component");
        String name = entries.containsKey("name") ? scalar(entries.get("name").getValueNode(), "name") : component;
        Map<String, ComponentSpec.Parameter> parameters = new LinkedHashMap<>();
        if (entries.containsKey("parameters")) {
            Node paramsNode = entries.get("parameters").getValueNode();
            if (!(paramsNode instanceof MappingNode params)) {
                throw error(line(paramsNode), "'parameters' of " + component + " must be a mapping of name: value");
            }
            for (NodeTuple tuple : params.getValue()) {
                String key = scalar(tuple.getKeyNode(), "parameter name");
                Node value = tuple.getValueNode();
                if (parameters.containsKey(key)) {
                    throw error(line(tuple.getKeyNode()), "parameter '" + key + "' of " + component + " is given twice");
                }
                parameters.put(key, parameter(key, value));
            }
        }
        return new ComponentSpec(file, name, component, parameters, line(node));
    }

    private ComponentSpec.Parameter parameter(String key, Node value) throws PipelineDefinitionException {
        if (value instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                values.add(scalar(item, "value of " + key));
            }
            return new ComponentSpec.Parameter(key, values, true, line(value));
        }
        return new ComponentSpec.Parameter(key, List.of(scalar(value, "value of " + key)), false, line(value));
    }

    private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowedKeys) throws PipelineDefinitionException {
        if (!(node instanceof MappingNode mappingNode)) {
            throw error(line(node), what + " must be a mapping (key: value lines)");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!allowedKeys.contains(key)) {
                throw error(line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowedKeys.stream().sorted().toList()) + ")");
            }
            entries.put(key, tuple);
        }
        return entries;
    }

    private String scalar(Node node, String what) throws PipelineDefinitionException {
        if (!(node instanceof ScalarNode scalarNode)) {
            throw error(line(node), what + " must be a single value");
        }
        return substitute(scalarNode.getValue(), line(node));
    }

    private String substitute(String value, int line) throws PipelineDefinitionException {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = variables.get(m.group(1));
            if (replacement == null) {
                throw error(line, "unknown variable ${" + m.group(1) + "} (known: "
                        + String.join(", ", variables.keySet().stream().sorted().toList()) + ")");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private PipelineDefinitionException error(int line, String message) {
        return new PipelineDefinitionException(file, line, message);
    }
}
