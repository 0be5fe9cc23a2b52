package org.annocorpus.numeric;

import java.util.Locale;

/**
 * One word, number or symbol of a text, with its UTF-16 offsets and what separates it from the lexeme
 * before it. The extractor reads numbers at this level, finer than the tokenizer's tokens: "US$5bn",
 * "F-35" and "2+2" are one token to a tokenizer but several lexemes here.
 */
record Lexeme(Kind kind, String text, int begin, int end, boolean spaceBefore, boolean newlineBefore) {

    enum Kind {
        /** Letters. */
        WORD,
        /** ASCII digits, with inner commas and full stops ("54,000", "0.6", "2.5.11"). */
        NUMBER,
        /** Any other single character. */
        SYMBOL
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isSymbol(String s) {
        return kind == Kind.SYMBOL && text.equals(s);
    }

    /** Starts with an upper-case letter. */
    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Directly follows the lexeme before it, with no whitespace between. */
    boolean attached() {
        return !spaceBefore;
    }
}
