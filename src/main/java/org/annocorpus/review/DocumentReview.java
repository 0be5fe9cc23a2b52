package org.annocorpus.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Layer;
import org.annocorpus.eval.DocumentScorer;
import org.annocorpus.eval.DocumentSpans;
import org.annocorpus.eval.ScoringError;
import org.annocorpus.eval.Span;
import org.annocorpus.util.CodePointOffsets;

/**
 * A document as the review shows it: its text, every gold and system annotation of the scored layers, and
 * for each the scorer's verdict. The verdicts are not recomputed: they are read off the errors that
 * {@link DocumentScorer} reports (strict pairing, attributes of exact pairs). An annotation no error names
 * is correct, and its partner is the identical annotation on the other side.
 *
 * @param layers the scored layers; {@code shown}: the layers whose gold is shown for reading only
 * @param problem why the system output of this document was not used (it is then scored as empty), or null
 */
public record DocumentReview(String id, String text, List<Layer> layers, List<Layer> shown,
        List<ReviewedAnnotation> annotations, List<ErrorRow> errors, DocumentScorer.Result result, String problem) {

    /** An error of the scorer and the annotations it is about (either id may be null). */
    public record ErrorRow(ScoringError error, String goldId, String systemId) {
    }

    public DocumentReview {
        layers = List.copyOf(layers);
        shown = List.copyOf(shown);
        annotations = List.copyOf(annotations);
        errors = List.copyOf(errors);
    }

    /**
     * @param goldShown gold of the layers {@code shown} for reading only (not scored)
     */
    public static DocumentReview of(DocumentSpans gold, DocumentSpans system, DocumentScorer.Result result,
            List<Layer> layers, DocumentSpans goldShown, List<Layer> shown, String problem) {
        CodePointOffsets offsets = new CodePointOffsets(gold.text());
        List<ReviewedAnnotation> all = new ArrayList<>();
        Map<ScoringError, ErrorRow> rows = new IdentityHashMap<>();
        int[] next = {0, 0};
        for (Layer layer : layers) {
            List<ReviewedAnnotation> g = annotations(gold, layer, true, true, offsets, next);
            List<ReviewedAnnotation> s = annotations(system, layer, false, true, offsets, next);
            List<ScoringError> errors = result.errors().stream().filter(e -> e.layer() == layer).toList();
            link(g, s, errors, rows);
            all.addAll(g);
            all.addAll(s);
        }
        for (Layer layer : shown) {
            all.addAll(annotations(goldShown, layer, true, false, offsets, next));
        }
        List<ErrorRow> errorRows = result.errors().stream()
                .map(e -> rows.getOrDefault(e, new ErrorRow(e, null, null))).toList();
        return new DocumentReview(gold.id(), gold.text(), layers, shown, all, errorRows, result, problem);
    }

    /** A system document that has no gold: its annotations shown for reading, nothing scored. */
    public static DocumentReview withoutGold(DocumentSpans system) {
        CodePointOffsets offsets = new CodePointOffsets(system.text());
        List<ReviewedAnnotation> all = new ArrayList<>();
        int[] next = {0, 0};
        for (Layer layer : Layer.values()) {
            all.addAll(annotations(system, layer, false, false, offsets, next));
        }
        DocumentSpans none = DocumentSpans.empty(system.id(), system.text());
        DocumentScorer.Result nothing = new DocumentScorer(List.of(), 0).score(none, none);
        return new DocumentReview(system.id(), system.text(), List.of(), List.of(Layer.values()), all, List.of(), nothing,
                null);
    }

    /** True for the page of a system document without gold ({@link #withoutGold}). */
    public boolean isWithoutGold() {
        return layers.isEmpty() && annotations.stream().noneMatch(ReviewedAnnotation::gold);
    }

    public ReviewedAnnotation annotation(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    private static List<ReviewedAnnotation> annotations(DocumentSpans document, Layer layer, boolean gold,
            boolean scored, CodePointOffsets offsets, int[] next) {
        List<ReviewedAnnotation> list = new ArrayList<>();
        for (Span span : document.spans(layer)) {
            String id = (gold ? "g" : "s") + next[gold ? 0 : 1]++;
            list.add(new ReviewedAnnotation(id, gold, layer, span.type(), span.begin(), span.end(),
                    offsets.toCodePoints(span.begin()), offsets.toCodePoints(span.end()),
                    document.text().substring(span.begin(), span.end()), span.features(), null, null, "", scored));
        }
        return list;
    }

    /** Gives each annotation of one layer its verdict and partner, from the errors the scorer reported. */
    private static void link(List<ReviewedAnnotation> gold, List<ReviewedAnnotation> system, List<ScoringError> errors,
            Map<ScoringError, ErrorRow> rows) {
        Unassigned goldLeft = new Unassigned(gold);
        Unassigned systemLeft = new Unassigned(system);
        List<ScoringError> attributeErrors = new ArrayList<>();
        for (ScoringError error : errors) {
            if (error.kind() == ScoringError.Kind.ATTRIBUTE) {
                attributeErrors.add(error); // an exact pair: its strict verdict is settled below first
                continue;
            }
            Integer g = error.gold() == null ? null : goldLeft.take(error.gold());
            Integer s = error.system() == null ? null : systemLeft.take(error.system());
            if (g != null) {
                gold.set(g, gold.get(g).withVerdict(error.kind(), s == null ? null : system.get(s).id(), ""));
            }
            if (s != null) {
                system.set(s, system.get(s).withVerdict(error.kind(), g == null ? null : gold.get(g).id(), ""));
            }
            rows.put(error, new ErrorRow(error, g == null ? null : gold.get(g).id(), s == null ? null : system.get(s).id()));
        }
        // what no error names was paired with an identical annotation
        for (int g : goldLeft.remaining()) {
            Integer s = systemLeft.take(Key.of(gold.get(g)));
            if (s != null) {
                gold.set(g, gold.get(g).withVerdict(null, system.get(s).id(), ""));
                system.set(s, system.get(s).withVerdict(null, gold.get(g).id(), ""));
            }
        }
        for (ScoringError error : attributeErrors) {
            for (int g = 0; g < gold.size(); g++) {
                ReviewedAnnotation a = gold.get(g);
                if (a.error() == null && a.partner() != null && Key.of(a).equals(Key.of(error.gold()))) {
                    int s = indexOf(system, a.partner());
                    if (Key.of(system.get(s)).equals(Key.of(error.system()))) {
                        gold.set(g, a.withVerdict(ScoringError.Kind.ATTRIBUTE, a.partner(), error.detail()));
                        system.set(s, system.get(s).withVerdict(ScoringError.Kind.ATTRIBUTE, a.id(), error.detail()));
                        rows.put(error, new ErrorRow(error, a.id(), a.partner()));
                        break;
                    }
                }
            }
        }
    }

    private static int indexOf(List<ReviewedAnnotation> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no annotation " + id);
    }

    /** What an error names an annotation by: its type and code point offsets. */
    private record Key(String type, int begin, int end) {
        static Key of(ReviewedAnnotation a) {
            return new Key(a.type(), a.cpBegin(), a.cpEnd());
        }

        static Key of(ScoringError.Mention m) {
            return new Key(m.type(), m.begin(), m.end());
        }
    }

    /** The annotations of one side not yet given a verdict, by key, in text order. */
    private static final class Unassigned {
        private final Map<Key, Deque<Integer>> byKey = new HashMap<>();
        private final boolean[] taken;

        Unassigned(List<ReviewedAnnotation> annotations) {
            taken = new boolean[annotations.size()];
            for (int i = 0; i < annotations.size(); i++) {
                byKey.computeIfAbsent(Key.of(annotations.get(i)), k -> new ArrayDeque<>()).add(i);
            }
        }

        Integer take(ScoringError.Mention mention) {
            return take(Key.of(mention));
        }

        Integer take(Key key) {
            Deque<Integer> queue = byKey.get(key);
            if (queue == null || queue.isEmpty()) {
                return null;
            }
            int i = queue.removeFirst();
            taken[i] = true;
            return i;
        }

        List<Integer> remaining() {
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < taken.length; i++) {
                if (!taken[i]) {
                    left.add(i);
                }
            }
            return left;
        }
    }
}
