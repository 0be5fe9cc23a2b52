package org.annocorpus.io;

import java.nio.file.Path;

import org.apache.uima.jcas.JCas;
import org.apache.uima.util.Level;
import org.apache.uima.util.Logger;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Puts a document read from a file into a CAS the way every reader of the project does: the text made
 * safe for XML 1.0 (with a warning naming the file and offset), the language, and DKPro's
 * DocumentMetaData with the document id, so writers and the scorer find it.
 */
public final class DocumentSetup {

    private DocumentSetup() {
    }

    public static void install(JCas jcas, Path file, String documentId, String text, String language,
            String collectionId, Logger logger) {
        install(jcas, file.toString(), documentId, file.getFileName().toString(), file.toAbsolutePath().toUri().toString(),
                file.toAbsolutePath().getParent().toUri().toString(), text, language, collectionId, logger);
    }

    /**
     * The same for a document that is not a file of its own (a record of a JSON Lines file): {@code where}
     * names it in warnings, {@code title}, {@code uri} and {@code baseUri} go to DocumentMetaData.
     */
    public static void install(JCas jcas, String where, String documentId, String title, String uri, String baseUri,
            String text, String language, String collectionId, Logger logger) {
        int illegal = XmlCharacters.firstIllegal(text);
        if (illegal >= 0) {
            logger.log(Level.WARNING, where + ": character U+" + String.format("%04X", (int) text.charAt(illegal))
                    + " at offset " + illegal + " is not allowed in XML 1.0; replaced by a space (offsets unchanged)");
            text = XmlCharacters.sanitize(text);
        }
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage(language);

        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(documentId);
        // a file name may hold characters XML cannot (control characters)
        meta.setDocumentTitle(XmlCharacters.sanitize(title));
        meta.setDocumentUri(uri);
        meta.setDocumentBaseUri(baseUri);
        meta.setCollectionId(collectionId);
        meta.setLanguage(language);
    }
}
