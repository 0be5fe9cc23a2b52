package org.annocorpus.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class CasBuilderTest {

    @Test
    void thatTaggedSentencesBecomeTokensWithUdPosAndEntities() throws Exception {
        JCas jcas = CasBuilder.sentences("Maria/PROPN/B-PER Ruiz/PROPN/I-PER said/VERB so/ADV ./PUNCT",
                "Lisbon/PROPN/B-LOC and/CCONJ Porto/PROPN/B-LOC agreed/VERB ./PUNCT");

        assertThat(jcas.getDocumentText()).isEqualTo("Maria Ruiz said so . Lisbon and Porto agreed .");
        assertThat(jcas.getDocumentLanguage()).isEqualTo("en");
        assertThat(CasRenderer.render(jcas, Paragraph.class, Sentence.class, NamedEntity.class)).containsExactly(
                "Paragraph 0-46 \"Maria Ruiz said so . Lisbon and Porto agreed .\"",
                "Sentence 0-20 \"Maria Ruiz said so .\"",
                "NamedEntity 0-10 \"Maria Ruiz\" value=PER",
                "Sentence 21-46 \"Lisbon and Porto agreed .\"",
                "NamedEntity 21-27 \"Lisbon\" value=LOC",
                "NamedEntity 32-37 \"Porto\" value=LOC");
        assertThat(CasRenderer.render(jcas, POS.class)).startsWith(
                "POS_PROPN 0-5 \"Maria\" PosValue=PROPN coarseValue=PROPN",
                "POS_PROPN 6-10 \"Ruiz\" PosValue=PROPN coarseValue=PROPN",
                "POS_VERB 11-15 \"said\" PosValue=VERB coarseValue=VERB")
                .contains("POS 28-31 \"and\" PosValue=CCONJ");
        assertThat(CasRenderer.render(jcas, Token.class)).first()
                .isEqualTo("Token 0-5 \"Maria\" pos=POS_PROPN 0-5 order=0");
    }

    @Test
    void thatTokensAreFoundInAGivenTextWithItsLinesAsParagraphs() throws Exception {
        JCas jcas = CasBuilder.of("Maria left.\r\n\r\n“Bo and/or Al stayed,” she said.",
                "Maria/PROPN left/VERB ./PUNCT",
                "“/PUNCT Bo/PROPN and/or/CCONJ Al/PROPN stayed/VERB ,/PUNCT ”/PUNCT she/PRON said/VERB ./PUNCT");

        assertThat(CasRenderer.render(jcas, Paragraph.class, Sentence.class)).containsExactly(
                "Paragraph 0-11 \"Maria left.\"",
                "Sentence 0-11 \"Maria left.\"",
                "Paragraph 15-47 \"“Bo and/or Al stayed,” she said.\"",
                "Sentence 15-47 \"“Bo and/or Al stayed,” she said.\"");
        assertThat(CasRenderer.render(jcas, Token.class)).hasSize(13)
                .contains("Token 19-25 \"and/or\" pos=POS 19-25 order=0");
    }

    @Test
    void thatAWordMissingFromTheTextIsNamed() {
        assertThatThrownBy(() -> CasBuilder.of("Maria left.", "Maria/PROPN went/VERB ./PUNCT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 'went/VERB' is not the next word of the text after offset 5");
    }

    @Test
    void thatAWordSkippingTextIsRefused() {
        assertThatThrownBy(() -> CasBuilder.of("Maria quietly left.", "Maria/PROPN left/VERB ./PUNCT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'left/VERB'");
    }

    @Test
    void thatAnUntaggedTokenIsRefused() {
        assertThatThrownBy(() -> CasBuilder.sentences("Maria said/VERB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Maria' is not word/TAG or word/TAG/B-TYPE");
    }

    @Test
    void thatAnInsideTagOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> CasBuilder.sentences("Maria/PROPN/B-PER Lisbon/PROPN/I-LOC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("continues an entity of another type (PER)");
    }
}
