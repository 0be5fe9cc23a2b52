package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.io.DocumentReadException;
import org.annocorpus.io.TextDecoder;
import org.annocorpus.io.DocumentSetup;
import org.apache.uima.UimaContext;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.fit.component.JCasCollectionReader_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.Level;
import org.apache.uima.util.Progress;
import org.apache.uima.util.ProgressImpl;


/**
 * Reads a gold folder ({@code ID.txt} + {@code ID.ann}, brat standoff) into CASes with the corpus type
 * system, one document per CAS in id order, through {@link GoldCasLoader#fill}. A document whose
 * {@code .ann} is missing is skipped with a warning (the validator reports it); a file that cannot be
 * decoded raises a {@link DocumentReadException} naming it, and the next call reads the next document.
 */
@ResourceMetaData(name = "Gold document reader")
@TypeCapability(outputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
        "org.annocorpus.type.Quotation",
        "org.annocorpus.type.SourceMention",
        "org.annocorpus.type.NumericClaim" })
public class GoldDocumentReader extends JCasCollectionReader_ImplBase {

    /** The gold folder. */
    public static final String PARAM_SOURCE_LOCATION = "sourceLocation";
    @ConfigurationParameter(name = PARAM_SOURCE_LOCATION)
    private String sourceLocation;

    /** Language code set on every document. */
    public static final String PARAM_LANGUAGE = "language";
    @ConfigurationParameter(name = PARAM_LANGUAGE, defaultValue = "en")
    private String language;

    /** Collection id set on every document (DKPro's DocumentMetaData). */
    public static final String PARAM_COLLECTION_ID = "collectionId";
    @ConfigurationParameter(name = PARAM_COLLECTION_ID, defaultValue = "gold")
    private String collectionId;

    private Path dir;
    private List<String> ids;
    private int next;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        dir = Path.of(sourceLocation);
        if (!Files.isDirectory(dir)) {
            throw new ResourceInitializationException(
                    new IOException("gold folder does not exist or is not a directory: " + dir));
        }
        ids = new ArrayList<>();
        try {
            for (String id : GoldCorpus.documentIds(dir)) {
                if (Files.isRegularFile(GoldCorpus.text(dir, id)) && Files.isRegularFile(GoldCorpus.annotations(dir, id))) {
                    ids.add(id);
                } else {
                    getLogger().log(Level.WARNING, dir.resolve(id) + ": .txt or .ann missing; document skipped");
                }
            }
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        next = 0;
    }

    /** The ids of the documents this reader reads, in order. */
    public List<String> getDocumentIds() {
        return ids;
    }

    @Override
    public boolean hasNext() {
        return next < ids.size();
    }

    @Override
    public void getNext(JCas jcas) throws IOException, CollectionException {
        String id = ids.get(next++);
        Path txt = GoldCorpus.text(dir, id);
        Path ann = GoldCorpus.annotations(dir, id);
        try {
            GoldCasLoader.load(txt, ann, jcas, language, collectionId, getLogger());
        } catch (IOException e) {
            throw new DocumentReadException(txt.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Progress[] getProgress() {
        return new Progress[] {new ProgressImpl(next, ids.size(), Progress.ENTITIES)};
    }
}
