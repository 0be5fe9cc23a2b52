package org.annocorpus.eval.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.SpanExtractor;
import org.annocorpus.io.SafeXmi;
import org.apache.uima.jcas.JCas;
import org.xml.sax.SAXException;

/**
 * A folder of {@code ID.xmi} files as {@code XmiCorpusWriter} writes them. Types the corpus type system
 * does not know are skipped (lenient reading), so output of other tools loads as long as it uses the
 * corpus's types for the scored layers.
 */
public final class XmiSource implements DocumentSource {

    private static final String SUFFIX = ".xmi";

    private final Path dir;
    private final CasHolder cas = new CasHolder();

    public XmiSource(Path dir) {
        this.dir = dir;
    }

    @Override
    public String description() {
        return DocumentSources.display(dir) + " (XMI)";
    }

    @Override
    public List<String> ids() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public DocumentSpans load(String id, Set<Layer> layers) throws IOException {
        Path file = dir.resolve(id + SUFFIX);
        JCas jcas = cas.fresh();
        try (InputStream in = Files.newInputStream(file)) {
            SafeXmi.deserialize(in, jcas.getCas(), true);
        } catch (SAXException | RuntimeException e) {
            throw new IOException(file + ": not a readable XMI file: " + e.getMessage(), e);
        }
        if (jcas.getDocumentText() == null) {
            throw new IOException(file + ": the XMI file holds no document text");
        }
        return SpanExtractor.extract(id, jcas, layers);
    }

    /** True when {@code dir} holds at least one {@code .xmi} file. */
    public static boolean holdsXmi(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(SUFFIX));
        }
    }
}
