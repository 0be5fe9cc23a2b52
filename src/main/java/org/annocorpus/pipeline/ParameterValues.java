package org.annocorpus.pipeline;

import java.util.List;

import org.apache.uima.resource.metadata.ConfigurationParameter;

/** Converts parameter values written in a pipeline file to the type the component declares. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Object convert(String file, String component, ComponentSpec.Parameter parameter,
            ConfigurationParameter declaration) throws PipelineDefinitionException {
        String type = declaration.getType();
        List<String> values = parameter.values();
        if (declaration.isMultiValued()) {
            Object array = switch (type) {
                case ConfigurationParameter.TYPE_BOOLEAN -> new Boolean[values.size()];
                case ConfigurationParameter.TYPE_INTEGER -> new Integer[values.size()];
                case ConfigurationParameter.TYPE_LONG -> new Long[values.size()];
                case ConfigurationParameter.TYPE_FLOAT -> new Float[values.size()];
                case ConfigurationParameter.TYPE_DOUBLE -> new Double[values.size()];
                default -> new String[values.size()];
            };
            for (int i = 0; i < values.size(); i++) {
                java.lang.reflect.Array.set(array, i, one(file, component, parameter, type, values.get(i)));
            }
            return array;
        }
        if (parameter.list()) {
            throw fail(file, component, parameter, "takes a single value, not a list");
        }
        return one(file, component, parameter, type, values.get(0));
    }

    private static Object one(String file, String component, ComponentSpec.Parameter parameter, String type, String value)
            throws PipelineDefinitionException {
        try {
            return switch (type) {
                case ConfigurationParameter.TYPE_BOOLEAN -> parseBoolean(value);
                case ConfigurationParameter.TYPE_INTEGER -> Integer.valueOf(value.trim());
                case ConfigurationParameter.TYPE_LONG -> Long.valueOf(value.trim());
                case ConfigurationParameter.TYPE_FLOAT -> Float.valueOf(value.trim());
                case ConfigurationParameter.TYPE_DOUBLE -> Double.valueOf(value.trim());
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            throw fail(file, component, parameter, "must be of type " + type + ", but is '" + value + "'");
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static PipelineDefinitionException fail(String file, String component, ComponentSpec.Parameter parameter,
            String problem) {
        return new PipelineDefinitionException(file, parameter.line(), "parameter '" + parameter.name() + "' of "
                + component + " " + problem);
    }
}
