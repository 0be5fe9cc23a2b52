package org.annocorpus.ner.neural;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annocorpus.ner.tagger.TaggedSentence;

/**
 * The vocabulary of a model to train, kept small: the words of the training data that have a GloVe vector,
 * the {@code topWords} most frequent GloVe words, and training words without a vector seen at least twice
 * (random vectors); the characters of the training data.
 */
final class VocabularyBuilder {

    /** The vocabulary and, per word id, its GloVe vector or {@code null} (random start). */
    record Result(Vocabulary vocabulary, List<float[]> vectors) {
    }

    private VocabularyBuilder() {
    }

    static Result build(List<TaggedSentence> sentences, List<String> gloveWords, List<float[]> gloveVectors,
            int topWords, int dim) {
        Map<String, Integer> glove = new HashMap<>();
        for (int i = 0; i < gloveWords.size(); i++) {
            if (gloveVectors.get(i).length != dim) {
                throw new IllegalArgumentException("GloVe vector of '" + gloveWords.get(i) + "' has "
                        + gloveVectors.get(i).length + " dimensions, the model " + dim);
            }
            glove.putIfAbsent(gloveWords.get(i), i);
        }
        Map<String, Integer> counts = new TreeMap<>();
        Set<Character> chars = new TreeSet<>();
        for (TaggedSentence s : sentences) {
            for (String token : s.tokens()) {
                String key = Vocabulary.key(token);
                if (!glove.containsKey(key) && glove.containsKey(Vocabulary.digitKey(token))) {
                    key = Vocabulary.digitKey(token);
                }
                counts.merge(key, 1, Integer::sum);
                for (char c : token.toCharArray()) {
                    chars.add(c);
                }
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        List<float[]> vectors = new ArrayList<>();
        chosen.add("<unk>");
        vectors.add(null);
        for (int i = 0; i < gloveWords.size(); i++) { // GloVe's order: most frequent first
            String w = gloveWords.get(i);
            if ((i < topWords || counts.containsKey(w)) && glove.get(w) == i && chosen.add(w)) {
                vectors.add(gloveVectors.get(i));
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && !glove.containsKey(e.getKey()) && chosen.add(e.getKey())) {
                vectors.add(null);
            }
        }
        StringBuilder characters = new StringBuilder("\u0000");
        chars.forEach(characters::append);
        return new Result(new Vocabulary(new ArrayList<>(chosen), characters.toString()), vectors);
    }
}
