package org.annocorpus.gold;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annocorpus.io.XmlCharacters;
import org.annocorpus.util.AtomicFiles;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.xml.sax.SAXException;

/**
 * Turns UIMA XMI (INCEpTION's "UIMA CAS XMI" export, or this project's own XMI) back into gold files
 * ({@code ID.txt}, {@code ID.ann}). It reads every {@code .xmi} below a folder, also inside
 * {@code .zip} files (INCEpTION packs each annotator's document so), each with the type system file found
 * beside it ({@code typesystem.xml} or {@code TypeSystem.xml}; the corpus type system otherwise), and
 * loads it leniently: types of other tools are ignored, feature ranges may differ (a String
 * {@code value} is fine). Where the output folder already holds a document's {@code .ann}, unchanged
 * lines keep their ids (see {@link BratAnnWriter}).
 */
public final class XmiGoldImporter {

    private static final String META = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

    /** One XMI read: where it came from, its document id and its annotations. */
    public record Imported(String source, String id, BratDocument document) {
    }

    /** An input that cannot be imported, with the file (and zip entry) it is about. */
    public static final class ImportException extends Exception {
        public ImportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private XmiGoldImporter() {
    }

    /** Reads every XMI below {@code dir}, in path order; two XMIs of one document id are an error. */
    public static List<Imported> read(Path dir) throws IOException, ImportException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> lower(p).endsWith(".xmi") || lower(p).endsWith(".zip"))
                    .sorted().toList();
        }
        Map<String, Imported> byId = new TreeMap<>();
        for (Path file : files) {
            for (Imported imported : lower(file).endsWith(".zip") ? readZip(file) : List.of(readFile(file))) {
                Imported other = byId.putIfAbsent(imported.id(), imported);
                if (other != null) {
                    throw new ImportException(imported.source() + ": document " + imported.id() + " again (also in "
                            + other.source() + "); import one annotator's or the curated version only", null);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Imported readFile(Path file) throws IOException, ImportException {
        byte[] typeSystem = null;
        for (String name : List.of("typesystem.xml", "TypeSystem.xml")) {
            Path ts = file.resolveSibling(name);
            if (Files.isRegularFile(ts)) {
                typeSystem = Files.readAllBytes(ts);
                break;
            }
        }
        String name = file.getFileName().toString();
        String folder = file.getParent() == null || file.getParent().getFileName() == null ? ""
                : file.getParent().getFileName().toString();
        return load(file.toString(), Files.readAllBytes(file), typeSystem, name, folder);
    }

    private static List<Imported> readZip(Path zip) throws IOException, ImportException {
        Map<String, byte[]> xmis = new TreeMap<>();
        byte[] typeSystem = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (base.equalsIgnoreCase("typesystem.xml")) {
                    typeSystem = in.readAllBytes();
                } else if (base.toLowerCase(Locale.ROOT).endsWith(".xmi")) {
                    xmis.put(name, in.readAllBytes());
                }
            }
        }
        String folder = zip.getParent() == null || zip.getParent().getFileName() == null ? ""
                : zip.getParent().getFileName().toString();
        List<Imported> result = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : xmis.entrySet()) {
            String base = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            result.add(load(zip + "!" + e.getKey(), e.getValue(), typeSystem, base, folder));
        }
        return result;
    }

    private static Imported load(String source, byte[] xmi, byte[] typeSystemXml, String fileName, String folder)
            throws ImportException {
        CAS cas;
        try {
            TypeSystemDescription tsd = typeSystemXml != null
                    ? UIMAFramework.getXMLParser().parseTypeSystemDescription(
                            new XMLInputSource(new ByteArrayInputStream(typeSystemXml), null))
                    : TypeSystemDescriptionFactory.createTypeSystemDescription();
            cas = isolatedCas(tsd);
        } catch (InvalidXMLException | ResourceInitializationException e) {
            throw new ImportException(source + ": its type system cannot be read: " + e.getMessage(), e);
        }
        try (InputStream in = new ByteArrayInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas, true);
        } catch (SAXException | IOException e) {
            throw new ImportException(source + ": not readable UIMA XMI: " + e.getMessage(), e);
        }
        if (cas.getDocumentText() == null) {
            throw new ImportException(source + ": the XMI has no document text", null);
        }
        return new Imported(source, documentId(cas, fileName, folder), BratDocument.fromCas(cas));
    }

    /**
     * A CAS of a foreign type system that does not bind this JVM's JCas classes: UIMA would refuse an
     * INCEpTION type system whose NumericClaim.value is a String while the corpus JCas class says double.
     * The class loader sees no application class, so every type gets UIMA's generic classes.
     */
    public static CAS isolatedCas(TypeSystemDescription tsd) throws ResourceInitializationException {
        ResourceManager rm = UIMAFramework.newDefaultResourceManager();
        try {
            rm.setExtensionClassLoader(new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()), false);
        } catch (Exception e) {
            throw new ResourceInitializationException(e);
        }
        return CasCreationUtils.createCas(tsd, null, null, null, rm);
    }

    /**
     * DKPro's documentTitle without a .txt/.xmi extension: this project's readers put the file name
     * there, and INCEpTION the name of the uploaded document (its documentId is the annotator's user
     * name, CURATION_USER for curated documents). Else the documentId; else, for INCEpTION's
     * {@code annotation/DOC.txt/USER.xmi} layout, the folder name; else the file name.
     */
    static String documentId(CAS cas, String fileName, String folder) {
        Type meta = cas.getTypeSystem().getType(META);
        if (meta != null) {
            var index = cas.getAnnotationIndex(meta);
            if (index.size() > 0) {
                var fs = index.iterator().next();
                for (String feature : List.of("documentTitle", "documentId")) {
                    Feature f = meta.getFeatureByBaseName(feature);
                    String value = f == null ? null : fs.getStringValue(f);
                    if (value != null && !value.isBlank()) {
                        return stripExtension(value.trim());
                    }
                }
            }
        }
        String folderId = stripExtension(folder);
        if (!folderId.equals(folder)) {
            return folderId;
        }
        return stripExtension(fileName);
    }

    private static String stripExtension(String name) {
        for (String ext : List.of(".txt", ".xmi", ".zip")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /**
     * Writes {@code ID.txt} and {@code ID.ann} of an imported document into {@code out}; returns the
     * {@code .ann} text. An existing {@code ID.ann} there lends its ids to unchanged lines. An existing
     * {@code ID.txt} whose text the XMI holds with the characters XML 1.0 forbids replaced
     * ({@link XmlCharacters#sanitize}) stays as it is, and the annotations quote it: the export could not
     * carry those characters, and the gold's text must stay byte for byte its source's.
     */
    public static String write(Imported imported, Path out) throws IOException {
        Path ann = GoldCorpus.annotations(out, imported.id());
        BratAnnotations previous = Files.isRegularFile(ann)
                ? BratParser.parse(Files.readString(ann, StandardCharsets.UTF_8)) : null;
        BratDocument document = withOriginalText(imported.document(), GoldCorpus.text(out, imported.id()));
        String rendered = BratAnnWriter.render(document, previous);
        Files.createDirectories(out);
        AtomicFiles.writeString(GoldCorpus.text(out, imported.id()), document.text());
        AtomicFiles.writeString(ann, rendered);
        return rendered;
    }

    /** The document with the text of {@code existing} where the XMI's text is that text made safe for XML 1.0. */
    private static BratDocument withOriginalText(BratDocument document, Path existing) throws IOException {
        if (!Files.isRegularFile(existing)) {
            return document;
        }
        String original = Files.readString(existing, StandardCharsets.UTF_8);
        return XmlCharacters.sanitize(original).equals(document.text()) ? new BratDocument(original, document.spans())
                : document;
    }

    private static String lower(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
