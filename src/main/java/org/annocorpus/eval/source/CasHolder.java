package org.annocorpus.eval.source;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** One CAS with the corpus type system, created on first use and reset for every document. */
final class CasHolder {

    private JCas jcas;

    JCas fresh() {
        if (jcas == null) {
            try {
                jcas = JCasFactory.createJCas();
            } catch (ResourceInitializationException | org.apache.uima.cas.CASException e) {
                throw new IllegalStateException("cannot create a CAS with the corpus type system: " + e.getMessage(), e);
            }
        } else {
            jcas.reset();
        }
        return jcas;
    }
}
