package org.annocorpus.gold;

import org.annocorpus.scheme.Labels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link BratDocument} as a gold {@code .ann} file: T lines in text order, then the A lines
 * (value, unit, qualifier of each numeric claim), the # notes (quantified, speaker) and the
 * speakerMention R lines, as gold/README.md describes them.
 * <p>
 * Given the file it replaces, every line that still says the same thing keeps its id (and a value its
 * spelling, 1.5E9 or 1500000000), and brat's own AnnotatorNotes on annotations that remain are kept:
 * a corrected document differs from its previous version only where it was corrected. New lines get
 * the next free ids.
 */
public final class BratAnnWriter {

    private BratAnnWriter() {
    }

    public static String render(BratDocument document) {
        return render(document, null);
    }

    /** @param previous the parsed file this one replaces, or null */
    public static String render(BratDocument document, BratAnnotations previous) {
        Ids ids = new Ids(previous);
        int[] cps = document.text().codePoints().toArray();
        List<Line> lines = new ArrayList<>();
        Map<BratDocument.Span, String> tIds = new IdentityHashMap<>();

        for (BratDocument.Span span : document.spans()) {
            String id = ids.textBound(span);
            tIds.put(span, id);
            lines.add(new Line(id, id + "\t" + span.type() + " " + span.begin() + " " + span.end() + "\t"
                    + bratText(new String(cps, span.begin(), span.end() - span.begin()))));
        }
        for (BratDocument.Span span : document.spans()) {
            String target = tIds.get(span);
            for (Map.Entry<String, String> a : span.attributes().entrySet()) {
                String value = Labels.VALUE.equals(a.getKey()) ? number(a.getValue()) : a.getValue();
                if (value == null) {
                    continue;
                }
                BratAnnotations.Attribute old = ids.attribute(a.getKey(), target, value);
                String id = old != null ? old.id() : ids.next('A');
                lines.add(new Line(id, id + "\t" + a.getKey() + " " + target + " " + (old != null ? old.value() : value)));
            }
        }
        for (BratDocument.Span span : document.spans()) {
            String target = tIds.get(span);
            for (Map.Entry<String, String> n : span.notes().entrySet()) {
                String text = n.getValue().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
                String id = ids.note(n.getKey(), target, text);
                lines.add(new Line(id, id + "\t" + n.getKey() + " " + target + "\t" + text));
            }
            for (BratAnnotations.Note kept : ids.annotatorNotes(target)) {
                lines.add(new Line(kept.id(), kept.id() + "\t" + kept.name() + " " + target + "\t" + kept.text()));
            }
        }
        for (BratDocument.Span span : document.spans()) {
            if (span.mention() != null) {
                String arg1 = tIds.get(span);
                String arg2 = tIds.get(span.mention());
                String id = ids.relation(arg1, arg2);
                lines.add(new Line(id, id + "\t" + Labels.SPEAKER_MENTION + " Arg1:" + arg1 + " Arg2:" + arg2));
            }
        }
        // T, A, #, R blocks in that order; within a block by id number
        lines.sort((x, y) -> {
            int kind = Integer.compare(kindRank(x.id), kindRank(y.id));
            return kind != 0 ? kind : Integer.compare(idNumber(x.id), idNumber(y.id));
        });
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.text).append('\n'));
        return out.toString();
    }

    private record Line(String id, String text) {
    }

    private static int kindRank(String id) {
        return "TA#R".indexOf(id.charAt(0));
    }

    private static int idNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /** The covered text as a brat line holds it: a line break cannot stand in a line (as the validator reads it). */
    static String bratText(String covered) {
        return covered.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** A value as the scheme writes it: 54000, 0.5, 1.5E9 read from any decimal spelling; null when none. */
    static String number(String value) {
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(v)) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toString();
    }

    /** Hands out ids: the previous file's where the line is unchanged, otherwise the next free one. */
    private static final class Ids {
        private final BratAnnotations previous;
        private final Map<Character, Integer> max = new HashMap<>();
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Ids(BratAnnotations previous) {
            this.previous = previous;
            if (previous != null) {
                previous.textBounds.forEach(t -> bump(t.id()));
                previous.attributes.forEach(a -> bump(a.id()));
                previous.notes.forEach(n -> bump(n.id()));
                previous.relations.forEach(r -> bump(r.id()));
            }
        }

        private void bump(String id) {
            try {
                max.merge(id.charAt(0), Integer.parseInt(id.substring(1)), Math::max);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // not an id of the form X123: it cannot collide with the ones handed out
            }
        }

        String next(char kind) {
            int n = max.merge(kind, 1, Integer::sum);
            return kind + Integer.toString(n);
        }

        private String claim(String id) {
            return used.add(id) ? id : null;
        }

        String textBound(BratDocument.Span span) {
            if (previous != null) {
                for (BratAnnotations.TextBound t : previous.textBounds) {
                    if (t.type().equals(span.type()) && t.begin() == span.begin() && t.end() == span.end()
                            && claim(t.id()) != null) {
                        return t.id();
                    }
                }
            }
            return next('T');
        }

        BratAnnotations.Attribute attribute(String name, String target, String value) {
            if (previous == null) {
                return null;
            }
            for (BratAnnotations.Attribute a : previous.attributes) {
                if (a.name().equals(name) && a.target().equals(target) && sameValue(name, a.value(), value)
                        && claim(a.id()) != null) {
                    return a;
                }
            }
            return null;
        }

        private static boolean sameValue(String name, String old, String value) {
            if (Labels.VALUE.equals(name)) {
                String normalised = number(old);
                return normalised != null && normalised.equals(value);
            }
            return old.equals(value);
        }

        String note(String name, String target, String text) {
            if (previous != null) {
                for (BratAnnotations.Note n : previous.notes) {
                    if (n.name().equals(name) && n.target().equals(target) && n.text().equals(text) && claim(n.id()) != null) {
                        return n.id();
                    }
                }
            }
            return next('#');
        }

        /** brat's own comments on an annotation that is still there (the tools ignore them). */
        List<BratAnnotations.Note> annotatorNotes(String target) {
            if (previous == null) {
                return List.of();
            }
            return previous.notes.stream().filter(n -> n.name().equals(GoldValidator.ANNOTATOR_NOTES)
                    && n.target().equals(target) && claim(n.id()) != null).toList();
        }

        String relation(String arg1, String arg2) {
            if (previous != null) {
                for (BratAnnotations.Relation r : previous.relations) {
                    if (r.name().equals(Labels.SPEAKER_MENTION) && r.arg1().equals(arg1) && r.arg2().equals(arg2)
                            && claim(r.id()) != null) {
                        return r.id();
                    }
                }
            }
            return next('R');
        }
    }
}
