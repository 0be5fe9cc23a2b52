package org.annocorpus.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A text cut at every boundary of a set of possibly overlapping spans, so that each piece can be wrapped
 * in one nested element per span covering it and overlaps never break the markup. Pure: it knows offsets
 * and spans, nothing of HTML.
 *
 * <p>The result alternates {@link Point}s (what sits at a cut: spans ending there that want a label
 * after them, and empty spans) and {@link Piece}s (a stretch of text and the spans covering it). A point
 * is only listed where something sits. Spans keep the order they were given in (the drawing order), in
 * every list. A cut that would fall between the two halves of a surrogate pair is dropped, so no piece
 * splits a character; a span's ends are then widened to the nearest cut around it.
 *
 * @param <A> the span type
 */
final class TextSegmentation<A> {

    /** What the segmentation is made of, in text order. */
    sealed interface Part<A> permits Point, Piece {
    }

    /**
     * A cut at {@code at} where something sits: the spans ending there that take a label after them
     * ({@code ending}), the empty spans at it ({@code empty}), and the spans that run on across the cut
     * ({@code across}: they began before it and cover the next piece), in which those are nested.
     */
    record Point<A>(int at, List<A> ending, List<A> empty, List<A> across) implements Part<A> {
    }

    /** The text from {@code from} to {@code to} and the spans covering it, outermost first. */
    record Piece<A>(int from, int to, List<A> covering) implements Part<A> {
    }

    private final ToIntFunction<A> begin;
    private final ToIntFunction<A> end;
    private final Predicate<A> labelledAtEnd;

    /**
     * @param begin where a span begins (UTF-16 offset into the text)
     * @param end where a span ends
     * @param labelledAtEnd which spans take a label after their last piece
     */
    TextSegmentation(ToIntFunction<A> begin, ToIntFunction<A> end, Predicate<A> labelledAtEnd) {
        this.begin = begin;
        this.end = end;
        this.labelledAtEnd = labelledAtEnd;
    }

    /** The parts of {@code text} under {@code spans}, given in drawing order (outermost first). */
    List<Part<A>> segment(String text, List<A> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (A a : spans) {
            cuts.add(begin.applyAsInt(a));
            cuts.add(end.applyAsInt(a));
        }
        cuts.removeIf(p -> insideSurrogatePair(text, p));
        int[] points = cuts.stream().mapToInt(Integer::intValue).toArray();
        int segments = points.length - 1;
        // what covers each piece, and what ends or sits at each cut; filled in drawing order
        List<List<A>> covering = lists(segments);
        List<List<A>> ending = lists(points.length);
        List<List<A>> empty = lists(points.length);
        for (A a : spans) {
            int b = begin.applyAsInt(a);
            int e = end.applyAsInt(a);
            if (b == e) {
                empty.get(ceiling(points, b)).add(a);
                continue;
            }
            int last = ceiling(points, e) - 1;
            for (int i = Math.min(floor(points, b), last); i <= last; i++) {
                covering.get(i).add(a);
            }
            if (labelledAtEnd.test(a)) {
                ending.get(last + 1).add(a);
            }
        }
        List<Part<A>> parts = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            List<A> next = i < segments ? covering.get(i) : List.of();
            if (!ending.get(i).isEmpty() || !empty.get(i).isEmpty()) {
                int at = points[i];
                List<A> across = next.stream().filter(a -> begin.applyAsInt(a) < at).toList();
                parts.add(new Point<>(at, List.copyOf(ending.get(i)), List.copyOf(empty.get(i)), across));
            }
            if (i < segments) {
                parts.add(new Piece<>(points[i], points[i + 1], List.copyOf(next)));
            }
        }
        return parts;
    }

    private static <A> List<List<A>> lists(int n) {
        List<List<A>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /** Index of the first cut at or after {@code offset}. */
    private static int ceiling(int[] points, int offset) {
        int i = Arrays.binarySearch(points, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last cut at or before {@code offset}. */
    private static int floor(int[] points, int offset) {
        int i = Arrays.binarySearch(points, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static boolean insideSurrogatePair(String text, int p) {
        return p > 0 && p < text.length() && Character.isHighSurrogate(text.charAt(p - 1))
                && Character.isLowSurrogate(text.charAt(p));
    }
}
