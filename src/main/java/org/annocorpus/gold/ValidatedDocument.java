package org.annocorpus.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.gold.GoldValidator.Problem;
import org.annocorpus.gold.GoldValidator.Severity;
import org.annocorpus.io.TextDecoder;

/**
 * One gold document as the checks see it: its text decoded to code points, its {@code .ann} parsed, its
 * ids collected, and the list the problems found in it go to. Reading it already reports what the format
 * forbids (bytes that are not UTF-8, a byte-order mark, a malformed line, a duplicate id); the scheme is
 * checked by {@link SpanChecks}, {@link FeatureChecks} and {@link ConsistencyChecks}.
 */
final class ValidatedDocument {

    /** Characters that open or close a quotation (the apostrophe ’ is left out: it is mostly an apostrophe). */
    static final String QUOTATION_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2039\u203A";

    final String txtFile;
    final String annFile;
    final List<Problem> problems = new ArrayList<>();
    /** The text as code points, or null when it is missing or cannot be decoded. */
    int[] text;
    /** The parsed lines, or null when the .ann cannot be decoded. */
    BratAnnotations brat;
    /** Every id with its first line; brat ids are unique across all kinds of line. */
    final Map<String, Integer> idLines = new HashMap<>();
    final Map<String, BratAnnotations.TextBound> textBounds = new LinkedHashMap<>();

    private ValidatedDocument(String txtFile, String annFile) {
        this.txtFile = txtFile;
        this.annFile = annFile;
    }

    /**
     * Decodes and parses a document; {@code txtBytes} is null when the text is missing. When the .ann
     * cannot be decoded, {@link #brat} stays null and only that problem is reported.
     */
    static ValidatedDocument read(String txtFile, byte[] txtBytes, String annFile, byte[] annBytes) {
        ValidatedDocument doc = new ValidatedDocument(txtFile, annFile);
        if (txtBytes != null) {
            doc.text = doc.decodeText(txtBytes);
        }
        String annText = doc.decodeAnn(annBytes);
        if (annText == null) {
            return doc;
        }
        doc.brat = BratParser.parse(annText);
        for (BratAnnotations.SyntaxError e : doc.brat.syntaxErrors) {
            doc.error(e.line(), e.problem());
        }
        doc.collectIds();
        return doc;
    }

    // --- decoding -------------------------------------------------------------------------------

    private int[] decodeText(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes).codePoints().toArray();
        } catch (TextDecoder.MalformedTextException e) {
            long offset = e.getByteOffset(); // from the file's start, byte-order mark included
            int[] lineColumn = byteLineColumn(bytes, (int) offset);
            problems.add(new Problem(txtFile, lineColumn[0], lineColumn[1], Severity.ERROR,
                    "not valid UTF-8 at byte offset " + offset + "; offsets of this document cannot be checked"));
            return null;
        }
    }

    private String decodeAnn(byte[] bytes) {
        try {
            String decoded = TextDecoder.decode(bytes);
            if (TextDecoder.hasBom(bytes)) {
                error(1, "the file starts with a UTF-8 byte-order mark: brat and the gold loader read it as part of"
                        + " line 1; save the .ann without it");
            }
            return decoded;
        } catch (TextDecoder.MalformedTextException e) {
            long offset = e.getByteOffset(); // from the file's start, byte-order mark included
            int[] lineColumn = byteLineColumn(bytes, (int) offset);
            problems.add(new Problem(annFile, lineColumn[0], lineColumn[1], Severity.ERROR,
                    "not valid UTF-8 at byte offset " + offset + "; the file was not checked further"));
            return null;
        }
    }

    /** Line and column (code points, 1-based) of a byte offset whose preceding bytes are valid UTF-8. */
    private static int[] byteLineColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = TextDecoder.hasBom(bytes) ? 3 : 0;
        for (int i = lineStart; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++; // count lead bytes only: one per code point
            }
        }
        return new int[] {line, column};
    }

    // --- ids and references ---------------------------------------------------------------------

    private record IdLine(String id, int line) {
    }

    private void collectIds() {
        List<IdLine> all = new ArrayList<>();
        brat.textBounds.forEach(t -> all.add(new IdLine(t.id(), t.line())));
        brat.attributes.forEach(a -> all.add(new IdLine(a.id(), a.line())));
        brat.notes.forEach(n -> all.add(new IdLine(n.id(), n.line())));
        brat.relations.forEach(r -> all.add(new IdLine(r.id(), r.line())));
        all.sort(Comparator.comparingInt(IdLine::line));
        for (IdLine idLine : all) {
            Integer first = idLines.putIfAbsent(idLine.id(), idLine.line());
            if (first != null) {
                error(idLine.line(), "duplicate id " + idLine.id() + " (first used on line " + first + ")");
            }
        }
        for (BratAnnotations.TextBound t : brat.textBounds) {
            textBounds.putIfAbsent(t.id(), t);
        }
    }

    /**
     * The text-bound annotation {@code id} refers to, or null after reporting why there is none
     * ({@code what} names the referring line's role for the message).
     */
    BratAnnotations.TextBound target(String id, int line, String what) {
        BratAnnotations.TextBound t = textBounds.get(id);
        if (t == null) {
            if (idLines.containsKey(id)) {
                error(line, what + " refers to " + id + " (line " + idLines.get(id) + "), which is no text-bound (T)"
                        + " annotation");
            } else {
                error(line, what + " refers to " + id + ", which does not exist");
            }
        }
        return t;
    }

    // --- the text as the scheme reads it ----------------------------------------------------------

    /** White space as the scheme means it: also the no-break space and other Unicode spaces. */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF
                || codePoint == 0x200B;
    }

    // --- reporting ------------------------------------------------------------------------------

    void error(int line, String message) {
        problems.add(new Problem(annFile, line, 0, Severity.ERROR, message));
    }

    void warning(int line, String message) {
        problems.add(new Problem(annFile, line, 0, Severity.WARNING, message));
    }

    /** A warning about the text at code point {@code offset}, with its line and column in the .txt. */
    void textWarning(int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(new Problem(txtFile, line, offset - lineStart + 1, Severity.WARNING, message));
    }
}
