package org.annocorpus.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annocorpus.pipeline.ComponentSpec;
import org.annocorpus.pipeline.PipelineDefinition;
import org.annocorpus.pipeline.PipelineParser;
import org.junit.jupiter.api.Test;

/** The sieve registry: names, the default order, and the default pipeline stating that order. */
class SpeakerSievesTest {

    @Test
    void theDefaultPipelineListsTheDefaultOrder() throws Exception {
        PipelineDefinition pipeline = PipelineParser.parse(Path.of("pipelines/default.yaml"),
                Map.of("input", "in", "output", "out"));
        List<String> listed = pipeline.components().stream()
                .filter(c -> c.component().endsWith("QuotationAnnotator"))
                .map(c -> c.parameters().get(QuotationAnnotator.PARAM_SIEVES))
                .map(ComponentSpec.Parameter::values)
                .findFirst().orElseThrow();
        assertThat(listed).isEqualTo(SpeakerSieves.DEFAULT_ORDER);
    }

    @Test
    void namesSelectSievesInTheGivenOrder() {
        assertThat(SpeakerSieves.named(List.of("verb-after", "Verb-Before")))
                .extracting(SpeakerSieve::name, SpeakerSieve::local)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("verb-after", true),
                        org.assertj.core.groups.Tuple.tuple("verb-before", true));
        assertThat(SpeakerSieves.named(null)).extracting(SpeakerSieve::name).isEqualTo(SpeakerSieves.DEFAULT_ORDER);
    }

    @Test
    void aSieveListedTwiceIsAnError() {
        assertThatThrownBy(() -> SpeakerSieves.named(List.of("verb-after", "verb-after")))
                .hasMessageContaining("listed twice");
    }
}
