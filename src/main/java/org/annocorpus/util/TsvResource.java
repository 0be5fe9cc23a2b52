package org.annocorpus.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's word lists and tables on the class path: UTF-8, one row a line, fields separated by a TAB,
 * blank lines and lines starting with {@code #} ignored. A malformed file is a packaging error, so it
 * fails loudly with its path and line.
 */
public final class TsvResource {

    /** One row and the line it stands on, for messages about its content. */
    public record Row(int line, String[] fields) {
    }

    private TsvResource() {
    }

    /** Every row of {@code path} (absolute on the class path), each with exactly {@code columns} fields. */
    public static List<Row> rows(String path, int columns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected " + columns
                            + " tab-separated fields, found " + fields.length);
                }
                rows.add(new Row(lineNo, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }
}
