package org.annocorpus.pipeline;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Test fixture, not an extractor: marks every run of capitalised tokens as a LOC entity, every
 * digit-only token as a numeric claim, and the text between straight double quotes as a quotation, so
 * the foundation tests can check that all layers travel through XMI and CoNLL without real extractors.
 */
@TypeCapability(inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = {"de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "org.annocorpus.type.Quotation",
                "org.annocorpus.type.NumericClaim"})
public class CapitalisedNameMarker extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) {
        for (Sentence sentence : select(jcas, Sentence.class)) {
            markSentence(jcas, JCasUtil.selectCovered(Token.class, sentence));
        }
        String text = jcas.getDocumentText();
        for (int open = text.indexOf('"'); open >= 0;) {
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            new Quotation(jcas, open + 1, close).addToIndexes();
            open = text.indexOf('"', close + 1);
        }
    }

    private static void markSentence(JCas jcas, List<Token> tokens) {
        List<Token> run = new ArrayList<>();
        for (Token token : tokens) {
            String text = token.getText();
            if (!text.isEmpty() && Character.isUpperCase(text.codePointAt(0))) {
                run.add(token);
                continue;
            }
            closeRun(jcas, run);
            if (text.matches("\\d+")) {
                NumericClaim claim = new NumericClaim(jcas, token.getBegin(), token.getEnd());
                claim.setValue(Double.parseDouble(text));
                claim.setUnit("");
                claim.setQualifier("EXACT");
                claim.addToIndexes();
            }
        }
        closeRun(jcas, run);
    }

    private static void closeRun(JCas jcas, List<Token> run) {
        if (!run.isEmpty()) {
            NamedEntity entity = new NamedEntity(jcas, run.get(0).getBegin(), run.get(run.size() - 1).getEnd());
            entity.setValue("LOC");
            entity.addToIndexes();
            run.clear();
        }
    }
}
