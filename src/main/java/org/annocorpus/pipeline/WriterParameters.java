package org.annocorpus.pipeline;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.metadata.ConfigurationParameter;

/**
 * Sets a parameter on every writer of a built pipeline that declares it, so that a command-line option
 * (such as {@code annotate --split}) reaches all writers without each pipeline file naming it.
 */
public final class WriterParameters {

    private WriterParameters() {
    }

    /** Sets {@code name} = {@code value} on the writers declaring {@code name}; returns how many do. */
    public static int set(PipelineBuilder.Built built, String name, Object value) {
        int set = 0;
        for (AnalysisEngineDescription writer : built.writers()) {
            var meta = writer.getAnalysisEngineMetaData();
            for (ConfigurationParameter p : meta.getConfigurationParameterDeclarations().getConfigurationParameters()) {
                if (p.getName().equals(name)) {
                    meta.getConfigurationParameterSettings().setParameterValue(name, value);
                    set++;
                }
            }
        }
        return set;
    }
}
