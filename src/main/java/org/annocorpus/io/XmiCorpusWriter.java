package org.annocorpus.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import javax.xml.transform.OutputKeys;

import org.annocorpus.util.AtomicFiles;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;
import org.apache.uima.util.XMLSerializer;
import org.xml.sax.SAXException;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Writes each document as {@code TARGET/ID.xmi} (XML 1.0) and the type system as
 * {@code TARGET/typesystem.xml} beside it, as DKPro's XmiReader, INCEpTION and dkpro-cassis expect.
 * Every file is written atomically. A string holding half a UTF-16 character, which XML cannot hold, is
 * repaired first ({@link LoneSurrogates}).
 */
@ResourceMetaData(name = "XMI corpus writer")
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
public class XmiCorpusWriter extends JCasAnnotator_ImplBase {

    /** Directory the XMI files and typesystem.xml are written to. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    /** Indent the XML (larger files, easier to read in a diff). */
    public static final String PARAM_PRETTY_PRINT = "prettyPrint";
    @ConfigurationParameter(name = PARAM_PRETTY_PRINT, defaultValue = "true")
    private boolean prettyPrint;

    private boolean typeSystemWritten;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        Path dir = Path.of(targetLocation);
        try {
            if (!typeSystemWritten) {
                writeTypeSystem(jcas.getCas(), dir.resolve("typesystem.xml"));
                typeSystemWritten = true;
            }
            int repaired = LoneSurrogates.repair(jcas.getCas());
            if (repaired > 0) {
                getLogger().debug(Documents.id(jcas) + ": " + repaired + " string(s) held half a character; repaired");
            }
            writeWithRelativeUri(jcas, dir.resolve(Documents.id(jcas) + ".xmi"));
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /**
     * The XMI records the document's URI relative to the input folder (and no base URI), so the same
     * input gives the same bytes wherever it lies and no local path leaks into a shared corpus. The
     * CAS is changed only while it is written: later writers still see the full URIs.
     */
    private void writeWithRelativeUri(JCas jcas, Path target) throws IOException {
        DocumentMetaData meta = JCasUtil.selectSingle(jcas, DocumentMetaData.class);
        String uri = meta.getDocumentUri();
        String base = meta.getDocumentBaseUri();
        try {
            meta.setDocumentUri(relativeUri(uri, base));
            meta.setDocumentBaseUri(null);
            AtomicFiles.write(target, out -> writeXmi(jcas.getCas(), out, prettyPrint));
        } finally {
            meta.setDocumentUri(uri);
            meta.setDocumentBaseUri(base);
        }
    }

    /** {@code uri} relative to {@code base}; a URI outside it, or without a base, keeps its last segment. */
    static String relativeUri(String uri, String base) {
        if (uri == null) {
            return null;
        }
        if (base != null && !base.isEmpty()) {
            String prefix = base.endsWith("/") ? base : base + "/";
            if (uri.startsWith(prefix)) {
                return uri.substring(prefix.length());
            }
        }
        int slash = uri.lastIndexOf('/');
        return slash >= 0 ? uri.substring(slash + 1) : uri;
    }

    public static void writeXmi(CAS cas, OutputStream out, boolean prettyPrint) throws IOException {
        XMLSerializer xml = new XMLSerializer(out, prettyPrint);
        xml.setOutputProperty(OutputKeys.VERSION, "1.0");
        try {
            new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, xml.getContentHandler());
        } catch (SAXException e) {
            throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
        }
    }

    public static void writeTypeSystem(CAS cas, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try {
                TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem()).toXML(out);
            } catch (SAXException e) {
                throw new IOException(e);
            }
        });
    }
}
