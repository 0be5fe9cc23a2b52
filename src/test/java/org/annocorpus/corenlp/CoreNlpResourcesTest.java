package org.annocorpus.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** CoreNLP's models and pipelines, each loaded once per JVM. */
class CoreNlpResourcesTest {

    @Test
    void loadsAModelOncePerPath() throws IOException {
        assertThat(CoreNlpResources.model(CoreNlpResources.CONLL_4CLASS)).isSameAs(CoreNlpResources.model(CoreNlpResources.CONLL_4CLASS));
    }

    @Test
    void namesAModelThatCannotBeLoaded() {
        assertThatThrownBy(() -> CoreNlpResources.model("no/such/model.crf.ser.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("no/such/model.crf.ser.gz");
    }

    @Test
    void thatEqualPropertiesShareOnePipeline() {
        assertThat(CoreNlpResources.pipeline(tokenizer("false")))
                .isSameAs(CoreNlpResources.pipeline(tokenizer("false")))
                .isNotSameAs(CoreNlpResources.pipeline(tokenizer("true")));
    }

    /** A cheap pipeline: tokens and sentences only. */
    private static Properties tokenizer(String newlineBreaks) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.eolonly", newlineBreaks);
        return props;
    }
}
