package org.annocorpus.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.annocorpus.conll.ProjectionCheck;
import org.annocorpus.scheme.Layer;
import org.annocorpus.util.AtomicFiles;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Writes {@code manifest.json}: every document with the checksum of its text and of its XMI file, its
 * size, and its number of annotations per layer and type, then the totals. Entries are streamed to a
 * temporary file as documents pass (memory stays flat however large the corpus) and the file is
 * renamed into place when the collection is complete. No time stamps: same input, same bytes.
 */
@ResourceMetaData(name = "Corpus manifest writer")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
public class ManifestWriter extends JCasAnnotator_ImplBase {

    public static final String MANIFEST_FILE = "manifest.json";

    /** Directory the manifest is written to (the corpus root). */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    /** Directory of the XMI files whose checksums are recorded, relative to the target location. */
    public static final String PARAM_XMI_LOCATION = "xmiLocation";
    @ConfigurationParameter(name = PARAM_XMI_LOCATION, defaultValue = "xmi")
    private String xmiLocation;

    /** The split the corpus writers were given (e.g. {@code 80/10/10}): each entry then names its part. */
    public static final String PARAM_SPLIT = "split";
    @ConfigurationParameter(name = PARAM_SPLIT, defaultValue = "")
    private String split;

    private Splits splits;
    private Path target;
    private Path tmp;
    private JsonGenerator json;
    private final Map<String, Map<String, Integer>> totals = new TreeMap<>();
    private int documents;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            splits = split.isBlank() ? null : Splits.parse(split);
            Path dir = Path.of(targetLocation).toAbsolutePath();
            Files.createDirectories(dir);
            target = dir.resolve(MANIFEST_FILE);
            tmp = AtomicFiles.tempFileFor(target);
            json = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "annocorpus-manifest/1");
            json.writeArrayFieldStart("documents");
        } catch (IllegalArgumentException | IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String id = Documents.id(jcas);
        String text = jcas.getDocumentText();
        try {
            json.writeStartObject();
            json.writeStringField("id", id);
            if (splits != null) {
                json.writeStringField("split", splits.partOf(id));
            }
            json.writeStringField("textSha256", sha256(text.getBytes(StandardCharsets.UTF_8)));
            Path xmi = Path.of(targetLocation).resolve(xmiLocation).resolve(id + ".xmi");
            if (Files.exists(xmi)) {
                json.writeStringField("xmi", Path.of(xmiLocation).resolve(id + ".xmi").toString());
                json.writeStringField("xmiSha256", sha256(xmi));
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
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    static Map<String, Integer> countByType(JCas jcas, Layer layer) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Annotation a : JCasUtil.select(jcas, layer.uimaType())) {
            counts.merge(layer.typeOf(a), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
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
            AtomicFiles.moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    @Override
    public void destroy() {
        try {
            json.close();
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more can be done while shutting down
        }
        super.destroy();
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
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
