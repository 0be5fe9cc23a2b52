package org.annocorpus.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.annocorpus.util.Errors;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Runs the analysis components on one document, isolated from the rest of the run: on a worker thread
 * with a large stack, under a time limit, and with every {@link Throwable} (an {@code OutOfMemoryError},
 * a {@code StackOverflowError}) turned into that document's problem. A document over its time limit has
 * its thread stopped and the engine is built anew (when the next document comes), since the old one
 * may have been left mid-document.
 * One instance serves one thread of the run (a parallel runner gives each thread its own).
 */
public final class DocumentAnalysis implements AutoCloseable {

    /** Deep recursion in a parser over pathological text should fail as that document, not the run. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    private final AnalysisEngineDescription description;
    private final Duration timeout;
    private final org.apache.uima.resource.metadata.ProcessingResourceMetaData metadata;
    private AnalysisEngine engine;
    private ExecutorService worker;
    private Thread workerThread;
    private int restarts;

    public DocumentAnalysis(AnalysisEngineDescription description, Duration timeout)
            throws ResourceInitializationException {
        this.description = description;
        this.timeout = timeout;
        this.engine = AnalysisEngineFactory.createEngine(description);
        this.metadata = engine.getAnalysisEngineMetaData();
        this.worker = newWorker();
    }

    /** The engine's metadata (type system and capabilities), for the CAS the runner creates. */
    public org.apache.uima.resource.metadata.ProcessingResourceMetaData metadata() {
        return metadata;
    }

    /** Engines rebuilt after a document ran out of time. */
    public int restarts() {
        return restarts;
    }

    /**
     * Analyses the document in {@code cas}. Returns null when it worked, else the problem in one line.
     * After a time-out the CAS may still be touched by the stopped thread: the caller must not reuse it.
     */
    public Problem analyse(CAS cas) throws ResourceInitializationException {
        if (engine == null) {
            // the last document ran out of time: a new engine, built only when another document comes
            engine = AnalysisEngineFactory.createEngine(description);
        }
        Future<?> result = worker.submit(() -> {
            engine.process(cas);
            return null;
        });
        try {
            result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return new Problem(describe(e.getCause()), false);
        } catch (TimeoutException e) {
            abandonWorker();
            return new Problem(String.format(Locale.ROOT, "time limit of %d s exceeded (--doc-timeout)",
                    timeout.toSeconds()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandonWorker();
            return new Problem("interrupted", true);
        }
    }

    /** What went wrong with a document; {@code casAbandoned} when its CAS must be replaced. */
    public record Problem(String message, boolean casAbandoned) {
    }

    static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "out of memory while annotating (OutOfMemoryError: " + t.getMessage()
                    + "); try a lower --max-chars or a larger heap";
        }
        if (t instanceof StackOverflowError) {
            return "nesting too deep to annotate (StackOverflowError)";
        }
        if (t instanceof AnalysisEngineProcessException && t.getCause() instanceof Error error) {
            return describe(error);
        }
        return Errors.describe(t);
    }

    /**
     * Stops the runaway thread (the components are plain Java loops that never look at interrupts) and
     * starts over with a new worker and a new engine.
     */
    @SuppressWarnings({ "removal", "deprecation" })
    private void abandonWorker() throws ResourceInitializationException {
        Thread stuck = workerThread;
        worker.shutdownNow();
        if (stuck != null) {
            try {
                stuck.stop();
            } catch (UnsupportedOperationException e) {
                // newer JVMs cannot stop a thread: it is a daemon, and is left to finish on its own
            }
        }
        engine = null;
        worker = newWorker();
        restarts++;
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "document-analysis", WORKER_STACK_BYTES);
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        if (engine != null) {
            engine.collectionProcessComplete();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        if (engine != null) {
            engine.destroy();
        }
    }
}
