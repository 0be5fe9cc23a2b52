package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/** Small CASes for the tests: one sentence per line, tokens cut like a simple English tokenizer. */
final class TestDocuments {

    /** Words (with inner full stops, apostrophes and hyphens), or single punctuation characters. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:Mr|Mrs|Ms|Dr|Jr|Inc|Corp|Gen|St)\\.|\\p{L}\\.(?:\\p{L}\\.)*|[\\p{L}\\p{N}]+(?:[-'’+.][\\p{L}\\p{N}]+)*|[^\\s\\u00A0]");

    private TestDocuments() {
    }

    /** A CAS with the text, a sentence per line and tokens. */
    static JCas jcas(String text) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                new Sentence(jcas, lineStart, lineStart + line.length()).addToIndexes();
                Matcher m = TOKEN.matcher(line);
                while (m.find()) {
                    new Token(jcas, lineStart + m.start(), lineStart + m.end()).addToIndexes();
                }
            }
            lineStart += line.length() + 1;
        }
        return jcas;
    }

    /** A CAS with sentences at the given character spans, tokens cut as in {@link #jcas(String)}. */
    static JCas jcas(String text, int[]... sentences) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        for (int[] span : sentences) {
            new Sentence(jcas, span[0], span[1]).addToIndexes();
            Matcher m = TOKEN.matcher(text.substring(span[0], span[1]));
            while (m.find()) {
                new Token(jcas, span[0] + m.start(), span[0] + m.end()).addToIndexes();
            }
        }
        return jcas;
    }

    /** A CAS with the given tokens (joined by single spaces) as one sentence. */
    static JCas jcasOfTokens(String... tokens) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(String.join(" ", tokens));
        int offset = 0;
        for (String token : tokens) {
            new Token(jcas, offset, offset + token.length()).addToIndexes();
            offset += token.length() + 1;
        }
        new Sentence(jcas, 0, jcas.getDocumentText().length()).addToIndexes();
        return jcas;
    }

    /** Gives the token that starts at the first occurrence of {@code word} the universal tag {@code upos}. */
    static void pos(JCas jcas, String word, String upos) {
        int begin = jcas.getDocumentText().indexOf(word);
        for (Token t : JCasUtil.selectCovered(jcas, Token.class, begin, begin + word.length())) {
            POS pos = new POS(jcas, t.getBegin(), t.getEnd());
            pos.setPosValue(upos);
            pos.setCoarseValue(upos);
            pos.addToIndexes();
            t.setPos(pos);
        }
    }

    /** Adds an entity over the first occurrence of {@code covered} (after {@code from}). */
    static NamedEntity entity(JCas jcas, String covered, String type) {
        return entity(jcas, covered, type, 0);
    }

    static NamedEntity entity(JCas jcas, String covered, String type, int from) {
        int begin = jcas.getDocumentText().indexOf(covered, from);
        if (begin < 0) {
            throw new IllegalArgumentException("'" + covered + "' is not in the text");
        }
        NamedEntity e = new NamedEntity(jcas, begin, begin + covered.length());
        e.setValue(type);
        e.addToIndexes();
        return e;
    }

    /** The entities as "text/TYPE", in text order. */
    static List<String> entities(JCas jcas) {
        return select(jcas, NamedEntity.class).stream().map(e -> e.getCoveredText() + "/" + e.getValue()).toList();
    }
}
