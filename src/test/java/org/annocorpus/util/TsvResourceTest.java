package org.annocorpus.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of the project's tables, on the class path and in files a user gives. */
class TsvResourceTest {

    @Test
    void thatRowsKeepTheirLinesAndSkipCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        Path table = Files.writeString(dir.resolve("t.tsv"), "# a comment\nLima\tLOC\n\nPeru\tLOC\n");

        assertThat(TsvResource.rowsAt(table.toString(), 2))
                .extracting(TsvResource.Row::line, row -> row.fields()[0], row -> row.fields()[1])
                .containsExactly(tuple(2, "Lima", "LOC"), tuple(4, "Peru", "LOC"));
    }

    @Test
    void thatAMalformedRowIsNamedByLocationAndLine(@TempDir Path dir) throws IOException {
        Path table = Files.writeString(dir.resolve("bad.tsv"), "Lima\tLOC\nQuito LOC\n");

        assertThatThrownBy(() -> TsvResource.rowsAt(table.toString(), 2)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.tsv:2: expected 2 tab-separated fields, found 1");
    }

    @Test
    void thatClassPathTablesAreReadByEitherMethod() throws IOException {
        String path = "/org/annocorpus/scheme/titles.tsv";

        assertThat(TsvResource.rowsAt("classpath:" + path, 2)).extracting(row -> row.fields()[0])
                .containsExactlyElementsOf(TsvResource.rows(path, 2).stream().map(row -> row.fields()[0]).toList())
                .contains("Sen.");
    }

    @Test
    void thatAMissingTableIsReported() {
        assertThatThrownBy(() -> TsvResource.rowsAt("classpath:/no/such.tsv", 2)).isInstanceOf(IOException.class)
                .hasMessageContaining("classpath:/no/such.tsv is missing from the class path");
        assertThatThrownBy(() -> TsvResource.rows("/no/such.tsv", 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/no/such.tsv is missing from the class path");
    }
}
