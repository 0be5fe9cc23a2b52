package org.annocorpus.text;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The tokens of a document with their universal part-of-speech tag and lemma, its sentences and its
 * paragraphs, in text order, as plain values. The one place the rule components read them from a CAS.
 *
 * <p>The tag is DKPro's coarse value, which its tag mapping sets from the type it gives the POS annotation
 * ({@code POS_PROPN} has {@code PROPN}). For a tag the mapping lacks (the UD model's {@code CCONJ}: a plain
 * {@code POS} without a coarse value) it is the tagger's own value, which in the pipelines' UD
 * preprocessing is already a universal tag. A tag written with a glued particle ({@code PROPN+PART}, as
 * some UD tokenisations tag "China's") gives its first part, and {@link Word#gluedParticle} says so.
 */
public final class TokenView {

    /**
     * A token: UTF-16 offsets, the text it covers, its universal tag ({@code ""} when untagged), its lemma
     * ({@code null} when none) and whether its tag noted a glued particle ({@code PROPN+PART}).
     */
    public record Word(int begin, int end, String text, String upos, String lemma, boolean gluedParticle) {

        /** Whether the universal tag is {@code tag}. */
        public boolean is(String tag) {
            return tag.equals(upos);
        }
    }

    /** A sentence or a paragraph: UTF-16 offsets. */
    public record Extent(int begin, int end) {
    }

    private static final String GLUED_PARTICLE = "+PART";

    private final String text;
    private final List<Word> words;
    private final List<Extent> sentences;
    private final List<Extent> paragraphs;

    private TokenView(String text, List<Word> words, List<Extent> sentences, List<Extent> paragraphs) {
        this.text = text;
        this.words = words;
        this.sentences = sentences;
        this.paragraphs = paragraphs;
    }

    /** The view of a CAS's {@link Token}s, {@link Sentence}s and {@link Paragraph}s. */
    public static TokenView of(JCas jcas) {
        List<Word> words = new ArrayList<>();
        for (Token t : select(jcas, Token.class)) {
            POS pos = t.getPos();
            String tag = pos == null ? null : pos.getPosValue();
            boolean glued = tag != null && tag.endsWith(GLUED_PARTICLE);
            String lemma = t.getLemma() == null ? null : t.getLemma().getValue();
            words.add(new Word(t.getBegin(), t.getEnd(), t.getCoveredText(), universal(pos), lemma, glued));
        }
        List<Extent> sentences = new ArrayList<>();
        for (Sentence s : select(jcas, Sentence.class)) {
            sentences.add(new Extent(s.getBegin(), s.getEnd()));
        }
        List<Extent> paragraphs = new ArrayList<>();
        for (Paragraph p : select(jcas, Paragraph.class)) {
            paragraphs.add(new Extent(p.getBegin(), p.getEnd()));
        }
        return new TokenView(jcas.getDocumentText(), List.copyOf(words), List.copyOf(sentences),
                List.copyOf(paragraphs));
    }

    /** The coarse value, else the tagger's value, without a glued part; {@code ""} for no tag. */
    public static String universal(POS pos) {
        if (pos == null) {
            return "";
        }
        String tag = pos.getCoarseValue() != null ? pos.getCoarseValue() : pos.getPosValue();
        if (tag == null) {
            return "";
        }
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }

    public String text() {
        return text;
    }

    /** The tokens, in text order. */
    public List<Word> words() {
        return words;
    }

    public List<Extent> sentences() {
        return sentences;
    }

    public List<Extent> paragraphs() {
        return paragraphs;
    }
}
