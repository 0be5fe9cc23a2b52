package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annocorpus.scheme.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PolNeAR attribution files to quotation gold, on an invented article ({@code src/test/resources/polnear-mini}:
 * an emoji first, so that code points and UTF-16 units differ; a Source in two fragments; an attribution
 * without source; a second annotator's file and a held-out article).
 */
class PolnearImporterTest {

    private static final Path MINI = Path.of("src/test/resources/polnear-mini");

    @Test
    void quotationsAreTheMarkedStretchesOfContentsWithTheirSource() throws Exception {
        List<XmiGoldImporter.Imported> imported = PolnearImporter.read(MINI, Set.of("held-out"));

        assertThat(imported).extracting(XmiGoldImporter.Imported::id).containsExactly("article");
        assertThat(imported.get(0).source()).endsWith("article_b2.ann"); // the first annotator alphabetically
        BratDocument document = imported.get(0).document();
        int[] cps = document.text().codePoints().toArray();
        assertThat(document.spans()).filteredOn(s -> s.type().equals(Labels.QUOTATION))
                .extracting(s -> covered(cps, s), s -> s.notes().getOrDefault(Labels.SPEAKER, ""),
                        s -> s.mention() == null ? "" : covered(cps, s.mention()))
                .containsExactly(
                        tuple("We will rebuild", "Ruiz", "Ruiz"),
                        // PolNeAR's Content leaves the opening mark out: the whole pair is the quotation
                        tuple("It will take time", "Ruiz", "Ruiz"),
                        // a Source in fragments: the mention spans them, the speaker is their words
                        tuple("too costly", "The council in a statement", "The council, in a statement"),
                        tuple("rushed", "The council in a statement", "The council, in a statement"),
                        tuple("a mess", "", ""));
        // one Source per span, shared by the quotations it speaks
        assertThat(document.spans()).filteredOn(s -> s.type().equals(Labels.SOURCE))
                .extracting(s -> covered(cps, s)).containsExactly("Ruiz", "The council, in a statement");
        // offsets count code points: the emoji is one
        assertThat(document.spans().get(0).begin()).isEqualTo(document.text().indexOf("We will") - 1);
    }

    @Test
    void excludedArticlesAreNotRead() throws Exception {
        Path list = MINI.resolve("held-out.txt");
        assertThat(PolnearImporter.excludedIds(list)).containsExactly("held-out");
        // held-out_a1.ann has offsets outside its text: reading it would fail
        assertThatThrownBy(() -> PolnearImporter.read(MINI, Set.of()))
                .hasMessageContaining("held-out_a1.ann:1: offsets 0-999 outside the text");
    }

    @Test
    void badLinesAreErrorsNamingFileAndLine() {
        String text = "He said “yes”.\n";
        assertThatThrownBy(() -> PolnearImporter.convert(text, "T1\tSource 0 2\tHe\nE1\tAttribution:T1 Source:T1 Content:T9\n", "a_x.ann"))
                .hasMessage("a_x.ann:2: E1 names T9, which no span line defines");
        assertThatThrownBy(() -> PolnearImporter.convert(text, "T1\tSource 0 2\tHe\nnonsense\n", "a_x.ann"))
                .hasMessageStartingWith("a_x.ann:2: not a brat standoff line");
    }

    @Test
    void quotationMarksPairLineByLineAndNestedPairsAreInside() {
        String text = "“Outer ‘inner’ end” and \"straight\"\n“open to the end\nNext";
        List<int[]> pairs = PolnearImporter.markPairs(text.codePoints().toArray());
        assertThat(pairs).extracting(p -> text.substring(p[0], Math.min(p[1] + 1, text.length())))
                .containsExactly("“Outer ‘inner’ end”", "\"straight\"", "“open to the end\n");
    }

    @Test
    void aDoubleMarkOfTheOtherKindThatEndsAWordClosesTheOpenOne() {
        String text = "no “evidence\" yet, \"more hours” before\n“said so,\" he added, \"like candy.\"\n"
                + "“ends with an opening mark.“\n“he called it \"crazy\" twice”";
        List<int[]> pairs = PolnearImporter.markPairs(text.codePoints().toArray());
        assertThat(pairs).extracting(p -> text.substring(p[0], p[1] + 1))
                .containsExactly("“evidence\"", "\"more hours”", "“said so,\"", "\"like candy.\"",
                        "“ends with an opening mark.“", "“he called it \"crazy\" twice”");
    }

    @Test
    void writtenGoldValidatesAndAReRunIsByteIdentical(@TempDir Path out) throws Exception {
        List<String> written = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            for (XmiGoldImporter.Imported document : PolnearImporter.read(MINI, Set.of("held-out"))) {
                XmiGoldImporter.write(document, out);
            }
            written.add(Files.readString(out.resolve("article.ann"), StandardCharsets.UTF_8));
        }
        String ann = written.get(0);
        assertThat(ann).contains("\tQuotation ", "\tSource ", "\tspeakerMention Arg1:", "\tspeaker ");
        assertThat(written.get(1)).isEqualTo(ann);
        assertThat(GoldValidator.validateDocument("article.txt", Files.readAllBytes(out.resolve("article.txt")),
                "article.ann", ann.getBytes(StandardCharsets.UTF_8))).filteredOn(GoldValidator.Problem::isError).isEmpty();
        assertThat(Files.readString(out.resolve("article.txt"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(MINI.resolve("text/article.txt"), StandardCharsets.UTF_8));
    }

    private static String covered(int[] cps, BratDocument.Span span) {
        return new String(cps, span.begin(), span.end() - span.begin());
    }
}
