package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annocorpus.gold.GoldValidator.Problem;
import org.annocorpus.gold.GoldValidator.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldValidatorTest {

    /** One folder of src/test/resources/gold-broken/ and the one problem it must raise. */
    record Case(String folder, String file, int line, int column, Severity severity, String message) {
        @Override
        public String toString() {
            return folder;
        }
    }

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;

    static final List<Case> CASES = List.of(
            new Case("offset-outside-text", "doc.ann", 8, 0, E, "offsets 145-161 lie outside the text (147 code points)"),
            new Case("text-mismatch", "doc.ann", 3, 0, E, "recorded text 'Anna Ruiz' is not the text at 36-44: 'Ana Ruiz'"),
            new Case("offset-drift", "doc.ann", 8, 0, E,
                    "recorded text 'Riverton Gazette' is not the text at 127-143: 'e Riverton Gazet' (the recorded text is at 129-145)"),
            new Case("whitespace-edge", "doc.ann", 3, 0, E, "PER span 35-44 '\\u00A0Ana Ruiz' starts with white space"),
            new Case("inverted-span", "doc.ann", 3, 0, E, "span begins at 44, after its end 36"),
            new Case("unknown-type", "doc.ann", 1, 0, E, "unknown type 'LOCATION'"),
            new Case("unknown-attribute", "doc.ann", 17, 0, E, "unknown attribute 'confidence'"),
            new Case("unknown-note", "doc.ann", 17, 0, E, "unknown note 'comment'"),
            new Case("unknown-relation", "doc.ann", 17, 0, E, "unknown relation 'saidBy'"),
            new Case("overlap", "doc.ann", 9, 0, E,
                    "T9 LOC 129-137 overlaps T8 ORG 129-145 (line 8): spans of the entities layer never overlap"),
            new Case("speaker-without-mention", "doc.ann", 5, 0, E, "Quotation T5 has a speaker but no speakerMention"),
            new Case("mention-without-speaker", "doc.ann", 5, 0, E, "Quotation T5 has a speakerMention but no speaker note"),
            new Case("second-speaker-mention", "doc.ann", 17, 0, E, "second speakerMention for T5 (first on line 16)"),
            new Case("relation-wrong-argument", "doc.ann", 16, 0, E, "speakerMention goes to a Source, but Arg2 T6 is a PER"),
            new Case("value-not-number", "doc.ann", 9, 0, E, "value '12,000' is no number"),
            new Case("unit-outside-list", "doc.ann", 12, 0, E, "unit 'dollars' is not in the scheme's list"),
            new Case("unit-unknown-currency", "doc.ann", 12, 0, E, "unit 'XYZ' is not in the scheme's list"),
            new Case("qualifier-outside-list", "doc.ann", 13, 0, E, "qualifier 'ABOUT' is not in the scheme's list"),
            new Case("missing-reference", "doc.ann", 14, 0, E, "note #1 refers to T12, which does not exist"),
            new Case("duplicate-id", "doc.ann", 8, 0, E, "duplicate id T6 (first used on line 6)"),
            new Case("attribute-wrong-type", "doc.ann", 17, 0, E, "attribute value on T5, a Quotation: only a NumericClaim"),
            new Case("note-wrong-type", "doc.ann", 17, 0, E, "speaker note on T2, a NumericClaim: only a Quotation has a speaker"),
            new Case("claim-without-value", "doc.ann", 4, 0, E, "NumericClaim T4 '$4 million' has no value"),
            new Case("claim-without-qualifier", "doc.ann", 2, 0, E, "NumericClaim T2 '12' has no qualifier"),
            new Case("empty-note", "doc.ann", 14, 0, E, "empty quantified"),
            new Case("discontinuous-span", "doc.ann", 8, 0, E, "discontinuous span"),
            new Case("malformed-line", "doc.ann", 17, 0, E, "not a brat standoff line"),
            new Case("ann-without-text", "doc.ann", 0, 0, E, "gold file without its text: doc.txt is missing"),
            new Case("text-without-ann", "doc.txt", 0, 0, E, "text without gold: doc.ann is missing"),
            new Case("text-not-utf8", "doc.txt", 2, 6, E, "not valid UTF-8 at byte offset 38"),
            new Case("ann-not-utf8", "doc.ann", 15, 21, E, "not valid UTF-8 at byte offset 357"),
            new Case("ann-byte-order-mark", "doc.ann", 1, 0, E, "starts with a UTF-8 byte-order mark"),
            new Case("warning-entity-type-differs", "doc.ann", 8, 0, W, "'Riverton' is ORG here but LOC on line 1"),
            new Case("warning-quotation-mark-uncovered", "doc.txt", 3, 20, W,
                    "text \"Green Streets\" at 167-180 is in quotation marks but no Quotation"),
            new Case("warning-source-unlinked", "doc.ann", 4, 0, W, "Source T9 'Ana Ruiz' is the speakerMention of no quotation"),
            new Case("warning-text-order", "doc.ann", 2, 0, W, "T lines are not in text order"),
            new Case("warning-quotation-keeps-comma", "doc.ann", 5, 0, W,
                    "Quotation T5 ends with ',' before the closing mark"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenFixtureRaisesItsProblemOnItsLine(Case c) throws Exception {
        List<Problem> problems = GoldValidator.validate(GoldFixtures.broken(c.folder()));

        // exactly one problem of the case's severity, and a warning case has no error at all
        assertThat(problems).filteredOn(p -> p.severity() == c.severity()).singleElement().satisfies(p -> {
            assertThat(Path.of(p.file()).getFileName()).hasToString(c.file());
            assertThat(p.line()).isEqualTo(c.line());
            assertThat(p.column()).isEqualTo(c.column());
            assertThat(p.message()).contains(c.message());
        });
        if (c.severity() == W) {
            assertThat(problems).noneMatch(Problem::isError);
        }
    }

    @Test
    void everyFixtureFolderHasACase() throws Exception {
        try (Stream<Path> folders = Files.list(GoldFixtures.resource("gold-broken"))) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(CASES.stream().map(Case::folder).toList());
        }
    }

    @Test
    void theFixturesBaseDocumentIsClean() throws Exception {
        assertThat(GoldValidator.validate(GoldFixtures.ok())).isEmpty();
    }

    /** Guards the real gold: every change to gold/ (both splits and the agreement study) must keep it free of errors. */
    @Test
    void theProjectGoldHasNoErrors() throws IOException {
        List<Path> folders = GoldSplit.goldFolders(Path.of("gold"));

        assertThat(folders).contains(Path.of("gold", "dev"), Path.of("gold", "test"));
        for (Path folder : folders) {
            assertThat(GoldValidator.validate(folder)).as(folder.toString()).filteredOn(Problem::isError).isEmpty();
        }
    }

    /** gold/README.md: a document is in one split only; the seeds are development documents, copied byte for byte. */
    @Test
    void theSplitsAreDisjointAndTheSeedsAreDevelopmentDocuments() throws IOException {
        Path dev = GoldSplit.DEV.in(Path.of("gold"));
        Path test = GoldSplit.TEST.in(Path.of("gold"));

        assertThat(GoldCorpus.documentIds(dev)).doesNotContainAnyElementsOf(GoldCorpus.documentIds(test));
        // gold/README.md: 619 development (16 of the first round, 12 of the fourth, 8 of the fifth, 34 of the
        // sixth, 28 each of the seventh to thirteenth, 27 of the fourteenth, 24 each of the fifteenth and
        // sixteenth, 22 of the eighteenth, 20 of the nineteenth, 21 of the twenty-first, 16 each of the
        // twenty-second, twenty-fourth and twenty-sixth, 7 of the twenty-eighth, 12 each of the twenty-ninth,
        // thirtieth and thirty-second, 13 of the thirty-third, 12 of the thirty-fourth, 14 each of the
        // thirty-fifth and thirty-sixth, 13 of the thirty-eighth, 15 of the thirty-ninth, 11 of the fortieth,
        // 16 each of the forty-first and forty-second) and 135 held-out (15 of the first round, 24 of the seventeenth, 25 of the
        // twentieth, 15 of the twenty-third, 16 of the twenty-fifth, 15 of the twenty-seventh, 11 of the
        // thirty-first, 14 of the thirty-seventh)
        assertThat(GoldCorpus.documentIds(dev)).hasSize(619);
        assertThat(GoldCorpus.documentIds(test)).hasSize(135);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = seed.getFileName().toString().replaceFirst("\\.txt$", "");
                assertThat(Files.readAllBytes(GoldCorpus.text(dev, id))).as(id).isEqualTo(Files.readAllBytes(seed));
            }
        }
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // the emoji takes two UTF-16 units and one code point: "Oslo" begins at code point 2
        byte[] txt = "\uD83C\uDF33 Oslo\n".getBytes(StandardCharsets.UTF_8);
        byte[] ann = "T1\tLOC 2 6\tOslo\n".getBytes(StandardCharsets.UTF_8);

        assertThat(GoldValidator.validateDocument("d.txt", txt, "d.ann", ann)).isEmpty();
        assertThat(GoldValidator.validateDocument("d.txt", txt, "d.ann", "T1\tLOC 3 7\tOslo\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::message)
                .containsExactly("recorded text 'Oslo' is not the text at 3-7: 'slo\\n' (the recorded text is at 2-6)");
    }

    @Test
    void aByteOffsetCountsFromTheFileStartAndTheColumnInCodePoints() {
        // BOM (3 bytes), "é\n" (3 bytes), "ab€" (5 bytes), then a stray continuation byte at offset 11
        byte[] txt = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9, '\n', 'a', 'b', (byte) 0xE2,
                (byte) 0x82, (byte) 0xAC, (byte) 0x80, '\n'};

        assertThat(GoldValidator.validateDocument("d.txt", txt, "d.ann", new byte[0])).singleElement()
                .hasToString("d.txt:2:4: error: not valid UTF-8 at byte offset 11; offsets of this document cannot be checked");
    }

    @Test
    void nestedQuotationMarksInsideAQuotationAreCovered() {
        String text = "\u201CThey call it \u2018the plan\u2019 now,\u201D Ann said.";
        int begin = 1;
        int end = text.indexOf(",\u201D");
        String ann = "T1\tQuotation " + begin + " " + end + "\t" + text.substring(begin, end) + "\n"
                + "T2\tSource " + text.indexOf("Ann") + " " + (text.indexOf("Ann") + 3) + "\tAnn\nR1\tspeakerMention Arg1:T1 Arg2:T2\n#1\tspeaker T1\tAnn\n";

        assertThat(GoldValidator.validateDocument("d.txt", text.getBytes(StandardCharsets.UTF_8), "d.ann",
                ann.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void problemsPrintAsFileLineColumnSeverityMessage() {
        assertThat(new Problem("gold/a.ann", 3, 0, Severity.ERROR, "bad").toString()).isEqualTo("gold/a.ann:3: error: bad");
        assertThat(new Problem("gold/a.txt", 2, 7, Severity.WARNING, "odd").toString())
                .isEqualTo("gold/a.txt:2:7: warning: odd");
        assertThat(new Problem("gold/a.txt", 0, 0, Severity.ERROR, "missing").toString())
                .isEqualTo("gold/a.txt: error: missing");
    }

    @Test
    void unitsFollowTheScheme() {
        assertThat(Stream.of("percent", "pp", "fraction", "year", "minute", "second", "km", "°C", "USD", "JPY", "EUR"))
                .allMatch(GoldValidator::isSchemeUnit);
        assertThat(Stream.of("", "dollars", "XYZ", "Years", "%", "degC", "min")).noneMatch(GoldValidator::isSchemeUnit);
    }
}
