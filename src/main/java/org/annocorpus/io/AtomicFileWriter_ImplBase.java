package org.annocorpus.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.annocorpus.io.internal.PartFiles;
import org.annocorpus.util.AtomicFiles;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The base of every writer of the project, in the manner of DKPro Core's {@code JCasFileWriter_ImplBase}
 * but atomic throughout ({@link AtomicFiles}): a reader of the target folder never sees half a file. It
 * holds the target folder and the writer life cycle, so a writer only renders:
 * <ul>
 * <li>per-document files ({@link #writeDocumentFile}) are written whole or not at all;</li>
 * <li>files of the folder written once, on the first document ({@link #writeOnce}: a type system, a
 * configuration);</li>
 * <li>corpus files streamed as documents pass ({@link #openParts}, {@link #openFile}) go to temporary
 * files, renamed into place when the collection is complete and removed when the run ends without
 * completing, so a killed run leaves the previous files untouched.</li>
 * </ul>
 * Subclasses open their streams in {@link #open}, render each document in {@link #write} and finish the
 * streams in {@link #complete}.
 */
public abstract class AtomicFileWriter_ImplBase extends JCasAnnotator_ImplBase {

    /** Directory the writer's files go to. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    private final List<PartFiles> streams = new ArrayList<>();
    private final Set<String> writtenOnce = new HashSet<>();

    @Override
    public final void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            open();
        } catch (IllegalArgumentException | IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** Opens the streamed files; the parameters are set. Nothing by default. */
    protected void open() throws IOException {
    }

    @Override
    public final void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            write(jcas);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Writes one document. Render it whole before appending, so that a failure leaves no half document. */
    protected abstract void write(JCas jcas) throws IOException;

    /** Finishes the streamed files before they are renamed into place (totals, closing brackets). Nothing by default. */
    protected void complete() throws IOException {
    }

    @Override
    public final void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            complete();
            for (PartFiles files : streams) {
                files.commit();
            }
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    @Override
    public void destroy() {
        // A run that never completed leaves no temporary files behind.
        streams.forEach(PartFiles::discard);
        super.destroy();
    }

    /** The target folder, as the parameter gives it. */
    protected final Path targetLocation() {
        return Path.of(targetLocation);
    }

    /** Writes {@code TARGET/ID SUFFIX} of the document atomically. */
    protected final void writeDocumentFile(JCas jcas, String suffix, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(targetLocation().resolve(Documents.id(jcas) + suffix), content);
    }

    /** Writes {@code TARGET/NAME} atomically, the first time it is asked for only. */
    protected final void writeOnce(String name, AtomicFiles.Content content) throws IOException {
        if (!writtenOnce.contains(name)) {
            AtomicFiles.write(targetLocation().resolve(name), content);
            writtenOnce.add(name);
        }
    }

    /**
     * Streamed corpus files {@code corpus SUFFIX}, or with a split ({@link Splits}, such as
     * {@code 80/10/10}; blank for none) one {@code PART SUFFIX} each.
     */
    protected final PartFiles openParts(String suffix, String split) throws IOException {
        return register(new PartFiles(targetLocation().toAbsolutePath(), suffix, split.isBlank() ? null : Splits.parse(split)));
    }

    /** One streamed file {@code TARGET/NAME}. */
    protected final PartFiles openFile(String name) throws IOException {
        return register(PartFiles.single(targetLocation().toAbsolutePath().resolve(name)));
    }

    private PartFiles register(PartFiles files) {
        streams.add(files);
        return files;
    }
}
