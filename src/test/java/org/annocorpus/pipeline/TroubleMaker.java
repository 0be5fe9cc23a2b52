package org.annocorpus.pipeline;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Test fixture: misbehaves on documents holding a marker word, as a faulty or slow extractor would.
 * OOM throws OutOfMemoryError, DEEP recurses until the stack overflows, HANG loops for ever, STALL loops
 * until {@link #release} is set, CRASH throws a RuntimeException; any other document passes untouched.
 */
@TypeCapability(inputs = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
public class TroubleMaker extends JCasAnnotator_ImplBase {

    static volatile long spins;
    static volatile boolean release;

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text.contains("OOM")) {
            long[] hog = new long[Integer.MAX_VALUE - 16];
            spins += hog.length;
        }
        if (text.contains("DEEP")) {
            recurse(0);
        }
        if (text.contains("HANG")) {
            while (true) {
                spins++;
            }
        }
        if (text.contains("STALL")) {
            while (!release) {
                spins++;
            }
        }
        if (text.contains("CRASH")) {
            throw new IllegalStateException("crashed on purpose");
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
