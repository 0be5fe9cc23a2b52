package org.annocorpus.testing;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Annotations rendered one per line, in the manner of DKPro Core's test expectations, so that a test
 * compares text and a failure shows the whole difference:
 *
 * <pre>
 * NamedEntity 0-10 "Maria Ruiz" value=PER
 * Quotation 20-41 "We will build it here" speaker=Maria Ruiz speakerMention=NamedEntity 0-10
 * </pre>
 *
 * <p>A line is the type's short name, the UTF-16 offsets, the covered text, then every feature of the type
 * beyond those of {@link Annotation} that has a value, by name: primitives as they are, an annotation
 * it points to by type and offsets, another feature structure by type. Lines are in text order (begin,
 * longer first, then type name and the rest of the line), so the order of creation does not matter.
 */
public final class CasRenderer {

    /** Features every annotation has; they are in the offsets already, or say nothing. */
    private static final Set<String> SKIPPED = Set.of(CAS.FEATURE_BASE_NAME_SOFA, CAS.FEATURE_BASE_NAME_BEGIN,
            CAS.FEATURE_BASE_NAME_END);

    private CasRenderer() {
    }

    /** The annotations of the given types (and their subtypes), one line each. */
    @SafeVarargs
    public static List<String> render(JCas jcas, Class<? extends Annotation>... types) {
        // a type and its subtype may both be asked for: each annotation once
        Set<Annotation> annotations = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Class<? extends Annotation> type : types) {
            annotations.addAll(JCasUtil.select(jcas, type));
        }
        // the line last: annotations on the same span keep one order whatever the order of creation
        return annotations.stream().sorted(Comparator.comparingInt(Annotation::getBegin)
                .thenComparingInt(a -> -a.getEnd()).thenComparing(CasRenderer::line))
                .map(CasRenderer::line).toList();
    }

    /** The same lines joined by line breaks, for one multi-line comparison. */
    @SafeVarargs
    public static String text(JCas jcas, Class<? extends Annotation>... types) {
        return String.join("\n", render(jcas, types));
    }

    /** One annotation's line. */
    public static String line(Annotation a) {
        StringBuilder line = new StringBuilder(a.getType().getShortName()).append(' ').append(span(a));
        for (Feature feature : a.getType().getFeatures()) {
            if (SKIPPED.contains(feature.getShortName())) {
                continue;
            }
            String value = value(a, feature);
            if (value != null) {
                line.append(' ').append(feature.getShortName()).append('=').append(value);
            }
        }
        return line.toString();
    }

    private static String span(Annotation a) {
        return a.getBegin() + "-" + a.getEnd() + " \"" + a.getCoveredText() + "\"";
    }

    private static String value(Annotation a, Feature feature) {
        Type range = feature.getRange();
        if (range.isPrimitive()) {
            String value = a.getFeatureValueAsString(feature);
            return value == null || value.isEmpty() ? null : value;
        }
        var target = a.getFeatureValue(feature);
        if (target == null) {
            return null;
        }
        if (target instanceof Annotation pointed) {
            return pointed.getType().getShortName() + " " + pointed.getBegin() + "-" + pointed.getEnd();
        }
        return target.getType().getShortName();
    }
}
