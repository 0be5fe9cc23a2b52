package org.annocorpus.io;

import java.security.DigestOutputStream;
import java.io.OutputStream;
import org.annocorpus.io.internal.PartFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annocorpus.conll.ProjectionCheck;
import org.annocorpus.scheme.Layer;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Writes {@code manifest.json}: every document with the checksum of its text and of its XMI, its size,
 * and its number of annotations per layer and type, then the totals. The XMI checksum is computed from
 * the CAS, of the bytes {@link XmiCorpusWriter} writes for it ({@link XmiCorpusWriter#writeDocument}),
 * not read back from disk, so the manifest does not depend on the order of the writers. Entries are
 * streamed to a temporary file as documents pass (memory stays flat however large the corpus) and the
 * file is renamed into place when the collection is complete. No time stamps: same input, same bytes.
 */
@ResourceMetaData(name = "Corpus manifest writer")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
public class ManifestWriter extends AtomicFileWriter_ImplBase {

    public static final String MANIFEST_FILE = "manifest.json";

    /**
     * Directory of the XMI files whose paths and checksums are recorded, relative to the target location;
     * empty when the corpus has no XMI.
     */
    public static final String PARAM_XMI_LOCATION = "xmiLocation";
    @ConfigurationParameter(name = PARAM_XMI_LOCATION, defaultValue = "xmi")
    private String xmiLocation;

    /** Whether the XMI writer indents its XML ({@link XmiCorpusWriter#PARAM_PRETTY_PRINT}): the checksum is of those bytes. */
    public static final String PARAM_XMI_PRETTY_PRINT = "xmiPrettyPrint";
    @ConfigurationParameter(name = PARAM_XMI_PRETTY_PRINT, defaultValue = "true")
    private boolean xmiPrettyPrint;

    /** The split the corpus writers were given (e.g. {@code 80/10/10}): each entry then names its part. */
    public static final String PARAM_SPLIT = "split";
    @ConfigurationParameter(name = PARAM_SPLIT, defaultValue = "")
    private String split;

    private Splits splits;
    private JsonGenerator json;
    private final Map<String, Map<String, Integer>> totals = new TreeMap<>();
    private int documents;

    @Override
    protected void open() throws IOException {
        splits = split.isBlank() ? null : Splits.parse(split);
        json = new JsonFactory().createGenerator(openFile(MANIFEST_FILE).writer(PartFiles.WHOLE)).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", "annocorpus-manifest/1");
        json.writeArrayFieldStart("documents");
    }

    @Override
    protected void write(JCas jcas) throws IOException {
        String id = Documents.id(jcas);
        String text = jcas.getDocumentText();
        json.writeStartObject();
        json.writeStringField("id", id);
        if (splits != null) {
            json.writeStringField("split", splits.partOf(id));
        }
        json.writeStringField("textSha256", sha256(text.getBytes(StandardCharsets.UTF_8)));
        if (!xmiLocation.isBlank()) {
            json.writeStringField("xmi", Path.of(xmiLocation).resolve(id + XmiCorpusWriter.SUFFIX).toString());
            json.writeStringField("xmiSha256", xmiSha256(jcas));
        }
        json.writeNumberField("characters", text.codePointCount(0, text.length()));
        json.writeNumberField("sentences", JCasUtil.select(jcas, Sentence.class).size());
        json.writeNumberField("tokens", JCasUtil.select(jcas, Token.class).size());
        json.writeObjectFieldStart("annotations");
        for (Layer layer : Layer.values()) {
            Map<String, Integer> counts = countByType(jcas, layer);
            json.writeObjectFieldStart(layer.id());
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
                totals.computeIfAbsent(layer.id(), k -> new TreeMap<>()).merge(e.getKey(), e.getValue(), Integer::sum);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        // spans the CoNLL files cannot keep as they are (see ConllCorpusWriter)
        List<ProjectionCheck.Adjustment> adjustments = ProjectionCheck.check(jcas);
        if (!adjustments.isEmpty()) {
            json.writeArrayFieldStart("conllAdjustments");
            for (ProjectionCheck.Adjustment a : adjustments) {
                json.writeStartObject();
                json.writeStringField("layer", a.layer());
                json.writeStringField("type", a.type());
                json.writeNumberField("begin", a.begin());
                json.writeNumberField("end", a.end());
                json.writeStringField("text", a.text());
                json.writeStringField("change", a.change());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        documents++;
    }

    static Map<String, Integer> countByType(JCas jcas, Layer layer) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Annotation a : JCasUtil.select(jcas, layer.uimaType())) {
            counts.merge(layer.typeOf(a), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    protected void complete() throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("documents", documents);
        for (Map.Entry<String, Map<String, Integer>> layer : totals.entrySet()) {
            json.writeObjectFieldStart(layer.getKey());
            for (Map.Entry<String, Integer> e : layer.getValue().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The checksum of the document's XMI as {@link XmiCorpusWriter} writes it, streamed through the digest. */
    private String xmiSha256(JCas jcas) throws IOException {
        MessageDigest md = digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            XmiCorpusWriter.writeDocument(jcas, out, xmiPrettyPrint);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
