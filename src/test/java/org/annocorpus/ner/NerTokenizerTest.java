package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class NerTokenizerTest {

    private static List<NerToken> tokenize(JCas jcas) {
        return NerTokenizer.tokenize(jcas.getDocumentText(), List.copyOf(select(jcas, Token.class)));
    }

    @Test
    void cutsPossessiveWithTypographicApostrophe() throws Exception {
        JCas jcas = TestDocuments.jcasOfTokens("Peru’s", "capital");

        assertThat(tokenize(jcas)).extracting(NerToken::text).containsExactly("Peru", "'s", "capital");
        assertThat(tokenize(jcas)).extracting(NerToken::begin, NerToken::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 4), org.assertj.core.groups.Tuple.tuple(4, 6),
                        org.assertj.core.groups.Tuple.tuple(7, 14));
    }

    @Test
    void cutsNegationAndPluralPossessive() throws Exception {
        JCas jcas = TestDocuments.jcasOfTokens("don’t", "farmers’");

        assertThat(tokenize(jcas)).extracting(NerToken::text).containsExactly("do", "n't", "farmers", "'");
    }

    @Test
    void joinsPiecesOfAHyphenatedWordThatTheTokenizerCut() throws Exception {
        // the UD tokenizer cuts "Chile-Peru" as "Chile" + "-Peru" and "Euro-Atlantic" as "Euro" + "-" + "Atlantic"
        JCas jcas = TestDocuments.jcas("the Chile-Peru border and the Euro-Atlantic area");
        jcas.removeAllIncludingSubtypes(Token.type);
        int[][] spans = {{0, 3}, {4, 9}, {9, 14}, {15, 21}, {22, 25}, {26, 29}, {30, 34}, {34, 35}, {35, 43}, {44, 48}};
        for (int[] s : spans) {
            new Token(jcas, s[0], s[1]).addToIndexes();
        }

        assertThat(tokenize(jcas)).extracting(NerToken::text)
                .containsExactly("the", "Chile-Peru", "border", "and", "the", "Euro-Atlantic", "area");
    }

    @Test
    void keepsOffsetsExactAndNormalisesOnlyTheText() throws Exception {
        JCas jcas = TestDocuments.jcasOfTokens("“Oslo’s", "port”");

        for (NerToken token : tokenize(jcas)) {
            assertThat(NerTokenizer.normalise(jcas.getDocumentText().substring(token.begin(), token.end())))
                    .isEqualTo(token.text());
        }
    }

    @Test
    void givesAnAbbreviationBackItsLastFullStop() throws Exception {
        JCas jcas = TestDocuments.jcasOfTokens("the", "U.K", "Treasury");
        JCas cut = org.apache.uima.fit.factory.JCasFactory.createJCas();
        cut.setDocumentText("the U.K. Treasury");
        for (int[] span : new int[][] {{0, 3}, {4, 7}, {7, 8}, {9, 17}}) {
            new Token(cut, span[0], span[1]).addToIndexes();
        }

        assertThat(tokenize(cut)).extracting(NerToken::text).containsExactly("the", "U.K.", "Treasury");
        // with a space the full stop is a token of its own, as in a CoNLL file
        assertThat(tokenize(TestDocuments.jcasOfTokens("U.K", "."))).extracting(NerToken::text).containsExactly("U.K", ".");
        assertThat(jcas.getDocumentText()).isEqualTo("the U.K Treasury");
    }

    @Test
    void mendsASentenceBreakAfterAnAbbreviationInsideAName() throws Exception {
        // the sentence detector broke both lines after the abbreviation
        String name = "Staff of the U.S. Army left.";
        JCas jcas = TestDocuments.jcas(name, new int[] {0, 17}, new int[] {18, 28});

        assertThat(NerTokenizer.sentences(jcas)).hasSize(1);
        assertThat(NerTokenizer.sentences(jcas).get(0)).extracting(NerToken::text)
                .containsExactly("Staff", "of", "the", "U.S.", "Army", "left", ".");

        String end = "Troops left the U.K. The army stayed.";
        assertThat(NerTokenizer.sentences(TestDocuments.jcas(end, new int[] {0, 20}, new int[] {21, 37}))).hasSize(2);

        String lines = "Staff of the U.S.\nArmy left.";
        assertThat(NerTokenizer.sentences(TestDocuments.jcas(lines, new int[] {0, 17}, new int[] {18, 28}))).hasSize(2);
    }

    @Test
    void keepsTheFullStopOfAMiddleInitial() throws Exception {
        // the UD tokenizer sometimes cuts "D." as "D" + "."; CoNLL writes an initial as one token
        JCas cut = org.apache.uima.fit.factory.JCasFactory.createJCas();
        cut.setDocumentText("Speaker Paul D. Ryan said");
        for (int[] span : new int[][] {{0, 7}, {8, 12}, {13, 14}, {14, 15}, {16, 20}, {21, 25}}) {
            new Token(cut, span[0], span[1]).addToIndexes();
        }

        assertThat(tokenize(cut)).extracting(NerToken::text).containsExactly("Speaker", "Paul", "D.", "Ryan", "said");
        // a full stop after a word of more than one letter stays a token of its own
        assertThat(tokenize(TestDocuments.jcas("Troops left Oslo."))).extracting(NerToken::text)
                .containsExactly("Troops", "left", "Oslo", ".");
    }

    @Test
    void mendsASentenceBreakAfterAMiddleInitialOrBeforeALowerCaseWord() throws Exception {
        String initial = "Then John F. Kennedy arrived.";
        assertThat(NerTokenizer.sentences(TestDocuments.jcas(initial, new int[] {0, 12}, new int[] {13, 29})))
                .singleElement().extracting(tokens -> tokens.stream().map(NerToken::text).toList())
                .isEqualTo(List.of("Then", "John", "F.", "Kennedy", "arrived", "."));

        String lower = "Rep. Ann Lee (R-Wis.) said it.";
        assertThat(NerTokenizer.sentences(TestDocuments.jcas(lower, new int[] {0, 21}, new int[] {22, 30}))).hasSize(1);

        // a sentence that opens with a common opener after an initial is a real sentence
        String end = "They chose plan B. The army stayed.";
        assertThat(NerTokenizer.sentences(TestDocuments.jcas(end, new int[] {0, 18}, new int[] {19, 35}))).hasSize(2);
    }
}
