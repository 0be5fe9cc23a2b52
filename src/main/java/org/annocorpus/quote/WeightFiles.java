package org.annocorpus.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The text files of the quotation models' weights ({@link SpeakerRanker}, {@link NamingClassifier}): lines
 * {@code # comment}, header lines of the model's own, then {@code feature TAB weight} sorted by feature; gzip if
 * the name ends in .gz; read from {@code classpath:/...} or a file.
 */
final class WeightFiles {

    /** What a model's reader does with one line that is neither a comment nor blank. */
    interface LineReader {
        /** Reads {@code line}; returns false when it is no header line of the model. */
        boolean header(String line);
    }

    /** How a model is read from an open file at a location. */
    interface ModelReader<M> {
        M read(BufferedReader r, String location) throws IOException;
    }

    private WeightFiles() {
    }

    /** The model at a location, read once per JVM: the first read is kept in {@code loaded}. */
    static <M> M load(String location, Map<String, M> loaded, ModelReader<M> reader) throws IOException {
        M model = loaded.get(location);
        if (model == null) {
            try (BufferedReader r = open(location)) {
                model = reader.read(r, location);
            }
            loaded.put(location, model);
        }
        return model;
    }

    /** The model file at a location, opened for reading. */
    static BufferedReader open(String location) throws IOException {
        InputStream raw;
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
            raw = WeightFiles.class.getClassLoader().getResourceAsStream(path);
            if (raw == null) {
                throw new IOException(location + ": not found on the class path");
            }
        } else {
            raw = Files.newInputStream(Path.of(location));
        }
        InputStream in = location.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads the weights into {@code weights}, giving every other line to {@code headers} first; a line that is
     * neither is an error naming the location and line.
     */
    static void read(BufferedReader r, String location, Map<String, Double> weights, LineReader headers)
            throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#") || headers.header(line)) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            try {
                if (tab < 0) {
                    throw new NumberFormatException("no tab");
                }
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            } catch (NumberFormatException e) {
                throw new IOException(location + ", line " + n + ": expected FEATURE TAB WEIGHT, found '" + line + "'");
            }
        }
    }

    /**
     * Writes comments, header lines and the weights sorted by feature (byte-identical re-runs); weights nearer
     * zero than 1e-6 are left out but those named in {@code always}.
     */
    static void write(OutputStream raw, boolean gzip, List<String> comments, List<String> headers,
            Map<String, Double> weights, List<String> always) throws IOException {
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String c : comments) {
            w.write("# " + c + "\n");
        }
        for (String h : headers) {
            w.write(h + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-6 || always.contains(e.getKey())) {
                w.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.6g", e.getValue()) + "\n");
            }
        }
        w.flush();
        if (gzip) {
            ((GZIPOutputStream) out).finish();
        }
    }
}
