package org.annocorpus.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class ProjectionCheckTest {

    /** The binary search finds exactly the tokens a scan of all tokens finds, overlapping tokens included. */
    @Test
    void coveredTokensAreThoseAFullScanFinds() throws Exception {
        Random random = new Random(7);
        JCas jcas = JCasFactory.createText("x".repeat(2_000), "en");
        for (int begin = 0; begin < 2_000; begin += 1 + random.nextInt(6)) {
            new Token(jcas, begin, Math.min(2_000, begin + 1 + random.nextInt(4))).addToIndexes();
        }
        new Token(jcas, 100, 900).addToIndexes(); // one long token over many others
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        tokens.sort(Comparator.comparingInt(Token::getBegin));
        int[] reach = new int[tokens.size()];
        for (int i = 0; i < reach.length; i++) {
            reach[i] = Math.max(i == 0 ? Integer.MIN_VALUE : reach[i - 1], tokens.get(i).getEnd());
        }
        for (int n = 0; n < 2_000; n++) {
            int begin = random.nextInt(2_000);
            NamedEntity span = new NamedEntity(jcas, begin, Math.min(2_000, begin + random.nextInt(30)));

            List<Token> scanned = tokens.stream()
                    .filter(t -> t.getEnd() > span.getBegin() && t.getBegin() < span.getEnd()).toList();

            assertThat(ProjectionCheck.covered(tokens, reach, span)).containsExactlyElementsOf(scanned);
        }
    }
}
