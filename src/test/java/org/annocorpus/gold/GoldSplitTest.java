package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSplitTest {

    @TempDir
    Path tmp;

    private Path goldFile(Path dir, String id) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + ".txt"), "Ana\n");
        return Files.writeString(dir.resolve(id + ".ann"), "T1\tPER 0 3\tAna\n");
    }

    @Test
    void thatASplitFolderResolvesToTheChosenSplit() throws IOException {
        goldFile(tmp.resolve("dev"), "a");
        goldFile(tmp.resolve("test"), "b");

        assertThat(GoldSplit.isSplit(tmp)).isTrue();
        assertThat(GoldSplit.present(tmp)).containsExactly(GoldSplit.DEV, GoldSplit.TEST);
        assertThat(GoldSplit.resolve(tmp, GoldSplit.TEST)).isEqualTo(tmp.resolve("test"));
    }

    @Test
    void thatAFlatFolderIsTakenAsItIsWhateverTheSplit() throws IOException {
        goldFile(tmp, "a");
        // a subfolder named like a split does not make a folder of gold files a split one
        goldFile(tmp.resolve("test"), "b");

        assertThat(GoldSplit.isSplit(tmp)).isFalse();
        assertThat(GoldSplit.present(tmp)).isEmpty();
        assertThat(GoldSplit.resolve(tmp, GoldSplit.TEST)).isEqualTo(tmp);
    }

    @Test
    void thatEveryFolderOfGoldFilesIsFoundForValidation() throws IOException {
        goldFile(tmp.resolve("dev"), "a");
        goldFile(tmp.resolve("test"), "b");
        goldFile(tmp.resolve("agreement").resolve("second"), "a");
        Files.createDirectories(tmp.resolve("notes"));

        assertThat(GoldSplit.goldFolders(tmp)).containsExactly(tmp.resolve("agreement").resolve("second"),
                tmp.resolve("dev"), tmp.resolve("test"));
    }

    @Test
    void thatAnUnknownSplitNamesTheKnownOnes() {
        assertThat(GoldSplit.byId("Test")).isEqualTo(GoldSplit.TEST);
        assertThatThrownBy(() -> GoldSplit.byId("train")).hasMessageContaining("'train'").hasMessageContaining("dev, test");
    }
}
