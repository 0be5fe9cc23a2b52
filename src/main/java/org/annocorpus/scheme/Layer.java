package org.annocorpus.scheme;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * The annotation layers of the scheme and every fact the scheme states per layer, each an exhaustive
 * {@code switch}: a new constant here makes the compiler name each fact still to give, and each
 * consumer's own {@code switch (layer)} (scorer, exporters, review, agreement, gold loading and
 * validation) names what is still to handle there. docs/architecture.md walks through adding one.
 */
public enum Layer {
    ENTITY, QUOTATION, NUMERIC;

    /** Short name used in file names, JSON, tables and {@code --layers}. */
    public String id() {
        return switch (this) {
            case ENTITY -> "entities";
            case QUOTATION -> "quotations";
            case NUMERIC -> "numeric";
        };
    }

    public Class<? extends Annotation> uimaType() {
        return switch (this) {
            case ENTITY -> NamedEntity.class;
            case QUOTATION -> Quotation.class;
            case NUMERIC -> NumericClaim.class;
        };
    }

    /** The type labels of the layer as gold files, the scorer and the review write them, in the scheme's order. */
    public List<String> labels() {
        return switch (this) {
            case ENTITY -> EntityType.labels();
            case QUOTATION -> List.of(Labels.QUOTATION);
            case NUMERIC -> List.of(Labels.NUMERIC_CLAIM);
        };
    }

    /** Whether the layer has several types (and so a type confusion matrix), rather than one. */
    public boolean typed() {
        return labels().size() > 1;
    }

    /**
     * The type label of an annotation of this layer: the entity class for named entities, the layer's
     * own label for quotations and numeric claims (the scheme gives them one type each).
     */
    public String typeOf(Annotation annotation) {
        return switch (this) {
            case ENTITY -> {
                String value = ((NamedEntity) annotation).getValue();
                yield value == null ? "" : value;
            }
            case QUOTATION -> Labels.QUOTATION;
            case NUMERIC -> Labels.NUMERIC_CLAIM;
        };
    }

    /** The tag of an annotation in the layer's IOB2 column of the CoNLL export ({@code B-QUOTE}, {@code I-NUM}, ...). */
    public String conllTag(Annotation annotation) {
        return switch (this) {
            case ENTITY -> ((NamedEntity) annotation).getValue();
            case QUOTATION -> "QUOTE";
            case NUMERIC -> "NUM";
        };
    }

    /** The features a gold file gives as attributes ({@code A} lines), in writing order. */
    public List<String> attributes() {
        return switch (this) {
            case ENTITY, QUOTATION -> List.of();
            case NUMERIC -> List.of(Labels.VALUE, Labels.UNIT, Labels.QUALIFIER);
        };
    }

    /** The attributes every annotation of the layer must have in a gold file. */
    public List<String> requiredAttributes() {
        return switch (this) {
            case ENTITY, QUOTATION -> List.of();
            case NUMERIC -> List.of(Labels.VALUE, Labels.QUALIFIER);
        };
    }

    /** The features a gold file gives as free-text notes ({@code #} lines). */
    public List<String> notes() {
        return switch (this) {
            case ENTITY -> List.of();
            case QUOTATION -> List.of(Labels.SPEAKER);
            case NUMERIC -> List.of(Labels.QUANTIFIED);
        };
    }

    public static Layer byId(String id) {
        for (Layer layer : values()) {
            if (layer.id().equals(id)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + id + "' (known: "
                + String.join(", ", Arrays.stream(values()).map(Layer::id).toList()) + ")");
    }

    /** The layer a type label belongs to; empty for {@link Labels#SOURCE} (a mention, no layer) and unknown labels. */
    public static Optional<Layer> ofLabel(String label) {
        for (Layer layer : values()) {
            if (layer.labels().contains(label)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
