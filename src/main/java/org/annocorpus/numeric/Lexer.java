package org.annocorpus.numeric;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Lexeme}s: runs of letters, runs of digits (with inner "," and "."), single symbols. */
final class Lexer {

    private Lexer() {
    }

    static List<Lexeme> lex(String text) {
        List<Lexeme> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int gapStart = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean space = i > gapStart || out.isEmpty();
            boolean newline = out.isEmpty() || containsLineBreak(text, gapStart, i);
            int start = i;
            Lexeme.Kind kind;
            if (isAsciiDigit(cp)) {
                kind = Lexeme.Kind.NUMBER;
                i++;
                while (i < n) {
                    char c = text.charAt(i);
                    if (isAsciiDigit(c)) {
                        i++;
                    } else if ((c == ',' || c == '.') && i + 1 < n && isAsciiDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else if (Character.isLetter(cp)) {
                kind = Lexeme.Kind.WORD;
                i += Character.charCount(cp);
                while (i < n) {
                    int c = text.codePointAt(i);
                    // combining marks stay with their letter
                    if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    i += Character.charCount(c);
                }
            } else {
                kind = Lexeme.Kind.SYMBOL;
                i += Character.charCount(cp);
            }
            out.add(new Lexeme(kind, text.substring(start, i), start, i, space, newline));
            gapStart = i;
        }
        return out;
    }

    static boolean isSpace(int cp) {
        // no-break and other Unicode spaces are whitespace too; zero-width space and BOM separate like one
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean containsLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
