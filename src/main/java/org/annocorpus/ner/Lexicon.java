package org.annocorpus.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gazetteer of names with their entity type, read from tab-separated files ({@code name TAB type},
 * {@code #} starts a comment line). Names are matched case-sensitively on word boundaries; typographic
 * apostrophes and hyphens count as their ASCII forms. A name listed twice with different types is
 * ambiguous and left out.
 */
public final class Lexicon {

    /** The lexicon files shipped with the project (see the README next to them). */
    public static final String[] DEFAULT_LOCATIONS = {
            "classpath:/org/annocorpus/ner/lexicon/countries.tsv",
            "classpath:/org/annocorpus/ner/lexicon/places.tsv",
            "classpath:/org/annocorpus/ner/lexicon/cities.tsv",
            "classpath:/org/annocorpus/ner/lexicon/demonyms.tsv",
            "classpath:/org/annocorpus/ner/lexicon/organisations.tsv"};

    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    /** A matched name: tokens {@code first..last} (inclusive) of the list matched, with its type. */
    public record Match(int first, int last, String type) {
    }

    private final Map<String, String> types;
    private final int longest;

    private Lexicon(Map<String, String> types) {
        this.types = types;
        int max = 1;
        for (String key : types.keySet()) {
            max = Math.max(max, WordPieces.split(key).size());
        }
        this.longest = max;
    }

    /** An in-memory lexicon, mostly for tests. */
    public static Lexicon of(Map<String, String> namesToTypes) {
        Map<String, String> map = new HashMap<>();
        namesToTypes.forEach((name, type) -> map.put(key(name), type));
        return new Lexicon(map);
    }

    /** The lexicon made of the given files ({@code classpath:/...} or file paths), read once per JVM. */
    public static Lexicon load(String... locations) throws IOException {
        String cacheKey = String.join("\n", locations);
        Lexicon cached = CACHE.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Map<String, String> map = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (String location : locations) {
            read(location, map, ambiguous);
        }
        ambiguous.forEach(map::remove);
        Lexicon lexicon = new Lexicon(map);
        CACHE.put(cacheKey, lexicon);
        return lexicon;
    }

    private static void read(String location, Map<String, String> map, Set<String> ambiguous) throws IOException {
        try (InputStream in = open(location);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IOException(location + ", line " + number + ": expected 'name<TAB>type', found '" + line + "'");
                }
                String key = key(fields[0]);
                String type = fields[1].trim();
                String previous = map.putIfAbsent(key, type);
                if (previous != null && !previous.equals(type)) {
                    ambiguous.add(key);
                }
            }
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
            InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("lexicon not found on the class path: " + location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    /** The lookup form of a name: ASCII apostrophes and hyphens, single spaces. */
    static String key(String name) {
        return NerTokenizer.normalise(name).trim().replaceAll("\\s+", " ");
    }

    /** The type of a name as a whole, or null when the lexicon does not list it. */
    public String typeOf(String name) {
        return types.get(key(name));
    }

    public int size() {
        return types.size();
    }

    /**
     * The longest names found in a sequence of word pieces (see {@link WordPieces}), left to right,
     * not overlapping.
     */
    public List<Match> match(List<NerToken> pieces) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Match best = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < pieces.size() && j < i + longest * 2 + 2; j++) {
                if (j > i) {
                    key.append(pieces.get(j - 1).end() == pieces.get(j).begin() ? "" : " ");
                }
                key.append(pieces.get(j).text());
                String type = types.get(key.toString());
                if (type != null) {
                    best = new Match(i, j, type);
                }
            }
            if (best != null) {
                matches.add(best);
                i = best.last() + 1;
            } else {
                i++;
            }
        }
        return matches;
    }
}
