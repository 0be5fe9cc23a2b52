package org.annocorpus.pipeline;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.tokit.BreakIteratorSegmenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentAnalysisTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    @AfterEach
    void releaseStalledThreads() {
        TroubleMaker.release = true;
    }

    private static AnalysisEngineDescription trouble() throws Exception {
        return createEngineDescription(createEngineDescription(BreakIteratorSegmenter.class),
                createEngineDescription(TroubleMaker.class));
    }

    private static CAS cas(DocumentAnalysis analysis, String text) throws Exception {
        CAS cas = CasCreationUtils.createCas(analysis.metadata());
        cas.setDocumentText(text);
        cas.setDocumentLanguage("en");
        return cas;
    }

    @Test
    void aDocumentOverTheTimeLimitHasItsThreadStoppedAndTheNextOneRunsOnNewComponents() throws Exception {
        TroubleMaker.release = false;
        try (DocumentAnalysis analysis = new DocumentAnalysis(trouble(), LIMIT)) {
            DocumentAnalysis.Problem problem = analysis.analyse(cas(analysis, "It will STALL."));

            assertThat(problem).isNotNull();
            assertThat(problem.message()).isEqualTo("time limit of 2 s exceeded (--doc-timeout)");
            assertThat(problem.casAbandoned()).isTrue();
            assertThat(analysis.runaways()).isZero();
            assertThat(analysis.analyse(cas(analysis, "All is well."))).isNull();
            assertThat(analysis.restarts()).isEqualTo(1);
        }
    }

    /** What Java 20 and later do: Thread.stop throws, the thread runs on, the run goes on without it. */
    @Test
    void aThreadThatCannotBeStoppedIsAbandonedAndSaidToRunOn() throws Exception {
        TroubleMaker.release = false;
        DocumentAnalysis.ThreadStopper unsupported = thread -> {
            throw new UnsupportedOperationException();
        };
        try (DocumentAnalysis analysis = new DocumentAnalysis(trouble(), LIMIT, unsupported)) {
            DocumentAnalysis.Problem problem = analysis.analyse(cas(analysis, "It will STALL."));

            assertThat(problem.message()).startsWith("time limit of 2 s exceeded (--doc-timeout); its thread could not be"
                    + " stopped").contains("runs on in the background");
            assertThat(problem.casAbandoned()).isTrue();
            assertThat(analysis.runaways()).isEqualTo(1);
            assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals("document-analysis")
                    && t.isDaemon() && t.isAlive());
            // the next document is not stuck behind the runaway
            assertThat(analysis.analyse(cas(analysis, "All is well."))).isNull();
            assertThat(analysis.restarts()).isEqualTo(1);
        }
    }
}
