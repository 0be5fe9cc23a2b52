package org.annocorpus.pipeline;

import java.util.List;

/**
 * Finds a component class by the name a pipeline file gives: a fully qualified class name, or a simple
 * name looked up in the packages that hold this project's and DKPro Core's components.
 */
public final class ComponentCatalog {

    /** Packages searched for a simple class name, in this order. */
    public static final List<String> PACKAGES = List.of(
            "org.annocorpus.io",
            "org.annocorpus.conll",
            "org.annocorpus.preprocess",
            "org.annocorpus.ner",
            "org.annocorpus.quote",
            "org.annocorpus.numeric",
            "org.dkpro.core.tokit",
            "org.dkpro.core.opennlp",
            "org.dkpro.core.io.xmi",
            "org.dkpro.core.io.text",
            "org.dkpro.core.io.conll");

    private ComponentCatalog() {
    }

    /** The class named, or null when there is none. */
    public static Class<?> find(String name) {
        if (name.contains(".")) {
            return load(name);
        }
        for (String pkg : PACKAGES) {
            Class<?> cls = load(pkg + "." + name);
            if (cls != null) {
                return cls;
            }
        }
        return null;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ComponentCatalog.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
