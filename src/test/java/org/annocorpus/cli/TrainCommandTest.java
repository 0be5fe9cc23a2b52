package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.ner.tagger.EntityTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus train ner} on an invented two-column CoNLL file. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsWritesTheModelAndItsLogAndPrintsProgress() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT.repeat(3));
        Path model = dir.resolve("tiny.ner.gz");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "train", "ner", "--train",
                data.toString(), "--dev", data.toString(), "--output", model.toString(), "--features", "affix,context",
                "--one-pass", "--epochs", "4", "--seed", "3");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("pass 1: epoch 4", "dev F1", "dev ALL", "seed 3");
        assertThat(Files.readString(dir.resolve("tiny.ner.gz.log"))).isEqualTo(out.toString());
        try (var in = Files.newInputStream(model)) {
            assertThat(EntityTagger.read(in, model.toString()).featureGroups()).containsExactlyInAnyOrder("affix", "context");
        }
    }

    @Test
    void trainsWithWordVectorsFromAWinkEmbeddingsFile() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT.repeat(3));
        // the wink-embeddings layout: word -> dimensions, then the vector's norm and the word's index
        Path vectors = Files.writeString(dir.resolve("vectors.json"), """
                {"precision": 3, "vectors": {"halvor": [1, 0, 1, 0], "varnholm": [0, 1, 1, 1], "zentrix": [1, 1, 1, 2]}}
                """);
        Path model = dir.resolve("vec.ner.gz");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "train", "ner", "--train",
                data.toString(), "--output", model.toString(), "--features", "affix,vectors", "--one-pass",
                "--epochs", "2", "--vectors", vectors.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("word vectors: 3 words, 2 dimensions");
        try (var in = Files.newInputStream(model)) {
            assertThat(EntityTagger.read(in, model.toString()).featureGroups()).containsExactlyInAnyOrder("affix",
                    "vectors");
        }
    }

    @Test
    void refusesTheVectorGroupWithoutVectors() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT);
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "train", "ner",
                "--train", data.toString(), "--output", dir.resolve("m.gz").toString(), "--features", "affix,vectors");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("needs --vectors");
    }

    @Test
    void refusesAnUnknownFeatureGroup() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT);
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "train", "ner",
                "--train", data.toString(), "--output", dir.resolve("m.gz").toString(), "--features", "affix,wordnet");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown feature group 'wordnet'");
        assertThat(dir.resolve("m.gz")).doesNotExist();
    }
}
