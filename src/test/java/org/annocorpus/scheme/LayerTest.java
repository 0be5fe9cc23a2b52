package org.annocorpus.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

class LayerTest {

    @Test
    void thatEveryLabelBelongsToExactlyOneLayer() {
        for (Layer layer : Layer.values()) {
            assertThat(layer.labels()).isNotEmpty()
                    .allSatisfy(label -> assertThat(Layer.ofLabel(label)).contains(layer));
        }
        assertThat(Layer.ofLabel(Labels.SOURCE)).isEmpty();
        assertThat(Layer.ofLabel("PERSON")).isEmpty();
        assertThat(Labels.textBoundTypes()).containsExactly("PER", "ORG", "LOC", "MISC", "Quotation", "NumericClaim",
                "Source");
    }

    @Test
    void thatIdsRoundTrip() {
        assertThat(Layer.values()).extracting(Layer::id).containsExactly("entities", "quotations", "numeric");
        assertThat(Arrays.stream(Layer.values()).map(Layer::id).map(Layer::byId)).containsExactly(Layer.values());
        assertThatThrownBy(() -> Layer.byId("sources")).hasMessageContaining("unknown layer 'sources'");
    }

    @Test
    void thatOnlyEntitiesAreTyped() {
        assertThat(Layer.values()).filteredOn(Layer::typed).containsExactly(Layer.ENTITY);
    }

    @Test
    void thatAnnotationsGetTheirTypeAndConllTag() throws Exception {
        JCas jcas = JCasFactory.createText("Maria said “we won 54 seats”.");
        NamedEntity entity = new NamedEntity(jcas, 0, 5);
        entity.setValue("PER");
        Quotation quotation = new Quotation(jcas, 12, 27);
        NumericClaim claim = new NumericClaim(jcas, 19, 21);
        assertThat(Layer.ENTITY.typeOf(entity)).isEqualTo("PER");
        assertThat(Layer.QUOTATION.typeOf(quotation)).isEqualTo(Labels.QUOTATION);
        assertThat(Layer.NUMERIC.typeOf(claim)).isEqualTo(Labels.NUMERIC_CLAIM);
        assertThat(Layer.ENTITY.conllTag(entity)).isEqualTo("PER");
        assertThat(Layer.QUOTATION.conllTag(quotation)).isEqualTo("QUOTE");
        assertThat(Layer.NUMERIC.conllTag(claim)).isEqualTo("NUM");
        assertThat(Layer.ENTITY.typeOf(new NamedEntity(jcas, 0, 5))).as("no value").isEmpty();
    }

    @Test
    void thatGoldFeaturesBelongToTheirLayer() {
        assertThat(Layer.NUMERIC.attributes()).containsExactly(Labels.VALUE, Labels.UNIT, Labels.QUALIFIER);
        assertThat(Layer.NUMERIC.attributes()).containsAll(Layer.NUMERIC.requiredAttributes());
        assertThat(Layer.QUOTATION.notes()).containsExactly(Labels.SPEAKER);
        assertThat(Layer.ENTITY.attributes()).isEmpty();
    }

    @Test
    void thatAMissingQualifierReadsAsExact() {
        assertThat(Qualifier.orDefault(null)).isEqualTo("EXACT");
        assertThat(Qualifier.orDefault("")).isEqualTo("EXACT");
        assertThat(Qualifier.orDefault("APPROX")).isEqualTo("APPROX");
        assertThat(Qualifier.labels()).containsExactly("EXACT", "APPROX", "MORE_THAN", "AT_LEAST", "LESS_THAN", "AT_MOST");
    }
}
