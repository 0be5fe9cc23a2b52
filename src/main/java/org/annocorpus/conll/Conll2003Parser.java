package org.annocorpus.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a CoNLL-2003 named-entity file: one token per line with space- or tab-separated columns
 * (four columns token, POS, chunk, NE, or two columns token, NE; the NE tag is always the last column),
 * a blank line after each sentence, and optional {@code -DOCSTART-} lines between documents. A file
 * without {@code -DOCSTART-} lines is one document. NE tags may be IOB1 or IOB2: they are decoded into
 * entity spans the way conlleval does, so either gives the same entities.
 */
public final class Conll2003Parser {

    private static final Pattern TAG = Pattern.compile("O|[BI]-[^\\s]+");
    private static final Pattern COLUMNS = Pattern.compile("[ \\t]+");

    private Conll2003Parser() {
    }

    /** A sentence: its tokens, their NE tags as written, and the line of its first token. */
    public record Sentence(List<String> tokens, List<String> tags, int line) {

        /** The entities of the sentence. */
        public List<Entity> entities() {
            return decode(tags);
        }
    }

    /** Tokens {@code first..last} (inclusive) of a sentence form an entity of a type. */
    public record Entity(int first, int last, String type) {
    }

    /** A document: its sentences in order. */
    public record Document(List<Sentence> sentences) {
    }

    public static List<Document> parse(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        }
    }

    /** Parses CoNLL text; {@code name} names the source in error messages. */
    public static List<Document> parse(String name, Reader text) throws IOException {
        BufferedReader reader = text instanceof BufferedReader b ? b : new BufferedReader(text);
        List<Document> documents = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int sentenceLine = 0;
        int columns = -1;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                endSentence(sentences, tokens, tags, sentenceLine);
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            String[] fields = COLUMNS.split(trimmed);
            if (fields[0].equals("-DOCSTART-")) {
                endSentence(sentences, tokens, tags, sentenceLine);
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                if (!sentences.isEmpty()) {
                    documents.add(new Document(sentences));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            if (fields.length < 2) {
                throw new IOException(name + ", line " + number + ": expected a token and an NE tag, found '" + line + "'");
            }
            if (columns < 0) {
                columns = fields.length;
            } else if (fields.length != columns) {
                throw new IOException(name + ", line " + number + ": " + fields.length + " columns where the file has "
                        + columns);
            }
            String tag = fields[fields.length - 1];
            if (!TAG.matcher(tag).matches()) {
                throw new IOException(name + ", line " + number + ": '" + tag + "' is not an IOB tag (O, B-TYPE or I-TYPE)");
            }
            if (tokens.isEmpty()) {
                sentenceLine = number;
            }
            tokens.add(fields[0]);
            tags.add(tag);
        }
        endSentence(sentences, tokens, tags, sentenceLine);
        if (!sentences.isEmpty()) {
            documents.add(new Document(sentences));
        }
        return documents;
    }

    private static void endSentence(List<Sentence> sentences, List<String> tokens, List<String> tags, int line) {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), line));
        }
    }

    /**
     * Entity spans of a tag sequence, as conlleval reads them: an entity starts at B-X, or at I-X after
     * O or after a tag of another type (IOB1), and goes on over I-X.
     */
    public static List<Entity> decode(List<String> tags) {
        List<Entity> entities = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.equals("O") ? null : tag.substring(2);
            boolean begins = tag.startsWith("B-") || tagType != null && !tagType.equals(type);
            if (start >= 0 && (tagType == null || begins)) {
                entities.add(new Entity(start, i - 1, type));
                start = -1;
                type = null;
            }
            if (tagType != null && start < 0) {
                start = i;
                type = tagType;
            }
        }
        return entities;
    }

    private static final Pattern DATELINE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Cuts a document into the news articles it holds, for CoNLL files whose {@code -DOCSTART-} lines were
     * removed. Every CoNLL-2003 article (Reuters) opens with a headline and a dateline, a short line
     * ending in the date ("LONDON 1996-08-30"): a new document starts at the sentence before each
     * dateline.
     */
    public static List<Document> splitAtDatelines(Document document) {
        List<Sentence> all = document.sentences();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 1; i < all.size(); i++) {
            List<String> tokens = all.get(i).tokens();
            boolean dateline = tokens.size() <= 8 && DATELINE_DATE.matcher(tokens.get(tokens.size() - 1)).matches();
            int start = i - 1;
            if (dateline && start > starts.get(starts.size() - 1)) {
                starts.add(start);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : all.size();
            documents.add(new Document(List.copyOf(all.subList(starts.get(k), end))));
        }
        return documents;
    }

    /** IOB2 tags for entities over {@code size} tokens. */
    public static List<String> encodeIob2(List<Entity> entities, int size) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(size, "O"));
        for (Entity e : entities) {
            tags.set(e.first(), "B-" + e.type());
            for (int i = e.first() + 1; i <= e.last(); i++) {
                tags.set(i, "I-" + e.type());
            }
        }
        return tags;
    }
}
