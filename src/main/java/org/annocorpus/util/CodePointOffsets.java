package org.annocorpus.util;

/**
 * Converts between the UTF-16 offsets UIMA uses and the Unicode code point offsets of gold files and
 * of the scheme. They differ only after a character outside the Basic Multilingual Plane (an emoji,
 * say), which takes two UTF-16 units and one code point.
 */
public final class CodePointOffsets {

    private final String text;
    private final boolean bmpOnly;

    public CodePointOffsets(String text) {
        this.text = text;
        this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
    }

    /** Code point offset of the UTF-16 offset {@code utf16}. */
    public int toCodePoints(int utf16) {
        return bmpOnly ? utf16 : text.codePointCount(0, utf16);
    }

    /** UTF-16 offset of the code point offset {@code codePoints}; throws if it lies past the text. */
    public int toUtf16(int codePoints) {
        return bmpOnly ? checkRange(codePoints) : text.offsetByCodePoints(0, codePoints);
    }

    /** Length of the text in code points. */
    public int length() {
        return toCodePoints(text.length());
    }

    private int checkRange(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + text.length());
        }
        return offset;
    }
}
