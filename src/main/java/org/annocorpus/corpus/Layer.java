package org.annocorpus.corpus;

import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** The three annotation layers of the scheme, with the UIMA type of each and the label of one annotation. */
public enum Layer {
    ENTITY("entities", NamedEntity.class),
    QUOTATION("quotations", Quotation.class),
    NUMERIC("numeric", NumericClaim.class);

    public static final List<String> ENTITY_TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private final String id;
    private final Class<? extends Annotation> uimaType;

    Layer(String id, Class<? extends Annotation> uimaType) {
        this.id = id;
        this.uimaType = uimaType;
    }

    /** Short name used in file names, JSON and tables. */
    public String id() {
        return id;
    }

    public Class<? extends Annotation> uimaType() {
        return uimaType;
    }

    /**
     * The type label of an annotation of this layer: the entity class for named entities, the layer's
     * own name for quotations and numeric claims (the scheme gives them one type each).
     */
    public String typeOf(Annotation annotation) {
        if (this == ENTITY) {
            String value = ((NamedEntity) annotation).getValue();
            return value == null ? "" : value;
        }
        return this == QUOTATION ? "Quotation" : "NumericClaim";
    }

    public static Layer byId(String id) {
        for (Layer layer : values()) {
            if (layer.id.equals(id)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + id + "' (known: entities, quotations, numeric)");
    }
}
