package org.annocorpus.ner.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Large name lists (gazetteers) as features of the tagger, group {@code wiki}: every token inside the longest
 * match of a list gets {@code B-list} or {@code I-list}, as Ratinov and Roth (2009) use Wikipedia's titles by
 * category. Matching ignores case (the tagger pairs the list tag with the word's shape).
 *
 * <p>The phrases are kept as 64-bit hashes of their lower-cased tokens in an open-addressing table, with a
 * mark on every proper prefix so that a match stops as soon as no longer phrase can follow: about 50 MB of
 * heap per million phrases instead of the several hundred a map of strings would take. The model file
 * carries the phrases themselves (gzip compresses text, not hashes). Unlike the project's own
 * {@code ner.Lexicon} (one type per name, for the rule layers), a token may be on several lists at once.
 */
public final class NameLists {

    /** Longest phrase kept, in tokens. */
    static final int MAX_TOKENS = 8;
    private static final int PREFIX = 1 << 31;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Split off as tokens of their own, as CoNLL-style tokens have them (the lists are plain text, not a CAS). */
    private static final Pattern PUNCTUATION = Pattern.compile("(?<=\\S)(?=[,;:)!?])|(?<=[(])(?=\\S)|(?=\\'s\\b)");

    private final List<String> names;
    /**
     * list index → its phrases (tokens joined by a space), kept for writing a model while training; a model
     * read back keeps only the hash table ({@code null} here).
     */
    private List<List<String>> phrases;
    private final int phraseCount;
    private long[] keys;
    private int[] masks;
    private int size;

    private NameLists(List<String> names, List<List<String>> phrases) {
        this(names, phrases.stream().mapToInt(List::size).sum());
        this.phrases = phrases;
        for (int l = 0; l < phrases.size(); l++) {
            for (String phrase : phrases.get(l)) {
                add(phrase, l);
            }
        }
    }

    /** An empty table for {@code expected} phrases of the named lists. */
    private NameLists(List<String> names, int expected) {
        if (names.size() > 31) {
            throw new IllegalArgumentException("at most 31 name lists, not " + names.size());
        }
        this.names = List.copyOf(names);
        this.phraseCount = expected;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 3)) * 2;
        keys = new long[capacity];
        masks = new int[capacity];
    }

    public static NameLists empty() {
        return new NameLists(List.of(), List.of());
    }

    /** Lists by name (in the order of their names), each a list of phrases with tokens separated by spaces. */
    public static NameLists of(Map<String, List<String>> lists) {
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(lists.keySet()));
        List<List<String>> phrases = new ArrayList<>();
        for (String n : names) {
            phrases.add(lists.get(n));
        }
        return new NameLists(names, phrases);
    }

    /**
     * Reads the list files of a directory: a list is named by its files' stems joined by {@code +}
     * ({@code WikiPeople+WikiPeopleRedirects}), each {@code STEM.lst}, {@code STEM.txt} or {@code STEM.csv}
     * with one phrase per line. Phrases are tokenized as the tagger's tokens are (commas, brackets, "'s"
     * apart); longer phrases than {@link #MAX_TOKENS} are left out.
     */
    public static NameLists read(Path dir, List<String> listNames) throws IOException {
        Map<String, List<String>> lists = new TreeMap<>();
        for (String name : listNames) {
            List<String> phrases = new ArrayList<>();
            String[] stems = name.split("\\+");
            for (String stem : stems) {
                Path f = null;
                for (String ext : List.of(".lst", ".txt", ".csv")) {
                    if (Files.isRegularFile(dir.resolve(stem + ext))) {
                        f = dir.resolve(stem + ext);
                    }
                }
                if (f == null) {
                    throw new IOException(dir + ": no list " + stem + " (" + stem + ".lst, .txt or .csv)");
                }
                for (String line : text(f).split("\n")) {
                    String phrase = normalise(line);
                    if (!phrase.isEmpty() && phrase.split(" ").length <= MAX_TOKENS) {
                        phrases.add(phrase);
                    }
                }
            }
            lists.put(stems[0], phrases.stream().distinct().sorted().toList());
        }
        return of(lists);
    }

    /** A list file's text: UTF-8, or Latin-1 where it is not (some of the lists are). */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A list line as tokens separated by single spaces. */
    static String normalise(String line) {
        String phrase = line.strip();
        if (phrase.startsWith("#")) {
            return "";
        }
        return String.join(" ", SPACE.split(PUNCTUATION.matcher(phrase).replaceAll(" ").strip()));
    }

    public List<String> names() {
        return names;
    }

    /** Number of phrases over all lists. */
    public int phraseCount() {
        return phraseCount;
    }

    /**
     * The list tags of each token: {@code result[i]} holds {@code B-name} or {@code I-name} for every list
     * with a longest match over token i (leftmost first, matches of one list do not overlap).
     */
    public List<List<String>> tags(List<String> words) {
        int n = words.size();
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(2));
        }
        if (size == 0) {
            return out;
        }
        // free[l] = first token after list l's last match; a list matches again only from there
        int[] free = new int[names.size()];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            int[] longest = new int[names.size()];
            for (int j = i; j < n && j < i + MAX_TOKENS; j++) {
                h = extend(h, words.get(j), j > i);
                int m = lookup(h);
                if (m == 0) {
                    break;
                }
                for (int l = 0; l < longest.length; l++) {
                    if ((m & (1 << l)) != 0) {
                        longest[l] = j - i + 1;
                    }
                }
            }
            for (int l = 0; l < longest.length; l++) {
                if (longest[l] > 0 && i >= free[l]) {
                    for (int k = i; k < i + longest[l]; k++) {
                        out.get(k).add((k == i ? "B-" : "I-") + names.get(l));
                    }
                    free[l] = i + longest[l];
                }
            }
        }
        return out;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long extend(long h, String word, boolean space) {
        if (space) {
            h = (h ^ ' ') * FNV_PRIME;
        }
        for (int k = 0; k < word.length(); k++) {
            h = (h ^ Character.toLowerCase(word.charAt(k))) * FNV_PRIME;
        }
        return h == 0 ? 1 : h;
    }

    private void add(String phrase, int list) {
        String[] tokens = phrase.split(" ");
        int bit = 1 << list;
        long h = FNV_OFFSET;
        for (int j = 0; j < tokens.length; j++) {
            h = extend(h, tokens[j], j > 0);
            put(h, j == tokens.length - 1 ? bit : PREFIX);
        }
    }

    private void put(long key, int bits) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        masks[slot] |= bits;
    }

    /** The list bits of a phrase (with {@link #PREFIX} when a longer phrase starts with it); 0 if none. */
    private int lookup(long key) {
        int slot = slot(key);
        return keys[slot] == key ? masks[slot] : 0;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldMasks = masks;
        keys = new long[oldKeys.length * 2];
        masks = new int[oldKeys.length * 2];
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = slot(oldKeys[s]);
                keys[slot] = oldKeys[s];
                masks[slot] = oldMasks[s];
                size++;
            }
        }
    }

    /** Writes the list names and sizes, then the phrases list by list. */
    public void write(DataOutputStream out) throws IOException {
        if (phrases == null) {
            throw new IllegalStateException("the name lists of a model read back cannot be written again");
        }
        out.writeInt(names.size());
        for (int l = 0; l < names.size(); l++) {
            out.writeUTF(names.get(l));
            out.writeInt(phrases.get(l).size());
        }
        for (List<String> list : phrases) {
            for (String phrase : list) {
                byte[] bytes = phrase.getBytes(StandardCharsets.UTF_8);
                out.writeShort(bytes.length);
                out.write(bytes);
            }
        }
    }

    /** Reads what {@link #write} wrote, building the table as the phrases come (no million strings on the heap). */
    public static NameLists read(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> names = new ArrayList<>(count);
        int[] sizes = new int[count];
        for (int l = 0; l < count; l++) {
            names.add(in.readUTF());
            sizes[l] = in.readInt();
        }
        NameLists lists = new NameLists(names, Arrays.stream(sizes).sum());
        byte[] buffer = new byte[1 << 16];
        for (int l = 0; l < count; l++) {
            for (int k = 0; k < sizes[l]; k++) {
                int length = in.readUnsignedShort();
                in.readFully(buffer, 0, length);
                lists.add(new String(buffer, 0, length, StandardCharsets.UTF_8), l);
            }
        }
        return lists;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d name lists, %d phrases", names.size(), phraseCount());
    }
}
