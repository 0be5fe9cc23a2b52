package org.annocorpus.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Test fixture: fails on a document containing {@code FAIL-HERE}, sleeps on one containing
 * {@code SLOW-HERE} (so later documents overtake it on other threads), and counts the documents in its
 * hands at the same time across all replicas.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class FailingOrSlowComponent extends JCasAnnotator_ImplBase {

    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            if (jcas.getDocumentText().contains("FAIL-HERE")) {
                throw new AnalysisEngineProcessException(new IllegalStateException("marker found"));
            }
            if (jcas.getDocumentText().contains("SLOW-HERE")) {
                Thread.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            IN_FLIGHT.decrementAndGet();
        }
    }
}
