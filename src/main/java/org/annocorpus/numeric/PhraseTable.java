package org.annocorpus.numeric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of multi-lexeme phrases ("more than", "US$", "square kilometres") mapped to a value, matched
 * against a lexeme sequence. A phrase lexeme of lower-case letters matches any capitalisation; any other
 * lexeme matches as written. Spacing must agree: "US$" matches only when "US" and "$" touch, "per cent"
 * only when they do not. A phrase never spans a line break.
 */
final class PhraseTable<T> {

    /** A phrase found in the text: the lexemes {@code first..last} (inclusive) and its value. */
    record Match<T>(int first, int last, T value) {
    }

    private record Entry<T>(List<Lexeme> lexemes, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<T>>> byLast = new HashMap<>();

    void add(String phrase, T value) {
        List<Lexeme> lexemes = Lexer.lex(phrase);
        if (lexemes.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Entry<T> entry = new Entry<>(lexemes, value);
        byFirst.computeIfAbsent(key(lexemes.get(0)), k -> new ArrayList<>()).add(entry);
        byLast.computeIfAbsent(key(lexemes.get(lexemes.size() - 1)), k -> new ArrayList<>()).add(entry);
    }

    /** Every value of the table (for checks of the vocabulary). */
    List<T> values() {
        List<T> all = new ArrayList<>();
        byFirst.values().forEach(entries -> entries.forEach(e -> all.add(e.value)));
        return all;
    }

    /** The longest phrase that starts at lexeme {@code start}, or null. */
    Match<T> matchAt(List<Lexeme> text, int start) {
        if (start < 0 || start >= text.size()) {
            return null;
        }
        Match<T> best = null;
        for (Entry<T> e : byFirst.getOrDefault(key(text.get(start)), List.of())) {
            int len = e.lexemes.size();
            if (start + len <= text.size() && matches(e, text, start)
                    && (best == null || len > best.last - best.first + 1)) {
                best = new Match<>(start, start + len - 1, e.value);
            }
        }
        return best;
    }

    /** The longest phrase that ends at lexeme {@code last}, or null. */
    Match<T> matchEndingAt(List<Lexeme> text, int last) {
        if (last < 0 || last >= text.size()) {
            return null;
        }
        Match<T> best = null;
        for (Entry<T> e : byLast.getOrDefault(key(text.get(last)), List.of())) {
            int len = e.lexemes.size();
            int start = last - len + 1;
            if (start >= 0 && matches(e, text, start) && (best == null || len > best.last - best.first + 1)) {
                best = new Match<>(start, last, e.value);
            }
        }
        return best;
    }

    boolean contains(Lexeme single) {
        for (Entry<T> e : byFirst.getOrDefault(key(single), List.of())) {
            if (e.lexemes.size() == 1 && same(e.lexemes.get(0), single)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Entry<T> e, List<Lexeme> text, int start) {
        for (int k = 0; k < e.lexemes.size(); k++) {
            Lexeme form = e.lexemes.get(k);
            Lexeme actual = text.get(start + k);
            if (!same(form, actual)) {
                return false;
            }
            if (k > 0 && (form.attached() != actual.attached() || actual.newlineBefore())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Lexeme form, Lexeme actual) {
        if (form.kind() != actual.kind()) {
            return false;
        }
        return isLowerWord(form) ? form.text().equals(actual.lower()) : form.text().equals(actual.text());
    }

    private static boolean isLowerWord(Lexeme l) {
        return l.isWord() && l.text().equals(l.lower());
    }

    private static String key(Lexeme l) {
        return l.text().toLowerCase(Locale.ROOT);
    }
}
