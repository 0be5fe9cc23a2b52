package org.annocorpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.annocorpus.testing.CasBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS_PROPN;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** The one view of a CAS's tokens the rule components read. */
class TokenViewTest {

    @Test
    void thatWordsCarryTheUniversalTagOfTheUdMapping() throws Exception {
        JCas jcas = CasBuilder.of("Maria and Bo left.", "Maria/PROPN and/CCONJ Bo/PROPN left/VERB ./PUNCT");

        assertThat(TokenView.of(jcas).words())
                .extracting(TokenView.Word::begin, TokenView.Word::end, TokenView.Word::text, TokenView.Word::upos,
                        TokenView.Word::gluedParticle)
                .containsExactly(
                        tuple(0, 5, "Maria", "PROPN", false),
                        // the UD map has no CCONJ: a plain POS without a coarse value, read by its own value
                        tuple(6, 9, "and", "CCONJ", false),
                        tuple(10, 12, "Bo", "PROPN", false),
                        tuple(13, 17, "left", "VERB", false),
                        tuple(17, 18, ".", "PUNCT", false));
    }

    @Test
    void thatTheCoarseValueWinsOverATreebankTag() throws Exception {
        // as DKPro's Penn Treebank mapping tags "Maria": type POS_PROPN, value NNP, coarse value PROPN
        JCas jcas = JCasFactory.createText("Maria", "en");
        POS pos = new POS_PROPN(jcas, 0, 5);
        pos.setPosValue("NNP");
        pos.setCoarseValue("PROPN");
        pos.addToIndexes();
        Token token = new Token(jcas, 0, 5);
        token.setPos(pos);
        token.addToIndexes();

        assertThat(TokenView.of(jcas).words()).extracting(TokenView.Word::upos).containsExactly("PROPN");
    }

    @Test
    void thatAGluedParticleIsNotedAndCutFromTheTag() throws Exception {
        JCas jcas = JCasFactory.createText("China's", "en");
        POS pos = new POS(jcas, 0, 7);
        pos.setPosValue("PROPN+PART");
        pos.addToIndexes();
        Token token = new Token(jcas, 0, 7);
        token.setPos(pos);
        token.addToIndexes();

        assertThat(TokenView.of(jcas).words())
                .extracting(TokenView.Word::upos, TokenView.Word::gluedParticle)
                .containsExactly(tuple("PROPN", true));
    }

    @Test
    void thatAnUntaggedTokenHasAnEmptyTagAndItsLemma() throws Exception {
        JCas jcas = JCasFactory.createText("went home", "en");
        Token went = new Token(jcas, 0, 4);
        Lemma lemma = new Lemma(jcas, 0, 4);
        lemma.setValue("go");
        lemma.addToIndexes();
        went.setLemma(lemma);
        went.addToIndexes();
        new Token(jcas, 5, 9).addToIndexes();

        assertThat(TokenView.of(jcas).words())
                .extracting(TokenView.Word::text, TokenView.Word::upos, TokenView.Word::lemma)
                .containsExactly(tuple("went", "", "go"), tuple("home", "", null));
    }

    @Test
    void thatSentencesAndParagraphsAreListedInOrder() throws Exception {
        JCas jcas = CasBuilder.of("Ana left.\nBo stayed. He sat.",
                "Ana/PROPN left/VERB ./PUNCT", "Bo/PROPN stayed/VERB ./PUNCT", "He/PRON sat/VERB ./PUNCT");

        TokenView view = TokenView.of(jcas);

        assertThat(view.text()).isEqualTo("Ana left.\nBo stayed. He sat.");
        assertThat(view.sentences()).extracting(TokenView.Extent::begin, TokenView.Extent::end)
                .containsExactly(tuple(0, 9), tuple(10, 20), tuple(21, 28));
        assertThat(view.paragraphs()).extracting(TokenView.Extent::begin, TokenView.Extent::end)
                .containsExactly(tuple(0, 9), tuple(10, 28));
    }
}
