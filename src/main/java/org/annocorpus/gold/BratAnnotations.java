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

    /** A line that is not brat standoff at all. */
    public record SyntaxError(int line, String problem) {
    }

    public final List<TextBound> textBounds = new ArrayList<>();
    public final List<Attribute> attributes = new ArrayList<>();
    public final List<Note> notes = new ArrayList<>();
    public final List<Relation> relations = new ArrayList<>();
    public final List<SyntaxError> syntaxErrors = new ArrayList<>();

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
