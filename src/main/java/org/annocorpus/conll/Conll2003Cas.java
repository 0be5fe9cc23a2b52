package org.annocorpus.conll;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Puts a CoNLL-2003 document into a CAS with the file's own tokens and sentences: the text is the tokens
 * joined by single spaces, one sentence per line, so that components run on exactly the file's
 * tokenisation. The gold tags are not put into the CAS.
 */
public final class Conll2003Cas {

    private Conll2003Cas() {
    }

    /** Fills an empty CAS and returns the tokens of each sentence, in order. */
    public static List<List<Token>> fill(JCas jcas, Conll2003Parser.Document document, String documentId) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokenSpans = new ArrayList<>();
        List<int[]> sentenceSpans = new ArrayList<>();
        for (Conll2003Parser.Sentence sentence : document.sentences()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int sentenceBegin = text.length();
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(sentence.tokens().get(i));
                tokenSpans.add(new int[] {begin, text.length()});
            }
            sentenceSpans.add(new int[] {sentenceBegin, text.length()});
        }
        jcas.setDocumentText(text.toString());
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(documentId);
        meta.setLanguage("en");
        List<List<Token>> result = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < sentenceSpans.size(); s++) {
            new Sentence(jcas, sentenceSpans.get(s)[0], sentenceSpans.get(s)[1]).addToIndexes();
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < document.sentences().get(s).tokens().size(); i++, next++) {
                Token token = new Token(jcas, tokenSpans.get(next)[0], tokenSpans.get(next)[1]);
                token.addToIndexes();
                tokens.add(token);
            }
            result.add(tokens);
        }
        return result;
    }
}
