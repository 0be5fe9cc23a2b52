package org.annocorpus.eval.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSystemTest {

    @TempDir
    Path tmp;

    @Test
    void producedLayersComeFromTypeCapabilities() throws Exception {
        assertThat(PipelineSystem.producedLayers(TestCorpus.writeTaggerPipeline(tmp.resolve("tagger.yaml"))))
                .containsExactly(Layer.ENTITY);
        assertThat(PipelineSystem.producedLayers(TestCorpus.writeEmptyPipeline(tmp.resolve("empty.yaml")))).isEmpty();
    }

    @Test
    void runWritesXmiThatReadsBackAsSpans() throws Exception {
        Path gold = TestCorpus.writeGold(tmp.resolve("gold"));
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve("xmi"));
        Files.writeString(work.resolve("xmi").resolve("stale.xmi"), "left from an earlier run");
        PipelineSystem.Run run = PipelineSystem.run(TestCorpus.writeTaggerPipeline(tmp.resolve("tagger.yaml")), gold, work,
                new PrintWriter(new StringWriter()), true);
        assertThat(run.info().documents()).isEqualTo(2);
        assertThat(run.produced()).containsExactly(Layer.ENTITY);
        assertThat(run.output().ids()).containsExactly("d1", "d2");
        DocumentSpans d1 = run.output().load("d1", Set.of(Layer.ENTITY));
        assertThat(d1.text()).isEqualTo(TestCorpus.D1);
        assertThat(d1.spans(Layer.ENTITY)).extracting(Span::type, Span::begin, Span::end)
                .containsExactly(tuple("PER", 0, 3), tuple("PER", 4, 8), tuple("PER", 13, 18), tuple("PER", 19, 23),
                        tuple("PER", 27, 33));
    }

    @Test
    void goldFolderLoadsAllLayers() throws Exception {
        DocumentSource gold = DocumentSources.open(TestCorpus.writeGold(tmp.resolve("gold")));
        assertThat(gold).isInstanceOf(BratGoldSource.class);
        DocumentSpans d2 = gold.load("d2", Set.of(Layer.values()));
        assertThat(d2.spans(Layer.QUOTATION)).singleElement()
                .satisfies(q -> assertThat(q.features().speaker()).isEqualTo("Ana Ruiz"));
        assertThat(d2.spans(Layer.NUMERIC)).singleElement()
                .satisfies(n -> assertThat(n.features()).extracting("value", "unit", "qualifier").containsExactly(3.0, "percent", "EXACT"));
    }
}
