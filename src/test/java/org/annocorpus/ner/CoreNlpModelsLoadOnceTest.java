package org.annocorpus.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class CoreNlpModelsLoadOnceTest {

    @Test
    void loadsAModelOncePerPath() throws IOException {
        assertThat(CoreNlpModels.model(CoreNlpModels.CONLL_4CLASS)).isSameAs(CoreNlpModels.model(CoreNlpModels.CONLL_4CLASS));
    }

    @Test
    void namesAModelThatCannotBeLoaded() {
        assertThatThrownBy(() -> CoreNlpModels.model("no/such/model.crf.ser.gz"))
                .isInstanceOf(IOException.class).hasMessageContaining("no/such/model.crf.ser.gz");
    }
}
