package org.annocorpus.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Test fixture: fails on a document containing {@code FAIL-HERE}, holds one containing
 * {@code SLOW-HERE} (so later documents overtake it on other threads), and counts the documents in its
 * hands at the same time across all replicas.
 *
 * <p>By default the slow document sleeps a little. When a test calls {@link #holdFirstArrival()}, the
 * first document to reach this component, whichever it is, instead waits here until another document
 * has entered (or 30 s pass). On a busy machine a fixed sleep may end before the other replicas have
 * warmed up, and a chosen document may reach this component only after the other replicas have
 * finished every other one: holding the first arrival is the one way that the others are still to come.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class FailingOrSlowComponent extends JCasAnnotator_ImplBase {

    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    private static volatile boolean waitForOvertaking;
    private static final AtomicBoolean FIRST_ARRIVAL_HELD = new AtomicBoolean();

    /** Arms the overtaking mode for one run: the next document to arrive is held, the count starts afresh. */
    static void holdFirstArrival() {
        FIRST_ARRIVAL_HELD.set(false);
        MOST_IN_FLIGHT.set(0);
        waitForOvertaking = true;
    }

    /** Back to the default: the slow document sleeps a little, nothing is held. */
    static void stopHolding() {
        waitForOvertaking = false;
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            String text = jcas.getDocumentText();
            if (text.contains("FAIL-HERE")) {
                throw new AnalysisEngineProcessException(new IllegalStateException("marker found"));
            }
            if (waitForOvertaking && FIRST_ARRIVAL_HELD.compareAndSet(false, true)) {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (MOST_IN_FLIGHT.get() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            } else if (text.contains("SLOW-HERE")) {
                Thread.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }
}
