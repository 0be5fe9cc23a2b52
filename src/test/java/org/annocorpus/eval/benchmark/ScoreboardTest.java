package org.annocorpus.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.Attribute;
import org.annocorpus.eval.stats.Bootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardTest {

    @TempDir
    Path tmp;

    private static Scoreboard board() {
        ScoreboardRow ner = new ScoreboardRow("ner-x", "pipelines/ner-x.yaml",
                Map.of(Layer.ENTITY, new ScoreboardRow.LayerFigures(0.75, new Bootstrap.Interval(0.7, 0.8), 0.8,
                        Bootstrap.Interval.NONE)),
                Map.of(), 12.5, null);
        ScoreboardRow quotes = new ScoreboardRow("quote-y", "pipelines/quote-y.yaml",
                Map.of(Layer.QUOTATION, new ScoreboardRow.LayerFigures(0.5, new Bootstrap.Interval(0.4, 0.6), 0.6,
                        new Bootstrap.Interval(0.5, 0.7))),
                Map.of(Attribute.SPEAKER, new ScoreboardRow.Accuracy(3, 4), Attribute.SPEAKER_LENIENT,
                        new ScoreboardRow.Accuracy(4, 4)), 3.0, null);
        ScoreboardRow broken = ScoreboardRow.failed("broken", "pipelines/broken.yaml", "unknown component 'X'");
        return new Scoreboard("gold", 5, 1000, 1, List.of(ner, quotes, broken));
    }

    @Test
    void jsonReadsBackToTheSameBoard() throws IOException {
        Path file = tmp.resolve("scoreboard.json");
        Files.writeString(file, board().toJson());
        assertThat(Scoreboard.readJson(file)).isEqualTo(board());
    }

    @Test
    void markdownShowsDashesForLayersNotProduced() {
        assertThat(board().toMarkdown())
                .contains("| ner-x | 0.750 [0.700, 0.800] | 0.800 | — | — | — | — | — | — | — | — | — | — | — | 12.50 |")
                .contains("| quote-y | — | — | 0.500 [0.400, 0.600] | 0.600 [0.500, 0.700] | — | — | 0.750 (3/4) | 1.000 (4/4) |")
                .contains("- `broken` (pipelines/broken.yaml) failed: unknown component 'X'");
    }

    @Test
    void systemListExpandsGlobsInNameOrderAndCountsAFileOnce() throws IOException {
        Path pipelines = Files.createDirectories(tmp.resolve("pipelines"));
        for (String name : List.of("ner-b.yaml", "ner-a.yaml", "default.yaml", "notes.txt")) {
            Files.writeString(pipelines.resolve(name), "");
        }
        Path list = tmp.resolve("systems.yaml");
        Files.writeString(list, "systems:\n  - pipelines/default.yaml\n  - pipelines/ner-*.yaml\n  - pipelines/*.yaml\n"
                + "  - pipelines/quote-*.yaml\n");
        assertThat(SystemList.read(list, tmp)).extracting(SystemList.System::name)
                .containsExactly("default", "ner-a", "ner-b");
        Files.writeString(list, "systems:\n  - pipelines/missing.yaml\n");
        assertThatThrownBy(() -> SystemList.read(list, tmp)).hasMessageContaining("not found: pipelines/missing.yaml");
        Files.writeString(list, "- pipelines/default.yaml\n");
        assertThatThrownBy(() -> SystemList.read(list, tmp)).hasMessageContaining("expected 'systems:'");
    }
}
