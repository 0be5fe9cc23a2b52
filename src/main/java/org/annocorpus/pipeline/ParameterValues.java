package org.annocorpus.pipeline;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.uima.resource.metadata.ConfigurationParameter;

/** Converts parameter values written in a pipeline file to the type the component declares. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Object convert(String file, String component, ComponentSpec.Parameter parameter,
            ConfigurationParameter declaration) throws PipelineDefinitionException {
        return convert(file, component, null, parameter, declaration);
    }

    /**
     * As above; with the component class, a value the field could not take (an enum constant it lacks, a
     * regular expression that does not compile) is refused here, before any document, with what is allowed.
     */
    static Object convert(String file, String component, Class<?> componentClass, ComponentSpec.Parameter parameter,
            ConfigurationParameter declaration) throws PipelineDefinitionException {
        Class<?> fieldType = componentClass == null ? null : fieldType(componentClass, parameter.name());
        if (fieldType != null) {
            for (String value : parameter.values()) {
                checkFieldValue(file, component, parameter, fieldType, value);
            }
        }
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

    /** The declared type (element type of an array or collection) of the field behind a parameter. */
    static Class<?> fieldType(Class<?> cls, String name) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                org.apache.uima.fit.descriptor.ConfigurationParameter annotation = field
                        .getAnnotation(org.apache.uima.fit.descriptor.ConfigurationParameter.class);
                if (annotation == null) {
                    continue;
                }
                String declared = annotation.name().equals(org.apache.uima.fit.descriptor.ConfigurationParameter.USE_FIELD_NAME)
                        ? field.getName() : annotation.name();
                if (!declared.equals(name)) {
                    continue;
                }
                if (field.getType().isArray()) {
                    return field.getType().getComponentType();
                }
                if (field.getGenericType() instanceof ParameterizedType generic
                        && generic.getActualTypeArguments().length == 1
                        && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                    return element;
                }
                return field.getType();
            }
        }
        return null;
    }

    private static void checkFieldValue(String file, String component, ComponentSpec.Parameter parameter,
            Class<?> fieldType, String value) throws PipelineDefinitionException {
        if (fieldType.isEnum()) {
            List<String> allowed = new java.util.ArrayList<>();
            for (Object constant : fieldType.getEnumConstants()) {
                allowed.add(((Enum<?>) constant).name());
            }
            if (!allowed.contains(value)) {
                throw fail(file, component, parameter, "is '" + value + "', which is not one of "
                        + String.join(", ", allowed));
            }
        } else if (fieldType == Pattern.class) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw fail(file, component, parameter, "is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        } else if (fieldType == Charset.class) {
            try {
                Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw fail(file, component, parameter, "is '" + value + "', which is not a known character set");
            }
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
