package org.annocorpus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

class CasRendererTest {

    @Test
    void thatEachAnnotationIsOneLineWithItsFeaturesInTextOrder() throws Exception {
        JCas jcas = CasBuilder.of("Ana Ruiz said: \"We hired 54 people.\"",
                "Ana/PROPN/B-PER Ruiz/PROPN/I-PER said/VERB :/PUNCT \"/PUNCT We/PRON hired/VERB 54/NUM people/NOUN ./PUNCT \"/PUNCT");
        NamedEntity ana = JCasUtil.selectSingle(jcas, NamedEntity.class);
        // created out of text order, to show that the order of the lines does not depend on it
        NumericClaim claim = new NumericClaim(jcas, 25, 34);
        claim.setValue(54);
        claim.setQualifier("EXACT");
        claim.addToIndexes();
        Quotation quotation = new Quotation(jcas, 16, 35);
        quotation.setSpeaker("Ana Ruiz");
        quotation.setSpeakerMention(ana);
        quotation.addToIndexes();

        assertThat(CasRenderer.text(jcas, NamedEntity.class, Quotation.class, NumericClaim.class)).isEqualTo("""
                NamedEntity 0-8 "Ana Ruiz" value=PER
                Quotation 16-35 "We hired 54 people." speaker=Ana Ruiz speakerMention=NamedEntity 0-8
                NumericClaim 25-34 "54 people" value=54.0 qualifier=EXACT""");
    }

    @Test
    void thatAnnotationsOnOneSpanAreOrderedByTheirLines() throws Exception {
        JCas jcas = CasBuilder.sentences("Porto/PROPN");
        for (String type : new String[] {"ORG", "LOC"}) {
            NamedEntity entity = new NamedEntity(jcas, 0, 5);
            entity.setValue(type);
            entity.addToIndexes();
        }

        assertThat(CasRenderer.render(jcas, NamedEntity.class)).containsExactly(
                "NamedEntity 0-5 \"Porto\" value=LOC",
                "NamedEntity 0-5 \"Porto\" value=ORG");
    }
}
