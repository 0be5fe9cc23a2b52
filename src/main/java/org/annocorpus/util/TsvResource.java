package org.annocorpus.util;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's word lists and tables: UTF-8, one row a line, fields separated by a TAB, blank lines and
 * lines starting with {@code #} ignored. The one reader of them: {@link #rows} for those on the class path
 * (a malformed one is a packaging error, so it fails loudly with its path and line), {@link #rowsAt} for a
 * table a user may give (a lexicon file), with a checked exception naming its location and line.
 */
public final class TsvResource {

    /** One row and the line it stands on, for messages about its content. */
    public record Row(int line, String[] fields) {
    }

    private TsvResource() {
    }

    /** Every row of {@code path} (absolute on the class path), each with exactly {@code columns} fields. */
    public static List<Row> rows(String path, int columns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return parse(in, path, columns);
        } catch (MalformedRow e) {
            throw new IllegalStateException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The lines of a third-party list on the class path whose rows are not all well formed (blank lines and
     * {@code #} comments skipped): the caller takes what it can use of each.
     */
    public static List<String> lines(String path) {
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Every row of the table at {@code location}, {@code classpath:/path} or a file path (a table a user
     * gives, such as a lexicon), each with exactly {@code columns} fields.
     *
     * @throws IOException when it cannot be read, or a row is malformed (naming the location and line)
     */
    public static List<Row> rowsAt(String location, int columns) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String path = "/" + location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new FileNotFoundException(location + " is missing from the class path");
                }
                return parse(in, location, columns);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return parse(in, location, columns);
        }
    }

    private static final String CLASSPATH = "classpath:";

    /** A row without the expected number of fields. */
    private static final class MalformedRow extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedRow(String message) {
            super(message);
        }
    }

    private static List<Row> parse(InputStream in, String name, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
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
                throw new MalformedRow(name + ":" + lineNo + ": expected " + columns + " tab-separated fields, found "
                        + fields.length);
            }
            rows.add(new Row(lineNo, fields));
        }
        return rows;
    }
}
