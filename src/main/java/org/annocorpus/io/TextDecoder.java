package org.annocorpus.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a document's bytes as strict UTF-8: a malformed sequence is an error that names its byte
 * offset, never a silent replacement character. A leading byte-order mark is dropped, so offsets count
 * from the first character of the text. Line breaks are kept as they are (CRLF stays CRLF), so offsets
 * agree with the file as stored.
 */
public final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    /** Thrown for bytes that are not UTF-8; {@link #getByteOffset()} is counted from the file's start. */
    public static class MalformedTextException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long byteOffset;

        MalformedTextException(long byteOffset) {
            this.byteOffset = byteOffset;
        }

        public long getByteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8 at byte offset " + byteOffset;
        }
    }

    public static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    public static String decode(byte[] bytes) throws MalformedTextException {
        int start = hasBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedTextException(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedTextException(in.position());
        }
        out.flip();
        return out.toString();
    }
}
