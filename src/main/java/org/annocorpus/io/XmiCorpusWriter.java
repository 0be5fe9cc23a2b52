package org.annocorpus.io;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.transform.OutputKeys;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
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
public class XmiCorpusWriter extends AtomicFileWriter_ImplBase {

    /** Indent the XML (larger files, easier to read in a diff). */
    public static final String PARAM_PRETTY_PRINT = "prettyPrint";
    @ConfigurationParameter(name = PARAM_PRETTY_PRINT, defaultValue = "true")
    private boolean prettyPrint;

    public static final String TYPE_SYSTEM_FILE = "typesystem.xml";
    public static final String SUFFIX = ".xmi";

    @Override
    protected void write(JCas jcas) throws IOException {
        writeOnce(TYPE_SYSTEM_FILE, out -> writeTypeSystem(jcas.getCas(), out));
        int repaired = LoneSurrogates.repair(jcas.getCas());
        if (repaired > 0) {
            getLogger().debug(Documents.id(jcas) + ": " + repaired + " string(s) held half a character; repaired");
        }
        writeDocumentFile(jcas, SUFFIX, out -> writeDocument(jcas, out, prettyPrint));
    }

    /**
     * The document's XMI as this writer writes it (the manifest's checksum is of these bytes). A string
     * holding half a UTF-16 character is repaired first. The XMI records the document's URI relative to
     * the input folder (and no base URI), so the same input gives the same bytes wherever it lies and no
     * local path leaks into a shared corpus. The CAS is changed only while it is written: later writers
     * still see the full URIs.
     */
    public static void writeDocument(JCas jcas, OutputStream out, boolean prettyPrint) throws IOException {
        LoneSurrogates.repair(jcas.getCas());
        DocumentMetaData meta = JCasUtil.selectSingle(jcas, DocumentMetaData.class);
        String uri = meta.getDocumentUri();
        String base = meta.getDocumentBaseUri();
        try {
            meta.setDocumentUri(relativeUri(uri, base));
            meta.setDocumentBaseUri(null);
            writeXmi(jcas.getCas(), out, prettyPrint);
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

    public static void writeTypeSystem(CAS cas, OutputStream out) throws IOException {
        try {
            TypeSystemUtil.typeSystem2TypeSystemDescription(cas.getTypeSystem()).toXML(out);
        } catch (SAXException e) {
            throw new IOException(e);
        }
    }
}
