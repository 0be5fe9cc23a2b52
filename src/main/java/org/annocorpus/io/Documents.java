package org.annocorpus.io;

import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** The id under which a CAS is written and scored. */
public final class Documents {

    private Documents() {
    }

    public static String id(JCas jcas) {
        try {
            String id = DocumentMetaData.get(jcas).getDocumentId();
            if (id != null && !id.isEmpty()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // no DocumentMetaData: fall through to the error below
        }
        throw new IllegalStateException("document has no DocumentMetaData with a document id");
    }
}
