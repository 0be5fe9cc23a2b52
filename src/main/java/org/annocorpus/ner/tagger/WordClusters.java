package org.annocorpus.ner.tagger;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Word → cluster tables the features look words up in: Stanford's distributional-similarity clusters
 * (one id per word) and k-means clusters of GloVe vectors (one id per granularity). Both are keyed by
 * the lower-cased word with digits as 0; a word not listed gets {@code #}.
 */
public final class WordClusters {

    private static final String[] NONE = {};
    private final Map<String, String> distsim;
    private final Map<String, String[]> glove;
    private final int gloveLevels;
    private final String[] unknownGlove;

    public WordClusters(Map<String, String> distsim, Map<String, String[]> glove) {
        this.distsim = distsim;
        this.glove = glove;
        this.gloveLevels = glove.isEmpty() ? 0 : glove.values().iterator().next().length;
        this.unknownGlove = new String[gloveLevels];
        java.util.Arrays.fill(unknownGlove, "#");
    }

    public static WordClusters empty() {
        return new WordClusters(Map.of(), Map.of());
    }

    /** The lookup key: lower case, digits as 0. */
    public static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0");
    }

    public String distsim(String word) {
        return distsim.getOrDefault(key(word), "#");
    }

    public String[] glove(String word) {
        if (gloveLevels == 0) {
            return NONE;
        }
        return glove.getOrDefault(key(word), unknownGlove);
    }

    public int distsimSize() {
        return distsim.size();
    }

    public int gloveSize() {
        return glove.size();
    }

    /** The distsim table, word to cluster id. */
    public Map<String, String> distsimTable() {
        return java.util.Collections.unmodifiableMap(distsim);
    }

    /** The GloVe k-means table, word to one cluster id per granularity. */
    public Map<String, String[]> gloveTable() {
        return java.util.Collections.unmodifiableMap(glove);
    }

    /** Reads a table file: {@code word TAB id [TAB id ...]} per line, gzip if the name ends in .gz. */
    public static Map<String, String[]> readTable(Path file) throws IOException {
        Map<String, String[]> map = new HashMap<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            int columns = -1;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] fields = line.split("\t");
                if (fields.length < 2 || columns >= 0 && fields.length != columns) {
                    throw new IOException(file + ", line " + number + ": expected word TAB cluster id(s)");
                }
                columns = fields.length;
                map.put(fields[0], java.util.Arrays.copyOfRange(fields, 1, fields.length));
            }
        }
        return map;
    }

    void write(DataOutputStream out) throws IOException {
        TreeMap<String, String> sortedDistsim = new TreeMap<>(distsim);
        out.writeInt(sortedDistsim.size());
        for (Map.Entry<String, String> e : sortedDistsim.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(Integer.parseInt(e.getValue()));
        }
        TreeMap<String, String[]> sortedGlove = new TreeMap<>(glove);
        out.writeInt(sortedGlove.size());
        out.writeByte(gloveLevels);
        for (Map.Entry<String, String[]> e : sortedGlove.entrySet()) {
            out.writeUTF(e.getKey());
            for (String id : e.getValue()) {
                out.writeShort(Integer.parseInt(id));
            }
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> distsim = new HashMap<>(n * 2);
        Map<Integer, String> ids = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String word = in.readUTF();
            distsim.put(word, ids.computeIfAbsent((int) in.readShort(), String::valueOf));
        }
        int m = in.readInt();
        int levels = in.readByte();
        Map<String, String[]> glove = new HashMap<>(m * 2);
        for (int k = 0; k < m; k++) {
            String word = in.readUTF();
            String[] v = new String[levels];
            for (int l = 0; l < levels; l++) {
                v[l] = ids.computeIfAbsent((int) in.readShort(), String::valueOf);
            }
            glove.put(word, v);
        }
        return new WordClusters(distsim, glove);
    }
}
