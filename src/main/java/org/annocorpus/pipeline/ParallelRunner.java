package org.annocorpus.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import org.annocorpus.io.DocumentReadException;
import org.annocorpus.io.TextDocumentReader;
import org.annocorpus.pipeline.internal.ProgressMeter;
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
 * Runs a pipeline on several threads with outputs identical to a one-thread run.
 * <ul>
 * <li>The reader runs on one thread and numbers the documents in its order.</li>
 * <li>Each of {@code threads} workers owns a replica of the analysis components, wrapped in a
 * {@link DocumentAnalysis}: the per-document limits of {@link PipelineRunner} hold for every replica (time
 * limit, any {@link Throwable} as that document's failure, an engine rebuilt after a time-out). Models
 * that a component shares per JVM, such as the CoreNLP CRFs, are loaded once; the others once per
 * replica.</li>
 * <li>The size limit is the reader's ({@link TextDocumentReader#PARAM_MAX_CHARACTERS}), checked again on the
 * text for other readers.</li>
 * <li>The writers run on the calling thread only, fed in document order: XMI, CoNLL and manifest come out
 * byte-identical whatever the number of threads. An output that cannot be written (full disk, unwritable
 * folder) ends the run with {@link RunAbortedException}.</li>
 * <li>A fixed pool of {@code 2 × threads} CASes is the reorder window: the reader waits for a free CAS,
 * so memory grows with the threads, never with the corpus.</li>
 * <li>A document that cannot be read or annotated is recorded, in document order, and skipped.</li>
 * </ul>
 */
public final class ParallelRunner {

    private final PrintWriter progress;
    private final boolean quiet;
    private final int threads;
    private final DocumentLimits limits;

    /**
     * @param progress where progress lines go (stderr in the CLI); {@code quiet} silences them
     * @param threads  analysis threads, at least 1
     */
    public ParallelRunner(PrintWriter progress, boolean quiet, int threads) {
        this(progress, quiet, threads, DocumentLimits.DEFAULT);
    }

    public ParallelRunner(PrintWriter progress, boolean quiet, int threads, DocumentLimits limits) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.progress = progress;
        this.quiet = quiet;
        this.threads = threads;
        this.limits = limits;
    }

    /** The default number of threads: the processors this JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** One document on its way: its place in the reader's order, its CAS, and what went wrong with it. */
    private static final class Item {
        final int seq;
        final CAS cas;
        String document;
        String failure;
        /** The CAS may still be touched by a stopped analysis thread: it goes back to the pool as a new one. */
        boolean casAbandoned;

        Item(int seq, CAS cas) {
            this.seq = seq;
            this.cas = cas;
        }
    }

    private static final Item END = new Item(-1, null);

    /** Runs the pipeline; a run with no document at all returns at once, before any model is loaded. */
    public RunReport run(PipelineBuilder.Built pipeline) throws ResourceInitializationException, RunAbortedException {
        long start = System.nanoTime();
        CollectionReader reader = CollectionReaderFactory.createReader(withSizeLimit(pipeline.reader()));
        try {
            if (!reader.hasNext()) {
                return new RunReport(0, List.of(), 0);
            }
        } catch (CollectionException | IOException e) {
            reader.destroy();
            throw new ResourceInitializationException(e);
        }
        ProgressMeter meter = new ProgressMeter(progress, start);
        if (!quiet) {
            meter.start();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, r -> {
            Thread t = new Thread(r, "annocorpus-worker");
            t.setDaemon(true);
            return t;
        });
        List<DocumentAnalysis> replicas = new ArrayList<>();
        List<Future<DocumentAnalysis>> loading = new ArrayList<>();
        AnalysisEngine writer = null;
        try {
            // Replicas load their models side by side while the writers start here.
            AnalysisEngineDescription analysis = aggregate(pipeline.components());
            for (int i = 0; i < threads; i++) {
                loading.add(pool.submit(() -> new DocumentAnalysis(analysis, limits.timeout())));
            }
            meter.total(total(reader));
            writer = AnalysisEngineFactory.createEngine(aggregate(pipeline.writers()));
            for (Future<DocumentAnalysis> f : loading) {
                replicas.add(await(f));
            }
            List<ProcessingResourceMetaData> metadata = new ArrayList<>();
            metadata.add(reader.getProcessingResourceMetaData());
            metadata.add(replicas.get(0).metadata());
            metadata.add(writer.getProcessingResourceMetaData());
            BlockingQueue<CAS> free = new ArrayBlockingQueue<>(2 * threads);
            for (int i = 0; i < 2 * threads; i++) {
                free.add(CasCreationUtils.createCas(metadata));
            }
            return stream(reader, replicas, writer, free, metadata, pool, meter, start);
        } finally {
            meter.stop();
            pool.shutdownNow();
            for (Future<DocumentAnalysis> f : loading) {
                if (f.isDone() && !f.isCancelled()) {
                    try {
                        DocumentAnalysis replica = f.get();
                        if (!replicas.contains(replica)) {
                            replicas.add(replica);
                        }
                    } catch (InterruptedException | ExecutionException e) {
                        // it never started: nothing to close
                    }
                }
            }
            for (DocumentAnalysis replica : replicas) {
                replica.close();
            }
            if (writer != null) {
                writer.destroy();
            }
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

    private RunReport stream(CollectionReader reader, List<DocumentAnalysis> replicas, AnalysisEngine writer,
            BlockingQueue<CAS> free, List<ProcessingResourceMetaData> metadata, ExecutorService pool,
            ProgressMeter meter, long start) throws ResourceInitializationException, RunAbortedException {
        BlockingQueue<Item> work = new LinkedBlockingQueue<>();
        Map<Integer, Item> finished = new HashMap<>();
        Object lock = new Object();
        int[] count = {-1}; // documents read, known when the reader is done
        Throwable[] fatal = {null};

        pool.submit(() -> {
            int seq = 0;
            try {
                while (reader.hasNext()) {
                    Item item = new Item(seq++, free.take());
                    try {
                        reader.getNext(item.cas);
                        item.document = documentId(item.cas);
                        item.failure = limits.tooLong(item.cas.getDocumentText());
                        if (item.failure == null) {
                            work.put(item);
                        } else {
                            publish(finished, lock, item);
                        }
                    } catch (DocumentReadException e) {
                        item.document = e.getFile();
                        item.failure = e.getProblem();
                        publish(finished, lock, item);
                    } catch (InterruptedException e) {
                        throw e;
                    } catch (Exception | OutOfMemoryError e) {
                        item.document = "document " + (item.seq + 1);
                        item.failure = DocumentAnalysis.describe(e);
                        publish(finished, lock, item);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                synchronized (lock) {
                    fatal[0] = e;
                }
            } finally {
                synchronized (lock) {
                    count[0] = seq;
                    lock.notifyAll();
                }
                for (int i = 0; i < replicas.size(); i++) {
                    work.add(END);
                }
            }
            return null;
        });
        for (DocumentAnalysis replica : replicas) {
            pool.submit(() -> {
                try {
                    for (Item item = work.take(); item != END; item = work.take()) {
                        try {
                            DocumentAnalysis.Problem problem = replica.analyse(item.cas);
                            if (problem != null) {
                                item.failure = problem.message();
                                item.casAbandoned = problem.casAbandoned();
                            }
                        } catch (Throwable e) {
                            // a document that breaks a component (even with an Error), or an engine that
                            // cannot be rebuilt, is recorded and the replica goes on: the writer thread
                            // waits for every document it was given
                            item.failure = DocumentAnalysis.describe(e);
                        }
                        publish(finished, lock, item);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }

        // The writers, in document order, on this thread.
        List<RunReport.Failure> failures = new ArrayList<>();
        int processed = 0;
        try {
            for (int next = 0;; next++) {
                Item item;
                synchronized (lock) {
                    while ((item = finished.remove(next)) == null && (count[0] < 0 || next < count[0])) {
                        lock.wait();
                    }
                    if (item == null) {
                        if (fatal[0] != null) {
                            throw new ResourceInitializationException(fatal[0]);
                        }
                        break;
                    }
                }
                if (item.failure == null) {
                    item.failure = PipelineRunner.write(writer, item.cas);
                    if (item.failure == null) {
                        processed++;
                    }
                }
                if (item.failure != null) {
                    failures.add(new RunReport.Failure(item.document, item.failure));
                }
                meter.done(processed, failures.size());
                if (item.casAbandoned) {
                    free.add(CasCreationUtils.createCas(metadata));
                } else {
                    item.cas.reset();
                    free.add(item.cas);
                }
            }
            for (DocumentAnalysis replica : replicas) {
                replica.collectionProcessComplete();
            }
            writer.collectionProcessComplete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceInitializationException(e);
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            throw new RunAbortedException(PipelineRunner.outputProblem(e), e);
        }
        long elapsed = System.nanoTime() - start;
        meter.stop();
        if (!quiet) {
            meter.print(System.nanoTime());
        }
        return new RunReport(processed, failures, elapsed / 1e9);
    }


    private static void publish(Map<Integer, Item> finished, Object lock, Item item) {
        synchronized (lock) {
            finished.put(item.seq, item);
            lock.notifyAll();
        }
    }

    private static AnalysisEngineDescription aggregate(List<AnalysisEngineDescription> parts)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(parts.toArray(new AnalysisEngineDescription[0]));
    }

    private static DocumentAnalysis await(Future<DocumentAnalysis> future) throws ResourceInitializationException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceInitializationException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResourceInitializationException rie) {
                throw rie;
            }
            throw new ResourceInitializationException(e.getCause());
        }
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
