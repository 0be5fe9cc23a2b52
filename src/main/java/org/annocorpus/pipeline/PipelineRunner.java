package org.annocorpus.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annocorpus.io.DocumentReadException;
import org.annocorpus.util.Errors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionException;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.Progress;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Streams documents through a pipeline one CAS at a time (memory does not grow with the corpus). Unlike
 * uimaFIT's SimplePipeline it does not stop at the first bad document: a document that cannot be read or
 * annotated is recorded with its problem and the run goes on; the report lists what failed.
 */
public final class PipelineRunner {

    private final PrintWriter progress;
    private final boolean quiet;

    /** @param progress where progress lines go (stderr in the CLI); {@code quiet} silences them */
    public PipelineRunner(PrintWriter progress, boolean quiet) {
        this.progress = progress;
        this.quiet = quiet;
    }

    public RunReport run(PipelineBuilder.Built pipeline) throws ResourceInitializationException {
        CollectionReader reader = CollectionReaderFactory.createReader(pipeline.reader());
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(pipeline.aggregate());
        try {
            return run(reader, engine);
        } finally {
            engine.destroy();
            reader.destroy();
        }
    }

    private RunReport run(CollectionReader reader, AnalysisEngine engine) throws ResourceInitializationException {
        CAS cas = CasCreationUtils.createCas(engine.getAnalysisEngineMetaData());
        List<RunReport.Failure> failures = new ArrayList<>();
        int processed = 0;
        int total = total(reader);
        long start = System.nanoTime();
        long lastReport = start;
        try {
            while (reader.hasNext()) {
                cas.reset();
                try {
                    reader.getNext(cas);
                } catch (DocumentReadException e) {
                    failures.add(new RunReport.Failure(e.getFile(), e.getProblem()));
                    continue;
                } catch (CollectionException | java.io.IOException e) {
                    failures.add(new RunReport.Failure("document " + (processed + failures.size() + 1), Errors.describe(e)));
                    continue;
                }
                try {
                    engine.process(cas);
                    processed++;
                } catch (AnalysisEngineProcessException | RuntimeException e) {
                    failures.add(new RunReport.Failure(documentId(cas), Errors.describe(e)));
                }
                long now = System.nanoTime();
                if (!quiet && now - lastReport > 2_000_000_000L) {
                    report(processed + failures.size(), total, processed, now - start);
                    lastReport = now;
                }
            }
            engine.collectionProcessComplete();
        } catch (CollectionException | java.io.IOException | AnalysisEngineProcessException e) {
            throw new ResourceInitializationException(e);
        }
        long elapsed = System.nanoTime() - start;
        if (!quiet) {
            report(processed + failures.size(), total, processed, elapsed);
        }
        return new RunReport(processed, failures, elapsed / 1e9);
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
