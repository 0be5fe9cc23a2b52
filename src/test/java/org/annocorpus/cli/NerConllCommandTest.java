package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code corpus ner-conll} with the lexicon pipeline (no CRF model) on a small invented file. */
class NerConllCommandTest {

    @Test
    void writesTokenGoldAndPredictedTagsForConlleval(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("small.conll"), """
                -DOCSTART- -X- -X- O

                Farmers NNS B-NP O
                in IN B-PP O
                Kenya NNP B-NP I-LOC
                met VBD B-VP O
                NATO NNP B-NP I-ORG
                envoys NNS I-NP O
                . . O O

                -DOCSTART- -X- -X- O

                Peruvian JJ B-NP I-MISC
                Zorvanians NNPS I-NP I-MISC
                left VBD B-VP O
                """);
        Path output = dir.resolve("out/small.eval.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(out), new PrintWriter(err), "ner-conll", "--input", input.toString(),
                "--output", output.toString(), "--pipeline", "pipelines/ner-lexicon.yaml");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(output)).isEqualTo("""
                Farmers O O
                in O O
                Kenya B-LOC B-LOC
                met O O
                NATO B-ORG B-ORG
                envoys O O
                . O O

                Peruvian B-MISC B-MISC
                Zorvanians I-MISC O
                left O O

                """);
        assertThat(out.toString()).contains("2 documents, 2 sentences, 10 tokens");
    }

    @Test
    void reportsABadFileWithItsLine(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("bad.conll"), "Kenya NNP B-NP B-LOC\nLima NNP\n");
        StringWriter err = new StringWriter();

        int code = CorpusCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ner-conll", "--input",
                input.toString(), "--output", dir.resolve("x.txt").toString(), "--pipeline", "pipelines/ner-lexicon.yaml");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("bad.conll, line 2");
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }
}
