package org.annocorpus.ner.tagger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.conll.Conll2003Parser;

/** CoNLL-2003 files as the tagger's documents: cut at -DOCSTART- lines, or at datelines when there are none. */
public final class ConllDocuments {

    private ConllDocuments() {
    }

    public static List<List<TaggedSentence>> read(Path file) throws IOException {
        List<Conll2003Parser.Document> documents = Conll2003Parser.parse(file);
        if (documents.size() == 1) {
            documents = Conll2003Parser.splitAtDatelines(documents.get(0));
        }
        List<List<TaggedSentence>> out = new ArrayList<>();
        for (Conll2003Parser.Document d : documents) {
            List<TaggedSentence> sentences = new ArrayList<>();
            for (Conll2003Parser.Sentence s : d.sentences()) {
                List<Span> spans = new ArrayList<>();
                for (Conll2003Parser.Entity e : s.entities()) {
                    spans.add(new Span(e.first(), e.last(), e.type()));
                }
                sentences.add(new TaggedSentence(s.tokens(), spans));
            }
            out.add(sentences);
        }
        return out;
    }
}
