package org.annocorpus.io;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.gold.BratAnnWriter;
import org.annocorpus.gold.BratDocument;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Writes each document as a gold document of brat standoff ({@code ID.txt} and {@code ID.ann} exactly
 * in the format of {@code gold/}: entity, Quotation, Source and NumericClaim T lines, value, unit and
 * qualifier attributes, speaker and quantified notes, speakerMention relations, code point offsets), so
 * system output can be corrected in brat, checked with {@code ./corpus validate} and compared with gold
 * by {@code ./corpus agree}. With {@link #PARAM_CONFIGURATION_LOCATION} the brat configuration
 * ({@code annotation.conf}, {@code visual.conf}) is copied beside them, so brat opens the folder as it is.
 */
@ResourceMetaData(name = "brat gold writer")
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
        "org.annocorpus.type.Quotation",
        "org.annocorpus.type.SourceMention",
        "org.annocorpus.type.NumericClaim" })
public class BratGoldWriter extends AtomicFileWriter_ImplBase {

    public static final String[] CONFIGURATION_FILES = {"annotation.conf", "visual.conf"};

    /** Folder holding brat's annotation.conf and visual.conf (the gold folder); empty for none. */
    public static final String PARAM_CONFIGURATION_LOCATION = "configurationLocation";
    @ConfigurationParameter(name = PARAM_CONFIGURATION_LOCATION, defaultValue = "")
    private String configurationLocation;

    @Override
    protected void write(JCas jcas) throws IOException {
        if (!configurationLocation.isBlank()) {
            for (String name : CONFIGURATION_FILES) {
                Path source = Path.of(configurationLocation).resolve(name);
                if (!Files.isRegularFile(source)) {
                    throw new IOException("brat configuration not found: " + source);
                }
                writeOnce(name, out -> Files.copy(source, out));
            }
        }
        String ann = BratAnnWriter.render(BratDocument.fromCas(jcas.getCas()));
        writeDocumentFile(jcas, ".txt", out -> out.write(jcas.getDocumentText().getBytes(StandardCharsets.UTF_8)));
        writeDocumentFile(jcas, ".ann", out -> out.write(ann.getBytes(StandardCharsets.UTF_8)));
    }
}
