package org.annocorpus.gold;

import org.annocorpus.type.SourceMention;
import org.annocorpus.scheme.Qualifier;
import org.annocorpus.scheme.Layer;
import org.annocorpus.scheme.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * The gold-scheme annotations of one document, read from any CAS that has the corpus type names (the
 * project's own, or one exported by INCEpTION with other types beside them and other feature ranges,
 * such as a String {@code value}): named entities, quotations with speaker and speaker mention,
 * numeric claims with their features, source mentions. Offsets are code points, as in gold files.
 */
public record BratDocument(String text, List<Span> spans) {

    static final String SOURCE_MENTION = SourceMention.class.getName();

    /**
     * One text-bound annotation: {@code type} is the gold type (PER, ..., Quotation, Source,
     * NumericClaim); {@code attributes} the A-line features, {@code notes} the #-line ones, in writing
     * order; {@code mention} the Source a quotation's speakerMention points to.
     */
    public record Span(String type, int begin, int end, Map<String, String> attributes, Map<String, String> notes,
            Span mention) {
    }

    /** Order of T lines: by start, longer first, then entities, quotations, numeric claims, sources. */
    static final Comparator<Span> ORDER = Comparator.comparingInt(Span::begin)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingInt(s -> rank(s.type()))
            .thenComparing(Span::type);

    private static int rank(String type) {
        return Layer.ofLabel(type).map(Layer::ordinal).orElse(Layer.values().length);
    }

    /** Reads the scheme's layers from a CAS; types the CAS lacks are layers it has nothing of. */
    public static BratDocument fromCas(CAS cas) {
        String text = cas.getDocumentText();
        CodePointOffsets cp = new CodePointOffsets(text);
        List<Span> spans = new ArrayList<>();
        Map<AnnotationFS, Span> sources = new IdentityHashMap<>();
        Map<String, Span> sourceBySpan = new LinkedHashMap<>();

        for (AnnotationFS a : select(cas, SOURCE_MENTION)) {
            sources.put(a, source(a, cp, sourceBySpan));
        }
        for (Layer layer : Layer.values()) {
            for (AnnotationFS a : select(cas, layer.uimaType().getName())) {
                int begin = cp.toCodePoints(a.getBegin());
                int end = cp.toCodePoints(a.getEnd());
                switch (layer) {
                    case ENTITY -> {
                        String value = string(a, "value");
                        if (value != null && !value.isEmpty()) {
                            spans.add(new Span(value, begin, end, Map.of(), Map.of(), null));
                        }
                    }
                    case QUOTATION -> {
                        String speaker = nonNull(string(a, Labels.SPEAKER));
                        Span mention = null;
                        Feature f = a.getType().getFeatureByBaseName(Labels.SPEAKER_MENTION);
                        if (f != null && !f.getRange().isPrimitive()) {
                            FeatureStructure target = a.getFeatureValue(f);
                            if (target instanceof AnnotationFS m) {
                                mention = sources.computeIfAbsent(m, x -> source(x, cp, sourceBySpan));
                            }
                        }
                        Map<String, String> notes = new LinkedHashMap<>();
                        if (!speaker.isEmpty()) {
                            notes.put(Labels.SPEAKER, speaker);
                        }
                        spans.add(new Span(Labels.QUOTATION, begin, end, Map.of(), notes, mention));
                    }
                    case NUMERIC -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        String value = nonNull(string(a, Labels.VALUE));
                        if (!value.isEmpty()) {
                            attributes.put(Labels.VALUE, value);
                        }
                        String unit = nonNull(string(a, Labels.UNIT));
                        if (!unit.isEmpty()) {
                            attributes.put(Labels.UNIT, unit);
                        }
                        attributes.put(Labels.QUALIFIER, Qualifier.orDefault(string(a, Labels.QUALIFIER)));
                        Map<String, String> notes = new LinkedHashMap<>();
                        String quantified = nonNull(string(a, Labels.QUANTIFIED));
                        if (!quantified.isEmpty()) {
                            notes.put(Labels.QUANTIFIED, quantified);
                        }
                        spans.add(new Span(Labels.NUMERIC_CLAIM, begin, end, attributes, notes, null));
                    }
                }
            }
        }
        spans.addAll(sourceBySpan.values());
        spans.sort(ORDER);
        return new BratDocument(text, List.copyOf(spans));
    }

    /** One Source per span: two mention annotations over the same text are one brat Source. */
    private static Span source(AnnotationFS a, CodePointOffsets cp, Map<String, Span> bySpan) {
        int begin = cp.toCodePoints(a.getBegin());
        int end = cp.toCodePoints(a.getEnd());
        return bySpan.computeIfAbsent(begin + ":" + end,
                k -> new Span(Labels.SOURCE, begin, end, Map.of(), Map.of(), null));
    }

    private static List<AnnotationFS> select(CAS cas, String typeName) {
        Type type = cas.getTypeSystem().getType(typeName);
        List<AnnotationFS> result = new ArrayList<>();
        if (type != null) {
            cas.getAnnotationIndex(type).forEach(result::add);
        }
        return result;
    }

    /** A primitive feature as text (a Double 54000.0 as written by UIMA), null when absent. */
    private static String string(AnnotationFS a, String name) {
        Feature f = a.getType().getFeatureByBaseName(name);
        if (f == null || !f.getRange().isPrimitive()) {
            return null;
        }
        return a.getFeatureValueAsString(f);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
