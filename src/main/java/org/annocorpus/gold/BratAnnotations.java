package org.annocorpus.gold;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one brat standoff {@code .ann} file, parsed but not yet checked against the text or the
 * scheme. Every element keeps its 1-based line so that checks can point at it.
 */
public final class BratAnnotations {

    /** {@code T1	TYPE BEGIN END	TEXT}; offsets in code points, end exclusive. */
    public record TextBound(String id, String type, int begin, int end, String text, int line) {
    }

    /** {@code A1	NAME TARGET VALUE}. */
    public record Attribute(String id, String name, String target, String value, int line) {
    }

    /** {@code #1	NAME TARGET	TEXT}: a free-text feature. */
    public record Note(String id, String name, String target, String text, int line) {
    }

    /** {@code R1	NAME Arg1:T1 Arg2:T2}. */
    public record Relation(String id, String name, String arg1, String arg2, int line) {
    }

    /**
     * {@code T1	TYPE B E;B E	TEXT}: a span in fragments, as brat allows and the scheme does not; read only by
     * {@link BratParser#parseStandoff} (for importing other corpora), a syntax error for gold.
     */
    public record Fragmented(String id, String type, List<Fragment> fragments, String text, int line) {
    }

    /** One fragment of a span: code points, end exclusive. */
    public record Fragment(int begin, int end) {
    }

    /**
     * {@code E1	TYPE:T1 ROLE:T2 ...}: an event, its trigger and its arguments in file order; read only by
     * {@link BratParser#parseStandoff}, a syntax error for gold.
     */
    public record Event(String id, String type, String trigger, List<Argument> arguments, int line) {
    }

    /** An event's argument: a role ("Source", "Content2") and the id of a text-bound annotation. */
    public record Argument(String role, String target) {
    }

    /** A line that is not brat standoff at all. */
    public record SyntaxError(int line, String problem) {
    }

    public final List<TextBound> textBounds = new ArrayList<>();
    public final List<Attribute> attributes = new ArrayList<>();
    public final List<Note> notes = new ArrayList<>();
    public final List<Relation> relations = new ArrayList<>();
    public final List<SyntaxError> syntaxErrors = new ArrayList<>();
    /** Only from {@link BratParser#parseStandoff}. */
    public final List<Fragmented> fragmented = new ArrayList<>();
    /** Only from {@link BratParser#parseStandoff}. */
    public final List<Event> events = new ArrayList<>();

    public TextBound textBound(String id) {
        return textBounds.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    public List<Attribute> attributesOf(String target) {
        return attributes.stream().filter(a -> a.target().equals(target)).toList();
    }

    public List<Note> notesOf(String target) {
        return notes.stream().filter(n -> n.target().equals(target)).toList();
    }

    public List<Relation> relationsFrom(String arg1) {
        return relations.stream().filter(r -> r.arg1().equals(arg1)).toList();
    }
}
