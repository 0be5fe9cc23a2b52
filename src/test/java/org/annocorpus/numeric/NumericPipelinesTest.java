package org.annocorpus.numeric;

import java.nio.file.Path;
import java.util.Map;

import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineParser;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline files that carry a numeric-claim extractor parse, validate and contain it. */
class NumericPipelinesTest {

    @ParameterizedTest
    @CsvSource({
            "pipelines/default.yaml, org.annocorpus.numeric.NumericClaimAnnotator",
            "pipelines/numeric-corenlp.yaml, org.annocorpus.numeric.CoreNlpNumericAnnotator" })
    void pipelineHasTheExtractor(String file, String extractor) throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(Path.of(file),
                Map.of("input", "in", "output", "out")));
        assertThat(built.components()).extracting(AnalysisEngineDescription::getAnnotatorImplementationName)
                .contains(extractor);
    }
}
