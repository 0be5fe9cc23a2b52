package org.annocorpus.gold;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

class GoldDocumentReaderTest {

    @Test
    void readsEveryDocumentInIdOrderWithItsGold() throws Exception {
        List<String> ids = new ArrayList<>();
        for (JCas jcas : new JCasIterable(CollectionReaderFactory.createReaderDescription(GoldDocumentReader.class,
                GoldDocumentReader.PARAM_SOURCE_LOCATION, GoldFixtures.ok().toString()))) {
            ids.add(DocumentMetaData.get(jcas).getDocumentId());
            if (ids.size() == 1) {
                checkFirstDocument(jcas);
            }
        }
        assertThat(ids).containsExactly("a_doc", "b_doc");
    }

    /** The gold counts code points; after the emoji in the headline UIMA's UTF-16 offsets are one higher. */
    private static void checkFirstDocument(JCas jcas) {
        assertThat(DocumentMetaData.get(jcas).getCollectionId()).isEqualTo("gold");
        assertThat(select(jcas, NamedEntity.class)).extracting(NamedEntity::getCoveredText, NamedEntity::getValue)
                .containsExactly(tuple("Riverton", "LOC"), tuple("Ana Ruiz", "PER"), tuple("Ruiz", "PER"),
                        tuple("Riverton Gazette", "ORG"));
        assertThat(select(jcas, NamedEntity.class)).extracting(NamedEntity::getBegin).contains(37);
        assertThat(select(jcas, Quotation.class)).singleElement().satisfies(q -> {
            assertThat(q.getCoveredText()).isEqualTo("We want greener streets");
            assertThat(q.getSpeaker()).isEqualTo("Ana Ruiz");
            assertThat(q.getSpeakerMention().getCoveredText()).isEqualTo("Ruiz");
        });
        assertThat(select(jcas, NumericClaim.class))
                .extracting(NumericClaim::getCoveredText, NumericClaim::getValue, NumericClaim::getUnit,
                        NumericClaim::getQualifier, NumericClaim::getQuantified)
                .containsExactly(tuple("12", 12.0, "", "EXACT", "new parks"), tuple("$4 million", 4e6, "USD", "APPROX", ""));
    }
}
