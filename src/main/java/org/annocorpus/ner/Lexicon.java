package org.annocorpus.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.annocorpus.util.TsvResource;

/**
 * A gazetteer of names with their entity type, read from tab-separated files ({@code name TAB type},
 * {@code #} starts a comment line). Names are matched case-sensitively on word boundaries; typographic
 * apostrophes and hyphens count as their ASCII forms. A name listed twice with different types is
 * ambiguous and left out.
 */
public final class Lexicon {

    /** The shipped lists, one constant each so that the components' parameter defaults can name them. */
    public static final String COUNTRIES = "classpath:/org/annocorpus/ner/lexicon/countries.tsv";
    public static final String PLACES = "classpath:/org/annocorpus/ner/lexicon/places.tsv";
    public static final String CITIES = "classpath:/org/annocorpus/ner/lexicon/cities.tsv";
    public static final String DEMONYMS = "classpath:/org/annocorpus/ner/lexicon/demonyms.tsv";
    public static final String ORGANISATIONS = "classpath:/org/annocorpus/ner/lexicon/organisations.tsv";

    /** The lexicon files shipped with the project (see the README next to them). */
    public static final String[] DEFAULT_LOCATIONS = {COUNTRIES, PLACES, CITIES,
            DEMONYMS, ORGANISATIONS};

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
        for (TsvResource.Row row : TsvResource.rowsAt(location, 2)) {
            String[] fields = row.fields();
            if (fields[0].isBlank() || fields[1].isBlank()) {
                throw new IOException(location + ":" + row.line() + ": expected 'name<TAB>type', found '"
                        + String.join("\t", fields) + "'");
            }
            String key = key(fields[0]);
            String type = fields[1].trim();
            String previous = map.putIfAbsent(key, type);
            if (previous != null && !previous.equals(type)) {
                ambiguous.add(key);
            }
        }
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
