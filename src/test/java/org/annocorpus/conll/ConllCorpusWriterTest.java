package org.annocorpus.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.io.Splits;
import org.annocorpus.testing.CasBuilder;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

class ConllCorpusWriterTest {

    @TempDir
    Path dir;

    static void entity(JCas jcas, String text, int from, String type) {
        int begin = jcas.getDocumentText().indexOf(text, from);
        NamedEntity e = new NamedEntity(jcas, begin, begin + text.length());
        e.setValue(type);
        e.addToIndexes();
    }

    @Test
    void spansTheProjectionChangesAreReported() throws Exception {
        JCas jcas = CasBuilder.spaceSplit("d", "Visit Lisboa . Paris is far from New York City .");
        entity(jcas, "Lisboa . Paris", 0, "LOC");       // crosses a sentence end
        entity(jcas, "Lisb", 0, "LOC");                 // ends inside a token
        entity(jcas, "York City", 0, "LOC");            // clean
        entity(jcas, "New York", 0, "LOC");             // shares "York" with the span after it in index order

        assertThat(ProjectionCheck.check(jcas)).extracting(ProjectionCheck.Adjustment::text, a -> a.change().split(":")[0])
                .containsExactly(tuple("Lisboa . Paris", "split"), tuple("Lisb", "merged"),
                        tuple("York City", "merged"));
    }

    @Test
    void cleanSpansAreNotReported() throws Exception {
        JCas jcas = CasBuilder.spaceSplit("d", "Visit New York . Then Paris .");
        entity(jcas, "New York", 0, "LOC");
        entity(jcas, "Paris", 0, "LOC");

        assertThat(ProjectionCheck.check(jcas)).isEmpty();
    }

    @Test
    void splitWritesOneFilePerPartWithEachDocumentInThePartOfItsId() throws Exception {
        AnalysisEngine writer = AnalysisEngineFactory.createEngine(ConllCorpusWriter.class,
                ConllCorpusWriter.PARAM_TARGET_LOCATION, dir.toString(), ConllCorpusWriter.PARAM_SPLIT, "50/30/20");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add("doc" + i);
            JCas jcas = CasBuilder.spaceSplit("doc" + i, "Rain in Lisbon number" + i + " .");
            entity(jcas, "Lisbon", 0, "LOC");
            writer.process(jcas);
        }
        writer.collectionProcessComplete();
        writer.destroy();

        Splits splits = Splits.parse("50/30/20");
        for (String part : List.of("train", "dev", "test")) {
            List<String> docs = Files.readAllLines(dir.resolve(part + ".conll")).stream()
                    .filter(l -> l.startsWith("number")).map(l -> "doc" + l.split(" ")[0].substring(6)).toList();
            assertThat(docs).as(part).isEqualTo(ids.stream().filter(id -> splits.partOf(id).equals(part)).toList());
            assertThat(Files.readAllLines(dir.resolve(part + ".layers.conll")).stream().filter(l -> l.startsWith("-DOCSTART-")))
                    .hasSameSizeAs(docs);
        }
        assertThat(dir.resolve("corpus.conll")).doesNotExist();
    }
}
