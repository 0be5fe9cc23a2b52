package org.annocorpus.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writerThatDiesHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("corpus.conll"), "old complete content\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old complete content");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void writeReplacesTheFileWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("a.xmi"), "old");

        AtomicFiles.writeString(target, "new");

        assertThat(target).hasContent("new");
    }
}
