package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.cli.QuotationTrainingFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus train speakers} on an invented gold document and its preprocessed XMI. */
class TrainSpeakersCommandTest {

    private static final String TEXT = "Tom Reyes met Ana Lopez in the capital on Monday. “We will rebuild the old bridge.”";

    @TempDir
    Path dir;

    private Path gold() throws Exception {
        return gold("Tom Reyes");
    }

    private Path gold(String speaker) throws Exception {
        return QuotationTrainingFixture.gold(dir, TEXT, "We will", "bridge", speaker);
    }

    private Path system() throws Exception {
        return QuotationTrainingFixture.system(dir, TEXT);
    }

    /** Runs {@code corpus train speakers ARGS}. */
    private static Run trainSpeakers(String... args) {
        return QuotationTrainingFixture.train("speakers", args);
    }

    @Test
    void trainsWritesTheModelAndItsLogAndPrintsTheOracle() throws Exception {
        Path model = dir.resolve("ranker.txt.gz");

        Run run = trainSpeakers("--gold", gold().toString(), "--system", system().toString(), "--output",
                model.toString(), "--clusters", "none", "--seed", "3");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("matched quotations (exact boundaries): 1", "oracle, all candidates: 1.000 (1/1)",
                "sieves, first decides: 0.000 (0/1)", "seed 3");
        assertThat(Files.readString(dir.resolve("ranker.txt.gz.log"))).isEqualTo(run.out());
        assertThat(Files.size(model)).isPositive();
    }

    @Test
    void listsTheQuotationsWhoseGoldSpeakerNoCandidateNames() throws Exception {
        Path misses = dir.resolve("misses.tsv");

        Run run = trainSpeakers("--gold", gold("Maria Gomez").toString(), "--system", system().toString(), "--misses",
                misses.toString(), "--clusters", "none");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("oracle, all candidates: 0.000 (0/1)",
                "quotations no candidate names the speaker of: 1");
        assertThat(Files.readAllLines(misses)).singleElement().asString()
                .startsWith("doc1\t" + TEXT.indexOf("We will") + "\tMaria Gomez\t")
                .contains("Tom Reyes")
                .endsWith("\tWe will rebuild the old bridge");
    }

    @Test
    void writesEveryCandidateWithItsLabelAndFeaturesForOtherRankers() throws Exception {
        Path examples = dir.resolve("examples.tsv");

        Run run = trainSpeakers("--gold", gold().toString(), "--system", system().toString(), "--examples",
                examples.toString(), "--clusters", "none", "--features", "sieve,position");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String[]> lines = Files.readAllLines(examples).stream().map(l -> l.split("\t", -1)).toList();
        assertThat(run.out()).contains("candidates of the matched quotations: " + lines.size());
        assertThat(lines).extracting(l -> l[0], l -> l[1], l -> l[2])
                .containsOnly(tuple("0", "doc1", Integer.toString(TEXT.indexOf("We will"))));
        assertThat(lines).extracting(l -> l[3], l -> l[4])
                .contains(tuple("Tom Reyes", "1"), tuple("Ana Lopez", "0"), tuple("-", "0"));
        assertThat(lines).allSatisfy(l -> assertThat(l[5].split(" "))
                .allMatch(f -> f.startsWith("sieve:") || f.startsWith("position:")));
    }

    @Test
    void listsTheHeldOutQuotationsWhoseSpeakerTheRankerGetsWrong() throws Exception {
        Path errors = dir.resolve("errors.tsv");

        // one document: the fold that holds it out trains on nothing, so the ranker misses the speaker
        Run run = trainSpeakers("--gold", gold().toString(), "--system", system().toString(), "--cv", "2",
                "--errors", errors.toString(), "--clusters", "none");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("pooled:   1 documents  speaker: sieves 0.000 (0/1)  ranker 0.000 (0/1)");
        assertThat(Files.readAllLines(errors)).singleElement().asString()
                .startsWith("doc1\t" + TEXT.indexOf("We will") + "\tTom Reyes\t")
                .endsWith("\tWe will rebuild the old bridge");
    }

    @Test
    void aGoldDocumentWithoutPipelineOutputIsAnErrorNamingTheFile() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Run run = trainSpeakers("--gold", gold().toString(), "--system", empty.toString(), "--cv", "2",
                "--clusters", "none");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURES);
        assertThat(run.err()).contains("doc1.xmi", "no pipeline output for gold document doc1");
    }

    @Test
    void neitherAModelNorACrossValidationIsAUsageError() throws Exception {
        Run run = trainSpeakers("--gold", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--output", "--cv");

        run = trainSpeakers("--gold", dir.toString(), "--cv", "5", "--features", "sieve,colour");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown feature group 'colour'");

        run = trainSpeakers("--gold", dir.toString(), "--output", dir.resolve("m.txt").toString(), "--errors",
                dir.resolve("e.tsv").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--errors needs --cv");
    }
}
