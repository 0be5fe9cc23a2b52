package org.annocorpus.io;

/**
 * XML 1.0 forbids most control characters; a document text holding one cannot be written as XMI that
 * other tools load. They are replaced one for one (same UTF-16 length, so no offset moves).
 */
public final class XmlCharacters {

    public static final char REPLACEMENT = ' ';

    private XmlCharacters() {
    }

    public static boolean isLegalXml10(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || Character.isSurrogate(c)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Index of the first character XML 1.0 forbids, or -1. */
    public static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isLegalXml10(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static String sanitize(String text) {
        if (firstIllegal(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < sb.length(); i++) {
            if (!isLegalXml10(sb.charAt(i))) {
                sb.setCharAt(i, REPLACEMENT);
            }
        }
        return sb.toString();
    }
}
