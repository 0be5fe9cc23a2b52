package org.annocorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annocorpus.eval.Span;
import org.annocorpus.eval.source.BratGoldSource;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.io.SafeXmi;
import org.annocorpus.quote.GoldDocument;
import org.annocorpus.quote.GoldDocument.GoldQuotation;
import org.annocorpus.scheme.Layer;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/**
 * Gold documents with quotations, each read with the pipeline's output (XMI) for its text: what the quotation
 * models train on.
 */
final class GoldQuotationDocuments {

    private GoldQuotationDocuments() {
    }

    /** The gold documents of folder {@code gold}, each with the pipeline's output for its text in {@code xmi}. */
    static List<GoldDocument> load(Path gold, Path xmi) throws IOException {
        BratGoldSource goldSource = new BratGoldSource(gold);
        List<GoldDocument> docs = new ArrayList<>();
        JCas jcas;
        try {
            jcas = JCasFactory.createJCas();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a CAS: " + e.getMessage(), e);
        }
        for (String id : GoldCorpus.documentIds(gold)) {
            Path file = xmi.resolve(id + ".xmi");
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no pipeline output for gold document " + id);
            }
            jcas.reset();
            try (InputStream in = Files.newInputStream(file)) {
                SafeXmi.deserialize(in, jcas.getCas(), true);
            } catch (org.xml.sax.SAXException e) {
                throw new IOException(file + ": not a readable XMI file: " + e.getMessage(), e);
            }
            var spans = goldSource.load(id, Set.of(Layer.QUOTATION));
            if (!spans.text().equals(jcas.getDocumentText())) {
                throw new IOException(file + ": its text differs from " + GoldCorpus.text(gold, id));
            }
            List<GoldQuotation> quotes = new ArrayList<>();
            for (Span s : spans.spans(Layer.QUOTATION)) {
                quotes.add(new GoldQuotation(s.begin(), s.end(), s.features().speaker(), s.features().mentionBegin(),
                        s.features().mentionEnd()));
            }
            docs.add(GoldDocument.of(id, jcas, quotes));
        }
        return docs;
    }
}
