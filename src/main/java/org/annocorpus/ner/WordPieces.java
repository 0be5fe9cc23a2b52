package org.annocorpus.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts NER tokens further at hyphens between words ("US-led" into "US", "-", "led"), so that a name
 * joined to another word by a hyphen can be found on its own. Names that contain a hyphen themselves
 * ("Indo-Pacific") are still found: the lexicon joins touching pieces without a space.
 */
final class WordPieces {

    private WordPieces() {
    }

    /** The pieces of a list of tokens, offsets exact. */
    public static List<NerToken> of(List<NerToken> tokens) {
        List<NerToken> pieces = new ArrayList<>(tokens.size() + 4);
        for (NerToken token : tokens) {
            String t = token.text();
            int start = 0;
            for (int i = 1; i < t.length() - 1; i++) {
                if (t.charAt(i) == '-' && Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i) == '-' && t.charAt(i - 1) == '.') {
                    if (!Character.isLetterOrDigit(t.charAt(i + 1))) {
                        continue;
                    }
                    pieces.add(new NerToken(token.begin() + start, token.begin() + i, t.substring(start, i)));
                    pieces.add(new NerToken(token.begin() + i, token.begin() + i + 1, "-"));
                    start = i + 1;
                }
            }
            pieces.add(start == 0 ? token : new NerToken(token.begin() + start, token.end(), t.substring(start)));
        }
        return pieces;
    }

    /** The pieces of a plain string, split at spaces and hyphens, for counting a name's length. */
    static List<String> split(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : name.split(" ")) {
            for (String p : word.split("(?<=-)|(?=-)")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
        }
        return parts;
    }
}
