package org.annocorpus.ner.tagger;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.io.AtomicFileWriter_ImplBase;
import org.annocorpus.io.Documents;
import org.annocorpus.io.internal.PartFiles;
import org.annocorpus.ner.NerToken;
import org.annocorpus.ner.NerTokenizer;
import org.annocorpus.scheme.Layer;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.util.Level;

/**
 * Writes the named entities of a corpus (usually the hand-made gold) as training data for the tagger
 * ({@code corpus train ner --in-domain FILE}): one file {@code ner.conll} in CoNLL-2003 columns (token,
 * {@code -}, {@code O}, IOB2 entity tag), each document opened by {@code -DOCSTART-}. The tokens and
 * sentences are those the tagger sees at annotation time ({@link NerTokenizer} over the pipeline's), not
 * the pipeline's own, so that training and tagging cut the text alike. An entity that does not start and
 * end on a token boundary ("U.S." inside "U.S.-led") is widened to the tokens it touches; one that crosses
 * a sentence end is left out. Both are logged as warnings with the document id and offsets.
 */
@ResourceMetaData(name = "Tagger training data writer")
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity" })
public class NerTrainingWriter extends AtomicFileWriter_ImplBase {

    public static final String FILE = "ner.conll";

    private PartFiles file;

    @Override
    protected void open() throws IOException {
        file = openFile(FILE);
    }

    @Override
    protected void write(JCas jcas) throws IOException {
        String id = Documents.id(jcas);
        List<List<NerToken>> sentences = NerTokenizer.sentences(jcas);
        List<Annotation> entities = new ArrayList<>(select(jcas, Layer.ENTITY.uimaType()));
        StringBuilder doc = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        for (List<NerToken> sentence : sentences) {
            String[] tags = new String[sentence.size()];
            java.util.Arrays.fill(tags, "O");
            int begin = sentence.get(0).begin();
            int end = sentence.get(sentence.size() - 1).end();
            for (Annotation entity : entities) {
                if (entity.getEnd() <= begin || entity.getBegin() >= end) {
                    continue;
                }
                if (entity.getBegin() < begin || entity.getEnd() > end) {
                    if (entity.getBegin() >= begin) {
                        warn(id, entity, "crosses a sentence end: left out");
                    }
                    continue;
                }
                tag(id, entity, sentence, tags);
            }
            for (int i = 0; i < tags.length; i++) {
                doc.append(sentence.get(i).text().replaceAll("\\s", "_")).append(" - O ").append(tags[i]).append('\n');
            }
            doc.append('\n');
        }
        file.append(id, doc);
    }

    /** Tags the tokens an entity touches: B- on the first, I- on the rest (a token already tagged is kept). */
    private void tag(String id, Annotation entity, List<NerToken> sentence, String[] tags) {
        String type = Layer.ENTITY.conllTag(entity);
        boolean first = true;
        boolean widened = false;
        for (int i = 0; i < sentence.size(); i++) {
            NerToken token = sentence.get(i);
            if (token.end() <= entity.getBegin() || token.begin() >= entity.getEnd()) {
                continue;
            }
            widened |= token.begin() < entity.getBegin() || token.end() > entity.getEnd();
            if ("O".equals(tags[i])) {
                tags[i] = (first ? "B-" : "I-") + type;
            }
            first = false;
        }
        if (widened) {
            warn(id, entity, "does not end on token boundaries: widened to the tokens it touches");
        }
    }

    private void warn(String id, Annotation entity, String what) {
        getLogger().log(Level.WARNING, String.format("NER training data: %s [%d,%d) '%s' %s", id, entity.getBegin(),
                entity.getEnd(), entity.getCoveredText(), what));
    }
}
