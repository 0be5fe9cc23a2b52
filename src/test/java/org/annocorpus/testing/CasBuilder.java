package org.annocorpus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.api.lexmorph.pos.POSUtils;
import org.dkpro.core.api.resources.MappingProvider;
import org.dkpro.core.api.resources.MappingProviderFactory;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Small CASes written as tagged lines, so that rule components can be tested on fixed tokens without a
 * statistical model in the loop. One string is one sentence of whitespace-separated tokens
 * {@code word/TAG} or {@code word/TAG/B-TYPE} ({@code I-TYPE} continues the entity), with UD POS tags:
 *
 * <pre>
 * CasBuilder.sentences("Maria/PROPN/B-PER Ruiz/PROPN/I-PER said/VERB it/PRON ./PUNCT")
 * </pre>
 *
 * <p>The CAS has what the real preprocessing gives: a {@link Paragraph} per line of text, {@link Sentence}s,
 * {@link Token}s, and POS annotations of the type DKPro's UD mapping gives the tag ({@code POS_PROPN}, or
 * plain {@code POS} for a tag the map lacks, such as CCONJ), with {@code posValue} and {@code coarseValue}
 * set as DKPro's taggers set them; the mapping is the one the preprocessing part names. There are no
 * lemmas. Entities are DKPro {@link NamedEntity}s with the type as {@code value}.
 */
public final class CasBuilder {

    /** word/TAG or word/TAG/B-TYPE; the word may itself hold a slash ("and/or/CCONJ"). */
    private static final Pattern TOKEN = Pattern.compile("(.+)/([A-Z]+)(?:/([BI])-([A-Za-z_]+))?");

    /** A paragraph: a line, as the preprocessing's ParagraphSplitter cuts the text at line breaks. */
    private static final Pattern LINE = Pattern.compile("[^\r\n]+");

    private CasBuilder() {
    }

    /**
     * A CAS of {@code text} with document id {@code id}, tokens cut at spaces only (so "Ostrava’s" stays one
     * token, as the UD tokenizer leaves it) and a sentence ending after each "." token: no tags, for
     * writers that read tokens, sentences and the annotations a test adds.
     */
    public static JCas spaceSplit(String id, String text) throws UIMAException {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        DocumentMetaData.create(jcas).setDocumentId(id);
        int start = 0;
        int sentenceStart = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            new Token(jcas, start, end).addToIndexes();
            if (text.substring(start, end).equals(".") || end == text.length()) {
                new Sentence(jcas, sentenceStart, end).addToIndexes();
                sentenceStart = end + 1;
            }
            start = end + 1;
        }
        return jcas;
    }

    /** A CAS whose text is the tokens of each sentence joined by one space, and the sentences by one space. */
    public static JCas sentences(String... sentences) throws UIMAException {
        List<String> words = new ArrayList<>();
        for (String sentence : sentences) {
            for (String token : split(sentence)) {
                words.add(parse(token).group(1));
            }
        }
        return of(String.join(" ", words), sentences);
    }

    /**
     * A CAS of {@code text}, its tokens found in it in order (so punctuation can stand close: text
     * {@code "Maria left."} with {@code "Maria/PROPN left/VERB ./PUNCT"}). A sentence runs from its first
     * token to its last; a paragraph is a line of the text.
     *
     * @throws IllegalArgumentException naming the token that is not found where the text goes on
     */
    public static JCas of(String text, String... sentences) throws UIMAException {
        JCas jcas = JCasFactory.createText(text, Preprocessing.LANGUAGE);
        MappingProvider posMapping = posMapping(jcas);
        int cursor = 0;
        for (String sentence : sentences) {
            int sentenceBegin = -1;
            NamedEntity open = null;
            for (String written : split(sentence)) {
                Matcher m = parse(written);
                String word = m.group(1);
                int begin = text.indexOf(word, cursor);
                if (begin < 0 || !text.substring(cursor, begin).isBlank()) {
                    throw new IllegalArgumentException("token '" + written + "' is not the next word of the text after"
                            + " offset " + cursor + ": '" + text + "'");
                }
                int end = begin + word.length();
                cursor = end;
                sentenceBegin = sentenceBegin < 0 ? begin : sentenceBegin;
                Token token = new Token(jcas, begin, end);
                token.setPos(pos(jcas, posMapping, m.group(2), begin, end));
                token.addToIndexes();
                if (m.group(3) == null || m.group(3).equals("B")) {
                    open = null;
                }
                if (m.group(3) != null) {
                    if (open == null) {
                        open = new NamedEntity(jcas, begin, end);
                        open.setValue(m.group(4));
                        open.addToIndexes();
                    } else if (open.getValue().equals(m.group(4))) {
                        open.removeFromIndexes();
                        open.setEnd(end);
                        open.addToIndexes();
                    } else {
                        throw new IllegalArgumentException("token '" + written + "' continues an entity of another type"
                                + " (" + open.getValue() + ")");
                    }
                }
            }
            if (sentenceBegin >= 0) {
                new Sentence(jcas, sentenceBegin, cursor).addToIndexes();
            }
        }
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            if (!line.group().isBlank()) {
                new Paragraph(jcas, line.start(), line.end()).addToIndexes();
            }
        }
        return jcas;
    }

    private static List<String> split(String sentence) {
        String trimmed = sentence.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static Matcher parse(String token) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + token + "' is not word/TAG or word/TAG/B-TYPE");
        }
        return m;
    }

    /** The POS annotation DKPro's tagger would make for {@code tag}, with the preprocessing part's mapping. */
    private static POS pos(JCas jcas, MappingProvider mapping, String tag, int begin, int end) {
        Type type = mapping.getTagType(tag);
        POS pos = (POS) jcas.getCas().createAnnotation(type, begin, end);
        pos.setPosValue(tag);
        POSUtils.assignCoarseValue(pos);
        pos.addToIndexes();
        return pos;
    }

    private static MappingProvider posMapping(JCas jcas) {
        MappingProvider mapping = MappingProviderFactory.createPosMappingProvider(CasBuilder.class,
                Preprocessing.parameter("CoreNlpPosTagger", "POSMappingLocation"), null, Preprocessing.LANGUAGE);
        try {
            mapping.configure(jcas.getCas());
        } catch (AnalysisEngineProcessException e) {
            throw new IllegalStateException("cannot read the POS mapping of " + Preprocessing.PART, e);
        }
        return mapping;
    }
}
