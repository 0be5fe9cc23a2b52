package org.annocorpus.eval.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.SpanExtractor;
import org.annocorpus.gold.GoldCasLoader;
import org.annocorpus.gold.GoldCorpus;
import org.apache.uima.jcas.JCas;

/** A gold folder in brat standoff ({@code ID.txt} + {@code ID.ann}), loaded with {@link GoldCasLoader}. */
public final class BratGoldSource implements DocumentSource {

    private final Path dir;
    private final CasHolder cas = new CasHolder();

    public BratGoldSource(Path dir) {
        this.dir = dir;
    }

    @Override
    public String description() {
        return DocumentSources.display(dir) + " (brat)";
    }

    @Override
    public List<String> ids() throws IOException {
        return GoldCorpus.documentIds(dir);
    }

    @Override
    public DocumentSpans load(String id, Set<Layer> layers) throws IOException {
        Path txt = GoldCorpus.text(dir, id);
        Path ann = GoldCorpus.annotations(dir, id);
        for (Path file : List.of(txt, ann)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString(), null, "gold document " + id + " needs both .txt and .ann");
            }
        }
        JCas jcas = cas.fresh();
        GoldCasLoader.load(txt, ann, jcas);
        return SpanExtractor.extract(id, jcas, layers);
    }
}
