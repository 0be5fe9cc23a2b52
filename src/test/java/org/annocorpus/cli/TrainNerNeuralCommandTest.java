package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annocorpus.ner.neural.NeuralModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus train ner-neural} on an invented two-column CoNLL file (a tiny network, no GloVe file). */
class TrainNerNeuralCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsWritesTheBestModelAndItsLogAndPrintsEveryEpoch() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT.repeat(3));
        Path model = dir.resolve("tiny.gz");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "train", "ner-neural",
                "--train", data.toString(), "--dev", data.toString(), "--output", model.toString(), "--epochs", "3",
                "--units", "4", "--filters", "3", "--char-dim", "3", "--seed", "3");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("seed 3", "epoch 1: loss", "epoch 3: loss", "kept epoch", "dev ALL",
                "tokens per CPU second");
        assertThat(Files.readString(dir.resolve("tiny.gz.log"))).isEqualTo(out.toString());
        try (var in = Files.newInputStream(model)) {
            assertThat(NeuralModels.provenance(in)).contains("tiny.conll", "seed 3", "3 filters", "4 LSTM units");
        }
    }

    @Test
    void refusesADropoutOfOne() throws Exception {
        Path data = Files.writeString(dir.resolve("tiny.conll"), TinyConll.TEXT);
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "train",
                "ner-neural", "--train", data.toString(), "--output", dir.resolve("m.gz").toString(), "--dropout", "1");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--dropout in [0, 1)");
        assertThat(dir.resolve("m.gz")).doesNotExist();
    }
}
