package org.annocorpus.eval;

import org.annocorpus.scheme.Qualifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.io.Documents;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * Reads the scored layers out of a CAS, so that the CAS can be reused for the next document: scoring
 * keeps only these small records.
 */
public final class SpanExtractor {

    private SpanExtractor() {
    }

    public static DocumentSpans extract(JCas jcas, Set<Layer> layers) {
        return extract(Documents.id(jcas), jcas, layers);
    }

    public static DocumentSpans extract(String id, JCas jcas, Set<Layer> layers) {
        Map<Layer, List<Span>> spans = new EnumMap<>(Layer.class);
        for (Layer layer : layers) {
            List<Span> list = new ArrayList<>();
            for (Annotation annotation : JCasUtil.select(jcas, layer.uimaType())) {
                if (annotation.getBegin() < 0 || annotation.getBegin() > annotation.getEnd()
                        || annotation.getEnd() > jcas.getDocumentText().length()) {
                    continue; // not a span of this text; UIMA would not let it be created, only a hand-made XMI has it
                }
                list.add(new Span(layer.typeOf(annotation), annotation.getBegin(), annotation.getEnd(),
                        features(layer, annotation)));
            }
            list.sort(Span.ORDER);
            spans.put(layer, List.copyOf(list));
        }
        return new DocumentSpans(id, jcas.getDocumentText(), spans);
    }

    private static Features features(Layer layer, Annotation annotation) {
        return switch (layer) {
            case ENTITY -> Features.NONE;
            case QUOTATION -> {
                Quotation quotation = (Quotation) annotation;
                Annotation mention = quotation.getSpeakerMention();
                // a mention without a speaker names no source: the quotation is unattributed
                boolean attributed = mention != null && quotation.getSpeaker() != null && !quotation.getSpeaker().isEmpty();
                Features features = !attributed ? Features.ofQuotation(quotation.getSpeaker())
                        : Features.ofQuotation(quotation.getSpeaker(), mention.getBegin(), mention.getEnd());
                yield features.withSieve(quotation.getAttributionSieve());
            }
            case NUMERIC -> {
                NumericClaim claim = (NumericClaim) annotation;
                // the gold loader reads a missing qualifier as EXACT; a system is read the same way
                yield Features.ofNumericClaim(claim.getValue(), claim.getUnit(), Qualifier.orDefault(claim.getQualifier()));
            }
        };
    }
}
