package org.annocorpus.ner.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * How entity spans become one label per token: BIO (begin, inside, outside) or BILOU (also last and
 * unit-length). The tagger decodes only label sequences the encoding allows.
 */
public enum Encoding {
    BIO, BILOU;

    /** The labels over the given entity types; label 0 is {@code O}. */
    public String[] labels(List<String> types) {
        List<String> labels = new ArrayList<>();
        labels.add("O");
        String prefixes = this == BIO ? "BI" : "BILU";
        for (String type : types) {
            for (char p : prefixes.toCharArray()) {
                labels.add(p + "-" + type);
            }
        }
        return labels.toArray(String[]::new);
    }

    /** The label sequence of a sentence of {@code size} tokens holding the given (non-overlapping) entities. */
    public String[] encode(int size, List<Span> entities) {
        String[] labels = new String[size];
        java.util.Arrays.fill(labels, "O");
        for (Span e : entities) {
            for (int i = e.first(); i <= e.last(); i++) {
                char p;
                if (this == BIO) {
                    p = i == e.first() ? 'B' : 'I';
                } else if (e.first() == e.last()) {
                    p = 'U';
                } else {
                    p = i == e.first() ? 'B' : i == e.last() ? 'L' : 'I';
                }
                labels[i] = p + "-" + e.type();
            }
        }
        return labels;
    }

    /** The entities of a label sequence; an ill-formed sequence is read leniently (a new type starts an entity). */
    public static List<Span> decode(String[] labels) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.length; i++) {
            String label = i < labels.length ? labels[i] : "O";
            char p = label.charAt(0);
            String t = label.equals("O") ? null : label.substring(2);
            boolean begins = p == 'B' || p == 'U' || t != null && !t.equals(type);
            if (start >= 0 && (t == null || begins)) {
                spans.add(new Span(start, i - 1, type));
                start = -1;
                type = null;
            }
            if (t != null && start < 0) {
                start = i;
                type = t;
            }
            if (start >= 0 && (p == 'L' || p == 'U')) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
        }
        return spans;
    }

    /** Whether label {@code next} may follow label {@code previous} ({@code null}: sentence start). */
    public boolean allowed(String previous, String next) {
        char p = previous == null ? 'O' : previous.charAt(0);
        char n = next.charAt(0);
        String pt = previous == null || previous.equals("O") ? null : previous.substring(2);
        String nt = next.equals("O") ? null : next.substring(2);
        boolean open = this == BILOU && (p == 'B' || p == 'I');
        if (this == BIO) {
            return n != 'I' || (nt.equals(pt));
        }
        if (open) {
            return (n == 'I' || n == 'L') && nt.equals(pt);
        }
        return n == 'O' || n == 'B' || n == 'U';
    }

    /** Whether a sentence may end on this label. */
    public boolean allowedLast(String label) {
        char p = label.charAt(0);
        return this == BIO || !(p == 'B' || p == 'I');
    }
}
