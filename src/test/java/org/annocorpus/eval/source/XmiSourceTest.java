package org.annocorpus.eval.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.Evaluation;
import org.annocorpus.eval.Evaluator;
import org.annocorpus.eval.Mode;
import org.annocorpus.gold.GoldCasLoader;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.io.XmiCorpusWriter;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold exported as XMI scores like the brat gold it came from. */
class XmiSourceTest {

    @TempDir
    Path tmp;

    /** Writes every gold document as ID.xmi, as XmiCorpusWriter does. */
    private Path exportAsXmi(Path gold, Path dir) throws Exception {
        Files.createDirectories(dir);
        for (String id : GoldCorpus.documentIds(gold)) {
            JCas jcas = JCasFactory.createJCas();
            GoldCasLoader.load(GoldCorpus.text(gold, id), GoldCorpus.annotations(gold, id), jcas);
            try (OutputStream out = Files.newOutputStream(dir.resolve(id + ".xmi"))) {
                XmiCorpusWriter.writeXmi(jcas.getCas(), out, true);
            }
        }
        return dir;
    }

    @Test
    void xmiGoldAgreesWithBratGold() throws Exception {
        Path gold = TestCorpus.writeGold(tmp.resolve("gold"));
        // a third document with a character outside the BMP before its entity
        Files.writeString(gold.resolve("d3.txt"), "😀 Ana Ruiz", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("d3.ann"), "T1\tPER 2 10\tAna Ruiz\n", StandardCharsets.UTF_8);
        Path xmi = exportAsXmi(gold, tmp.resolve("export").resolve("xmi"));

        DocumentSource source = DocumentSources.open(tmp.resolve("export"));
        assertThat(source).isInstanceOf(XmiSource.class);
        DocumentSpans d3 = source.load("d3", Set.of(Layer.ENTITY));
        assertThat(d3.spans(Layer.ENTITY)).singleElement().satisfies(span -> {
            assertThat(span.begin()).as("UTF-16 offset").isEqualTo(3);
            assertThat(d3.text().substring(span.begin(), span.end())).isEqualTo("Ana Ruiz");
        });

        Evaluation evaluation = new Evaluator(List.of(Layer.values()), 10, true)
                .evaluate(new BratGoldSource(gold), new XmiSource(xmi));
        assertThat(evaluation.unscored()).isEmpty();
        assertThat(evaluation.errors()).isEmpty();
        for (Layer layer : Layer.values()) {
            assertThat(evaluation.totals().get(layer).mode(Mode.STRICT).micro().f1()).as(layer.id()).isEqualTo(1.0);
        }
        assertThat(evaluation.totals().get(Layer.QUOTATION).attributes().accuracy(org.annocorpus.eval.Attribute.SPEAKER))
                .isEqualTo(1.0);
    }

    @Test
    void aSystemTextThatDiffersIsReportedAndScoredAsEmpty() throws Exception {
        Path gold = TestCorpus.writeGold(tmp.resolve("gold"));
        Path xmi = exportAsXmi(gold, tmp.resolve("xmi"));
        Path changed = TestCorpus.writeGold(tmp.resolve("changed"));
        Files.writeString(changed.resolve("d1.txt"), TestCorpus.D1.replace("Lisbon", "Porto"));
        Evaluation evaluation = new Evaluator(List.of(Layer.ENTITY), 10, false).evaluate(new BratGoldSource(changed),
                new XmiSource(xmi));
        assertThat(evaluation.unscored()).containsOnlyKeys("d1");
        assertThat(evaluation.unscored().get("d1")).contains("differs from the gold text from code point 27");
        assertThat(evaluation.totals().get(Layer.ENTITY).mode(Mode.STRICT).count(org.annocorpus.eval.Outcome.MIS)).isEqualTo(3);
    }
}
