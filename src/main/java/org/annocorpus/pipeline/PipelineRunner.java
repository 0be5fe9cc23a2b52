package org.annocorpus.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annocorpus.io.DocumentReadException;
import org.annocorpus.io.TextDocumentReader;
import org.annocorpus.util.Errors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.Progress;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Streams documents through a pipeline one CAS at a time (memory does not grow with the corpus). Unlike
 * uimaFIT's SimplePipeline it does not stop at the first bad document: a document that cannot be read,
 * is over the size limit, runs out of time or memory, or makes a component fail is recorded with its
 * problem and the run goes on; the report lists what failed. The analysis of one document happens in
 * {@link DocumentAnalysis}; the writers run afterwards, on this thread, in document order. A run stops
 * only when its outputs cannot be written ({@link RunAbortedException}: full disk, unwritable folder).
 */
public final class PipelineRunner {

    private final PrintWriter progress;
    private final boolean quiet;
    private final DocumentLimits limits;

    /** @param progress where progress lines go (stderr in the CLI); {@code quiet} silences them */
    public PipelineRunner(PrintWriter progress, boolean quiet) {
        this(progress, quiet, DocumentLimits.DEFAULT);
    }

    public PipelineRunner(PrintWriter progress, boolean quiet, DocumentLimits limits) {
        this.progress = progress;
        this.quiet = quiet;
        this.limits = limits;
    }

    /** Runs the pipeline; a run with no document at all returns at once, before any model is loaded. */
    public RunReport run(PipelineBuilder.Built pipeline) throws ResourceInitializationException, RunAbortedException {
        CollectionReader reader = CollectionReaderFactory.createReader(withSizeLimit(pipeline.reader()));
        try {
            if (!reader.hasNext()) {
                return new RunReport(0, List.of(), 0);
            }
            AnalysisEngineDescription writerChain = AnalysisEngineFactory.createEngineDescription(
                    pipeline.writers().toArray(new AnalysisEngineDescription[0]));
            AnalysisEngine writers = AnalysisEngineFactory.createEngine(writerChain);
            try (DocumentAnalysis analysis = new DocumentAnalysis(AnalysisEngineFactory.createEngineDescription(
                    pipeline.components().toArray(new AnalysisEngineDescription[0])), limits.timeout())) {
                return run(reader, analysis, writers);
            } finally {
                writers.destroy();
            }
        } catch (CollectionException | IOException e) {
            throw new ResourceInitializationException(e);
        } finally {
            reader.destroy();
        }
    }

    /** The project's reader refuses too large files before reading them; other readers are checked after. */
    private CollectionReaderDescription withSizeLimit(CollectionReaderDescription reader) {
        if (reader.getMetaData().getConfigurationParameterDeclarations()
                .getConfigurationParameter(null, TextDocumentReader.PARAM_MAX_CHARACTERS) == null) {
            return reader;
        }
        CollectionReaderDescription copy = (CollectionReaderDescription) reader.clone();
        copy.getMetaData().getConfigurationParameterSettings()
                .setParameterValue(TextDocumentReader.PARAM_MAX_CHARACTERS, limits.maxCharacters());
        return copy;
    }

    private RunReport run(CollectionReader reader, DocumentAnalysis analysis, AnalysisEngine writers)
            throws ResourceInitializationException, CollectionException, IOException, RunAbortedException {
        List<ProcessingResourceMetaData> metadata = List.of(analysis.metadata(),
                writers.getAnalysisEngineMetaData());
        CAS cas = CasCreationUtils.createCas(metadata);
        List<RunReport.Failure> failures = new ArrayList<>();
        int processed = 0;
        int total = total(reader);
        long start = System.nanoTime();
        long lastReport = start;
        while (reader.hasNext()) {
            cas.reset();
            String problem = null;
            String document = null;
            try {
                reader.getNext(cas);
                document = documentId(cas);
                problem = limits.tooLong(cas.getDocumentText());
            } catch (DocumentReadException e) {
                failures.add(new RunReport.Failure(e.getFile(), e.getProblem()));
                continue;
            } catch (CollectionException | IOException | RuntimeException | OutOfMemoryError e) {
                failures.add(new RunReport.Failure("document " + (processed + failures.size() + 1),
                        DocumentAnalysis.describe(e)));
                continue;
            }
            if (problem == null) {
                DocumentAnalysis.Problem analysed = analysis.analyse(cas);
                if (analysed != null) {
                    problem = analysed.message();
                    if (analysed.casAbandoned()) {
                        cas = CasCreationUtils.createCas(metadata);
                    }
                }
            }
            if (problem == null) {
                problem = write(writers, cas);
            }
            if (problem == null) {
                processed++;
            } else {
                failures.add(new RunReport.Failure(document, problem));
            }
            long now = System.nanoTime();
            if (!quiet && now - lastReport > 2_000_000_000L) {
                report(processed + failures.size(), total, processed, now - start);
                lastReport = now;
            }
        }
        try {
            analysis.collectionProcessComplete();
            writers.collectionProcessComplete();
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            throw new RunAbortedException(outputProblem(e), e);
        }
        long elapsed = System.nanoTime() - start;
        if (!quiet) {
            report(processed + failures.size(), total, processed, elapsed);
        }
        return new RunReport(processed, failures, elapsed / 1e9);
    }

    /** Null when the writers took the document; its problem when only this document is concerned. */
    static String write(AnalysisEngine writers, CAS cas) throws RunAbortedException {
        try {
            writers.process(cas);
            return null;
        } catch (AnalysisEngineProcessException | RuntimeException | OutOfMemoryError e) {
            if (isOutputFault(e)) {
                throw new RunAbortedException(outputProblem(e), e);
            }
            return DocumentAnalysis.describe(e);
        }
    }

    /** A file-system fault (full disk, no permission, read-only) hits every later document too. */
    static boolean isOutputFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    static String outputProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left")) {
                return "the disk is full: outputs could not be written (" + t.getMessage() + ")";
            }
        }
        return "outputs could not be written: " + Errors.describe(e);
    }

    private void report(int done, int total, int processed, long nanos) {
        double seconds = nanos / 1e9;
        progress.printf(Locale.ROOT, "%d of %s documents, %.1f documents/s%n", done, total < 0 ? "?" : total,
                seconds > 0 ? processed / seconds : 0.0);
        progress.flush();
    }

    private static int total(CollectionReader reader) {
        Progress[] progress = reader.getProgress();
        return progress == null || progress.length == 0 ? -1 : (int) progress[0].getTotal();
    }

    private static String documentId(CAS cas) {
        try {
            DocumentMetaData meta = DocumentMetaData.get(cas.getJCas());
            return meta.getDocumentId();
        } catch (Exception e) {
            return "document (no id)";
        }
    }
}
