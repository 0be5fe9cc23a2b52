package org.annocorpus.eval.source;

import java.nio.file.FileSystemException;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasConsumer_ImplBase;
import org.apache.uima.jcas.JCas;

/** Test fixture: a writer on a full disk, failing every document the way the file system does. */
public class DiskFullWriter extends JCasConsumer_ImplBase {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        throw new AnalysisEngineProcessException(new FileSystemException("out/xmi/d.xmi", null, "No space left on device"));
    }
}
