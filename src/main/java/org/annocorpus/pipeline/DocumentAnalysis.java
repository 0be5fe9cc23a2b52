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
 * may have been left mid-document. The components are plain Java loops that never look at interrupts,
 * so only {@code Thread.stop} ends such a thread; Java 20 and later no longer support it. There the
 * thread cannot be ended: it is abandoned (a daemon, with its engine and its CAS) and runs on in the
 * background until it finishes by itself, the document's failure line says so, and the next document
 * goes to a new thread and a new engine. Each such thread keeps a core busy, so on those Java versions
 * a run with many time-outs slows down; Java 17 (the project's) to 19 stop the thread.
 * One instance serves one thread of the run (a parallel runner gives each thread its own).
 */
public final class DocumentAnalysis implements AutoCloseable {

    /** Deep recursion in a parser over pathological text should fail as that document, not the run. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    /** How long a stopped thread is given to unwind before it is counted as still running. */
    private static final long STOP_WAIT_MILLIS = 5_000;

    /** How a runaway thread is stopped; a seam for tests, as the JVM decides whether it can be done. */
    interface ThreadStopper {
        void stop(Thread thread);
    }

    @SuppressWarnings({ "removal", "deprecation" })
    private static final ThreadStopper THREAD_STOP = Thread::stop;

    private final AnalysisEngineDescription description;
    private final Duration timeout;
    private final ThreadStopper stopper;
    private final org.apache.uima.resource.metadata.ProcessingResourceMetaData metadata;
    private AnalysisEngine engine;
    private ExecutorService worker;
    private Thread workerThread;
    private int restarts;
    private int runaways;

    public DocumentAnalysis(AnalysisEngineDescription description, Duration timeout)
            throws ResourceInitializationException {
        this(description, timeout, THREAD_STOP);
    }

    DocumentAnalysis(AnalysisEngineDescription description, Duration timeout, ThreadStopper stopper)
            throws ResourceInitializationException {
        this.description = description;
        this.timeout = timeout;
        this.stopper = stopper;
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

    /** Threads over the time limit that could not be stopped and run on in the background. */
    public int runaways() {
        return runaways;
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
            String limit = String.format(Locale.ROOT, "time limit of %d s exceeded (--doc-timeout)", timeout.toSeconds());
            if (!abandonWorker()) {
                limit += "; its thread could not be stopped (this Java, " + Runtime.version().feature()
                        + ", has no Thread.stop) and runs on in the background; the next documents get new components";
            }
            return new Problem(limit, true);
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
     * starts over with a new worker and a new engine. True when the thread ended; false when it runs on
     * (this JVM cannot stop threads, or the thread caught the stop), abandoned with its engine.
     */
    private boolean abandonWorker() {
        Thread stuck = workerThread;
        worker.shutdownNow();
        boolean stopped = true;
        if (stuck != null) {
            try {
                stopper.stop(stuck);
            } catch (UnsupportedOperationException e) {
                // Java 20 and later: the thread is a daemon, left to finish on its own
            }
            try {
                stuck.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = !stuck.isAlive();
        }
        if (!stopped) {
            runaways++;
        }
        engine = null;
        worker = newWorker();
        restarts++;
        return stopped;
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
