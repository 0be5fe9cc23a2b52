package org.annocorpus.quote.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.quote.bench.PolnearGold.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PolNeAR attribution files to quotation gold, on an invented article. */
class PolnearGoldTest {

    /** An emoji first, so that code points and UTF-16 units differ. */
    private static final String TEXT = "\uD83D\uDE00 Mayor Ana Ruiz spoke on Friday. “We will rebuild,” Ruiz said. "
            + "“It will take time.”\nThe council called the plan “too costly” and “rushed.”\n"
            + "Nobody said \"anything\" here. Critics saw “a mess.”\n";

    @TempDir
    Path dir;

    @Test
    void quotationsAreMarkedStretchesOfContentsWithTheirSource() throws Exception {
        String first = String.join("\n",
                textBound("T1", "Source", "Ruiz", TEXT.indexOf("Ruiz said")),
                textBound("T2", "Cue", "said", TEXT.indexOf("said.")),
                textBound("T3", "Content", "“We will rebuild,”", 0),
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                // PolNeAR often leaves the opening mark out of the next sentence's content
                textBound("T4", "Content", "It will take time.”", 0),
                "E2\tAttribution:T2 Content:T4 Cue:T2 Source:T1",
                textBound("T5", "Source", "The council", 0),
                textBound("T6", "Cue", "called", 0),
                textBound("T7", "Content", "the plan “too costly” and “rushed.”", 0),
                "E3\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
                textBound("T8", "Cue", "saw", 0),
                textBound("T9", "Content", "“a mess.”", 0),
                "E4\tAttribution-no-source:T8 Content:T9 Cue:T8") + "\n";
        write("article_b2.ann", first);
        write("article_a1.ann", "T1\tSource 2 7\tMayor\n"); // the first annotator alphabetically
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/article.txt"), TEXT, StandardCharsets.UTF_8);

        List<Article> articles = PolnearGold.load(dir);
        assertThat(articles).extracting(Article::annotator).containsExactly("a1");

        Files.delete(dir.resolve("attributions/article_a1.ann"));
        Article article = PolnearGold.load(dir).get(0);
        int[] cps = TEXT.codePoints().toArray();
        assertThat(article.quotes())
                .extracting(q -> new String(cps, q.begin(), q.end() - q.begin()),
                        q -> q.source().isEmpty() ? "" : PolnearGold.covered(cps, q.source()))
                .containsExactly(
                        tuple("We will rebuild", "Ruiz"),
                        tuple("It will take time", "Ruiz"),
                        tuple("too costly", "The council"),
                        tuple("rushed", "The council"),
                        tuple("a mess", ""));
        // offsets count code points: the emoji is one
        assertThat(article.quotes().get(0).begin()).isEqualTo(TEXT.indexOf("We will") - 1);
    }

    @Test
    void excludedArticlesAreNeitherReadNorScored() throws Exception {
        write("kept_a1.ann", "");
        write("held-out_a1.ann", "T1\tSource 0 999\tbroken on purpose: never read\n");
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/kept.txt"), TEXT, StandardCharsets.UTF_8);
        Path list = dir.resolve("split-test.txt");
        Files.writeString(list, "# held out\nheld-out.txt\t1234\n\n", StandardCharsets.UTF_8);

        assertThat(PolnearGold.excludedIds(list)).containsExactly("held-out");
        assertThat(PolnearGold.load(dir, PolnearGold.excludedIds(list))).extracting(Article::id).containsExactly("kept");
    }

    /** A brat T line for the first occurrence of {@code covered} at or after {@code from} (UTF-16 index). */
    private static String textBound(String id, String type, String covered, int from) {
        int at = TEXT.indexOf(covered, from);
        int begin = TEXT.codePointCount(0, at);
        int end = begin + covered.codePointCount(0, covered.length());
        return id + "\t" + type + " " + begin + " " + end + "\t" + covered;
    }

    private void write(String name, String content) throws Exception {
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("attributions").resolve(name), content, StandardCharsets.UTF_8);
    }
}
