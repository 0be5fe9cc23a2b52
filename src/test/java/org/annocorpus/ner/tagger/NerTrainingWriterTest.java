package org.annocorpus.ner.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.testing.CasBuilder;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** Gold entities become tagger training data on the tagger's own tokens, and read back as its documents. */
class NerTrainingWriterTest {

    @TempDir
    Path dir;

    private static void entity(JCas jcas, String text, String type) {
        int begin = jcas.getDocumentText().indexOf(text);
        NamedEntity e = new NamedEntity(jcas, begin, begin + text.length());
        e.setValue(type);
        e.addToIndexes();
    }

    @Test
    void entitiesAreTaggedOnTheTaggersTokensAndReadBackAsDocuments() throws Exception {
        AnalysisEngine writer = AnalysisEngineFactory.createEngine(NerTrainingWriter.class,
                NerTrainingWriter.PARAM_TARGET_LOCATION, dir.toString());
        JCas first = CasBuilder.spaceSplit("a", "Mayor Tamsin Orrin visited Ostrava’s port . Kestria Corp agreed .");
        entity(first, "Tamsin Orrin", "PER");  // no title inside, as the scheme has it
        entity(first, "Ostrava", "LOC");       // the possessive is cut off as its own token
        entity(first, "Kestria Corp", "ORG");
        writer.process(first);
        JCas second = CasBuilder.spaceSplit("b", "Rain in New York-based Zentrix . Lisboa . Paris met .");
        entity(second, "York", "LOC");           // inside the hyphenated token: widened to it
        entity(second, "Lisboa . Paris", "LOC"); // crosses a sentence end: left out
        writer.process(second);
        writer.collectionProcessComplete();
        writer.destroy();

        Path file = dir.resolve(NerTrainingWriter.FILE);
        assertThat(Files.readAllLines(file)).startsWith("-DOCSTART- -X- -X- O", "", "Mayor - O O",
                "Tamsin - O B-PER", "Orrin - O I-PER", "visited - O O", "Ostrava - O B-LOC", "'s - O O", "port - O O",
                ". - O O", "");
        List<List<TaggedSentence>> docs = ConllDocuments.read(file);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0)).extracting(TaggedSentence::entities).containsExactly(
                List.of(new Span(1, 2, "PER"), new Span(4, 4, "LOC")), List.of(new Span(0, 1, "ORG")));
        assertThat(docs.get(1)).extracting(TaggedSentence::tokens, TaggedSentence::entities).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("Rain", "in", "New", "York-based", "Zentrix", "."),
                        List.of(new Span(3, 3, "LOC"))),
                org.assertj.core.groups.Tuple.tuple(List.of("Lisboa", "."), List.of()),
                org.assertj.core.groups.Tuple.tuple(List.of("Paris", "met", "."), List.of()));
    }
}
