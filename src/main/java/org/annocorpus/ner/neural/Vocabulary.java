package org.annocorpus.ner.neural;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network's input symbols: word ids (lower-cased, digits as 0 as a fallback; id 0 is the unknown word),
 * character ids (as written; id 0 is the unknown character) and a word's casing class.
 */
final class Vocabulary {

    /** Casing classes (Lample et al. 2016 use a similar feature): a one-hot vector beside the embeddings. */
    static final int CASINGS = 7;

    final List<String> words;
    final String characters;
    private final Map<String, Integer> wordIndex = new HashMap<>();
    private final Map<Character, Integer> charIndex = new HashMap<>();

    /** {@code words.get(0)} is the unknown word; {@code characters.charAt(0)} stands for unknown characters. */
    Vocabulary(List<String> words, String characters) {
        this.words = words;
        this.characters = characters;
        for (int i = 0; i < words.size(); i++) {
            wordIndex.putIfAbsent(words.get(i), i);
        }
        for (int i = 1; i < characters.length(); i++) {
            charIndex.putIfAbsent(characters.charAt(i), i);
        }
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static String digitKey(String word) {
        return key(word).replaceAll("[0-9]", "0");
    }

    int word(String token) {
        Integer id = wordIndex.get(key(token));
        if (id == null) {
            id = wordIndex.get(digitKey(token));
        }
        return id == null ? 0 : id;
    }

    int[] chars(String token) {
        int[] ids = new int[token.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = charIndex.getOrDefault(token.charAt(i), 0);
        }
        return ids;
    }

    static int casing(String token) {
        int digits = 0;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        int n = token.length();
        if (digits == n) {
            return 0;
        }
        if (2 * digits > n) {
            return 1;
        }
        if (lower == n) {
            return 2;
        }
        if (upper == n) {
            return 3;
        }
        if (Character.isUpperCase(token.charAt(0))) {
            return 4;
        }
        return digits > 0 ? 5 : 6;
    }

    int size() {
        return words.size();
    }
}
