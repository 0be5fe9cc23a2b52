package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.annocorpus.io.TextDecoder;
import org.annocorpus.scheme.Units;

/**
 * Checks a folder of gold files ({@code ID.txt} + {@code ID.ann}, see {@code gold/README.md}) against
 * their texts and the annotation scheme, and returns every problem found, each with its file and line.
 * Errors are what the scheme or the format forbids; warnings are legal but suspicious cases that an
 * annotator should look at once. Pure logic: it reads files, never writes, never prints.
 */
public final class GoldValidator {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One problem. {@code line} is 1-based; 0 means the whole file. {@code column} (1-based, in code
     * points) is given for problems found in a {@code .txt}; 0 where there is none.
     */
    public record Problem(String file, int line, int column, Severity severity, String message) {

        public boolean isError() {
            return severity == Severity.ERROR;
        }

        /** {@code file:line:column: severity: message}, leaving out what is not known. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
        }
    }

    /** File order, then line, then column: the order an editor shows them in. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::message);

    /** brat's own free-text note, which its editor writes; allowed on any annotation. */
    public static final String ANNOTATOR_NOTES = "AnnotatorNotes";

    /** A decimal as the README defines it: '.' as the decimal point, no thousands separators, exponent allowed. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /** Characters that open or close a quotation (the apostrophe ’ is left out: it is mostly an apostrophe). */
    private static final String QUOTATION_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2039\u203A";

    private static final String OPENING_ONLY = "\u201C\u201E\u00AB\u2018\u2039";
    private static final String CLOSING_ONLY = "\u201D\u00BB\u203A";

    /** What may stand between a quotation's end and its closing mark, or its opening mark and its start. */
    private static final String BETWEEN_MARK_AND_QUOTE = ",.;:!?\u2026";

    /** {@link GoldScheme#QUALIFIERS} in the order the scheme lists them, for messages. */
    private static final List<String> QUALIFIERS_IN_SCHEME_ORDER = List.of("EXACT", "APPROX", "MORE_THAN", "AT_LEAST",
            "LESS_THAN", "AT_MOST");

    private GoldValidator() {
    }

    /** A non-empty unit of the scheme's list ({@link Units}): a gold file leaves the unit line out for a count. */
    public static boolean isSchemeUnit(String unit) {
        return !unit.isEmpty() && Units.isUnit(unit);
    }

    /** Checks every document of {@code dir}; file names in the problems are {@code dir} resolved with the name. */
    public static List<Problem> validate(Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (String id : GoldCorpus.documentIds(dir)) {
            Path txt = GoldCorpus.text(dir, id);
            Path ann = GoldCorpus.annotations(dir, id);
            boolean hasTxt = Files.isRegularFile(txt);
            boolean hasAnn = Files.isRegularFile(ann);
            if (!hasTxt) {
                problems.add(new Problem(ann.toString(), 0, 0, Severity.ERROR,
                        "gold file without its text: " + txt.getFileName() + " is missing"));
            }
            if (!hasAnn) {
                problems.add(new Problem(txt.toString(), 0, 0, Severity.ERROR,
                        "text without gold: " + ann.getFileName() + " is missing"));
            }
            if (hasAnn) {
                problems.addAll(validateDocument(txt.toString(), hasTxt ? Files.readAllBytes(txt) : null, ann.toString(),
                        Files.readAllBytes(ann)));
            }
        }
        problems.sort(ORDER);
        return problems;
    }

    /**
     * Checks one document. {@code txtBytes} is null when the text is missing: then only the checks that
     * need no text are made.
     */
    public static List<Problem> validateDocument(String txtFile, byte[] txtBytes, String annFile, byte[] annBytes) {
        DocumentCheck check = new DocumentCheck(txtFile, annFile);
        check.run(txtBytes, annBytes);
        check.problems.sort(ORDER);
        return check.problems;
    }

    /** The state of checking one document. */
    private static final class DocumentCheck {

        final String txtFile;
        final String annFile;
        final List<Problem> problems = new ArrayList<>();
        /** The text as code points, or null when it is missing or cannot be decoded. */
        int[] text;
        BratAnnotations brat;
        /** Every id with its first line; brat ids are unique across all kinds of line. */
        final Map<String, Integer> idLines = new HashMap<>();
        final Map<String, BratAnnotations.TextBound> textBounds = new LinkedHashMap<>();

        DocumentCheck(String txtFile, String annFile) {
            this.txtFile = txtFile;
            this.annFile = annFile;
        }

        void run(byte[] txtBytes, byte[] annBytes) {
            if (txtBytes != null) {
                text = decodeText(txtBytes);
            }
            String annText = decodeAnn(annBytes);
            if (annText == null) {
                return;
            }
            brat = BratParser.parse(annText);
            for (BratAnnotations.SyntaxError e : brat.syntaxErrors) {
                error(e.line(), e.problem());
            }
            collectIds();
            checkTextBounds();
            checkOverlaps();
            checkAttributes();
            checkNotes();
            checkRelations();
            checkFeaturesPresent();
            checkEntityTypeConsistency();
            checkQuotationMarks();
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
        private BratAnnotations.TextBound target(String id, int line, String what) {
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

        // --- text-bound annotations -----------------------------------------------------------------

        private void checkTextBounds() {
            int previousBegin = -1;
            boolean orderReported = false;
            for (BratAnnotations.TextBound t : brat.textBounds) {
                if (!GoldScheme.isLayerType(t.type())) {
                    error(t.line(), "unknown type '" + t.type() + "' (known: " + String.join(", ",
                            new TreeSet<>(GoldScheme.TEXT_BOUND_TYPES)) + ")");
                }
                if (t.begin() >= t.end()) {
                    error(t.line(), t.begin() == t.end() ? "empty span " + t.begin() + "-" + t.end()
                            : "span begins at " + t.begin() + ", after its end " + t.end());
                    continue;
                }
                if (!orderReported && t.begin() < previousBegin) {
                    warning(t.line(), "T lines are not in text order from here on (" + t.id() + " begins at "
                            + t.begin() + ", before the line above it); keep them in text order");
                    orderReported = true;
                }
                previousBegin = Math.max(previousBegin, t.begin());
                if (text == null) {
                    continue;
                }
                if (t.end() > text.length) {
                    error(t.line(), "offsets " + t.begin() + "-" + t.end() + " lie outside the text (" + text.length
                            + " code points)");
                    continue;
                }
                String covered = new String(text, t.begin(), t.end() - t.begin());
                if (!t.text().equals(brat(covered))) {
                    // offsets that are wrong make every further check of this span meaningless
                    error(t.line(), "recorded text '" + t.text() + "' is not the text at " + t.begin() + "-" + t.end()
                            + ": '" + show(covered) + "'" + driftHint(t));
                } else if (isSpace(text[t.begin()]) || isSpace(text[t.end() - 1])) {
                    error(t.line(), t.type() + " span " + t.begin() + "-" + t.end() + " '" + show(covered) + "' "
                            + (isSpace(text[t.begin()]) ? "starts" : "ends") + " with white space; trim it");
                } else if (covered.indexOf('\n') >= 0) {
                    warning(t.line(), t.type() + " span " + t.begin() + "-" + t.end() + " crosses a line break");
                }
                if (GoldScheme.QUOTATION.equals(t.type())) {
                    checkQuotationEdges(t);
                }
            }
        }

        /** Q3: the marks are outside a quotation, and so is a comma or full stop inside the closing mark. */
        private void checkQuotationEdges(BratAnnotations.TextBound q) {
            int first = text[q.begin()];
            int last = text[q.end() - 1];
            if (QUOTATION_MARKS.indexOf(first) >= 0) {
                warning(q.line(), "Quotation " + q.id() + " starts with the mark " + new String(Character.toChars(first))
                        + ": the marks are outside the span (Q3), unless it opens a nested quotation");
            }
            if (QUOTATION_MARKS.indexOf(last) >= 0) {
                warning(q.line(), "Quotation " + q.id() + " ends with the mark " + new String(Character.toChars(last))
                        + ": the marks are outside the span (Q3), unless it closes a nested quotation");
            } else if ((last == ',' || last == '.') && q.end() < text.length
                    && (QUOTATION_MARKS.indexOf(text[q.end()]) >= 0 || text[q.end()] == '\u2019')) {
                warning(q.line(), "Quotation " + q.id() + " ends with '" + (char) last + "' before the closing mark:"
                        + " a comma or full stop inside the closing mark is outside the span (Q3)");
            }
        }

        /** Where the recorded text does occur near the offsets, the offsets have probably drifted: say by how much. */
        private String driftHint(BratAnnotations.TextBound t) {
            if (t.text().isEmpty()) {
                return "";
            }
            String whole = new String(text, 0, text.length);
            int[] recorded = t.text().codePoints().toArray();
            int best = Integer.MAX_VALUE;
            for (int from = 0; (from = whole.indexOf(t.text(), from)) >= 0; from++) {
                int cp = whole.codePointCount(0, from);
                if (Math.abs(cp - t.begin()) < Math.abs(best)) {
                    best = cp - t.begin();
                }
            }
            if (best == Integer.MAX_VALUE || Math.abs(best) > 200) {
                return "";
            }
            int begin = t.begin() + best;
            return " (the recorded text is at " + begin + "-" + (begin + recorded.length) + ")";
        }

        /** The covered text as a brat line holds it: a line break cannot stand in a line, brat writes a space. */
        private static String brat(String covered) {
            return covered.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }

        private static String show(String covered) {
            return covered.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
        }

        /** White space as the scheme means it: also the no-break space and other Unicode spaces. */
        static boolean isSpace(int codePoint) {
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF
                    || codePoint == 0x200B;
        }

        private void checkOverlaps() {
            Map<String, List<BratAnnotations.TextBound>> byLayer = new LinkedHashMap<>();
            for (BratAnnotations.TextBound t : textBounds.values()) {
                String layer = GoldScheme.layerOf(t.type());
                // Sources are no scored layer: one mention may serve a coordination and one of its members.
                if (!layer.equals("sources") && !layer.equals("unknown") && t.begin() < t.end()) {
                    byLayer.computeIfAbsent(layer, k -> new ArrayList<>()).add(t);
                }
            }
            for (Map.Entry<String, List<BratAnnotations.TextBound>> layer : byLayer.entrySet()) {
                List<BratAnnotations.TextBound> spans = new ArrayList<>(layer.getValue());
                spans.sort(Comparator.comparingInt(BratAnnotations.TextBound::begin)
                        .thenComparingInt(BratAnnotations.TextBound::line));
                BratAnnotations.TextBound reach = null; // the span reaching furthest right so far
                for (BratAnnotations.TextBound t : spans) {
                    if (reach != null && t.begin() < reach.end()) {
                        BratAnnotations.TextBound first = reach.line() < t.line() ? reach : t;
                        BratAnnotations.TextBound second = first == reach ? t : reach;
                        error(second.line(), describe(second) + (first.begin() == second.begin() && first.end() == second.end()
                                ? " has the same span as " : " overlaps ") + describe(first) + " (line " + first.line()
                                + "): spans of the " + layer.getKey() + " layer never overlap");
                    }
                    if (reach == null || t.end() > reach.end()) {
                        reach = t;
                    }
                }
            }
        }

        private static String describe(BratAnnotations.TextBound t) {
            return t.id() + " " + t.type() + " " + t.begin() + "-" + t.end();
        }

        // --- features -------------------------------------------------------------------------------

        private void checkAttributes() {
            Map<String, Integer> seen = new HashMap<>();
            for (BratAnnotations.Attribute a : brat.attributes) {
                String name = a.name();
                boolean known = name.equals(GoldScheme.VALUE) || name.equals(GoldScheme.UNIT)
                        || name.equals(GoldScheme.QUALIFIER);
                if (!known) {
                    error(a.line(), "unknown attribute '" + name + "' (known: value, unit, qualifier; a speaker or"
                            + " quantified text is a # note)");
                }
                BratAnnotations.TextBound t = target(a.target(), a.line(), "attribute " + a.id());
                if (t == null || !known) {
                    continue;
                }
                if (!GoldScheme.NUMERIC_CLAIM.equals(t.type())) {
                    error(a.line(), "attribute " + name + " on " + t.id() + ", a " + t.type() + ": only a NumericClaim"
                            + " has value, unit and qualifier");
                    continue;
                }
                Integer first = seen.putIfAbsent(name + " " + t.id(), a.line());
                if (first != null) {
                    error(a.line(), "second " + name + " for " + t.id() + " (first on line " + first + ")");
                }
                String v = a.value();
                switch (name) {
                    case GoldScheme.VALUE -> {
                        if (!DECIMAL.matcher(v).matches()) {
                            error(a.line(), "value '" + v + "' is no number: write a decimal with '.' as the decimal"
                                    + " point and no thousands separators (54000, 0.5, 1.5E9)");
                        }
                    }
                    case GoldScheme.UNIT -> {
                        if (v.isEmpty()) {
                            error(a.line(), "unit without a value: for a plain count leave the unit line out");
                        } else if (!isSchemeUnit(v)) {
                            error(a.line(), "unit '" + v + "' is not in the scheme's list (percent, pp, fraction, an ISO 4217"
                                    + " currency code, " + String.join(", ", Units.ofKind(Units.Kind.TIME))
                                    + ", or a unit symbol of org/annocorpus/scheme/units.tsv such as km, t, kg, °C)");
                        }
                    }
                    default -> {
                        if (!GoldScheme.QUALIFIERS.contains(v)) {
                            error(a.line(), "qualifier '" + v + "' is not in the scheme's list (" + String.join(", ",
                                    QUALIFIERS_IN_SCHEME_ORDER) + ")");
                        }
                    }
                }
            }
        }

        private void checkNotes() {
            Map<String, Integer> seen = new HashMap<>();
            for (BratAnnotations.Note n : brat.notes) {
                String name = n.name();
                String owner = switch (name) {
                    case GoldScheme.SPEAKER -> GoldScheme.QUOTATION;
                    case GoldScheme.QUANTIFIED -> GoldScheme.NUMERIC_CLAIM;
                    case ANNOTATOR_NOTES -> "";
                    default -> null;
                };
                if (owner == null) {
                    error(n.line(), "unknown note '" + name + "' (known: speaker, quantified, " + ANNOTATOR_NOTES + ")");
                }
                BratAnnotations.TextBound t = target(n.target(), n.line(), "note " + n.id());
                if (t == null || owner == null || owner.isEmpty()) {
                    continue;
                }
                if (!owner.equals(t.type())) {
                    error(n.line(), name + " note on " + t.id() + ", a " + t.type() + ": only a " + owner + " has a "
                            + name);
                    continue;
                }
                Integer first = seen.putIfAbsent(name + " " + t.id(), n.line());
                if (first != null) {
                    error(n.line(), "second " + name + " for " + t.id() + " (first on line " + first + ")");
                }
                if (n.text().isBlank()) {
                    error(n.line(), "empty " + name + ": for the empty string leave the line out");
                } else if (!n.text().equals(n.text().strip())) {
                    error(n.line(), name + " '" + n.text() + "' starts or ends with white space");
                }
            }
        }

        private void checkRelations() {
            Map<String, Integer> mentionOf = new HashMap<>();
            for (BratAnnotations.Relation r : brat.relations) {
                if (!GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                    error(r.line(), "unknown relation '" + r.name() + "' (known: " + GoldScheme.SPEAKER_MENTION + ")");
                }
                BratAnnotations.TextBound from = target(r.arg1(), r.line(), "relation " + r.id() + " Arg1");
                BratAnnotations.TextBound to = target(r.arg2(), r.line(), "relation " + r.id() + " Arg2");
                if (!GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                    continue;
                }
                if (from != null && !GoldScheme.QUOTATION.equals(from.type())) {
                    error(r.line(), "speakerMention goes from a Quotation, but Arg1 " + from.id() + " is a " + from.type());
                }
                if (to != null && !GoldScheme.SOURCE.equals(to.type())) {
                    error(r.line(), "speakerMention goes to a Source, but Arg2 " + to.id() + " is a " + to.type());
                }
                if (from != null) {
                    Integer first = mentionOf.putIfAbsent(from.id(), r.line());
                    if (first != null) {
                        error(r.line(), "second speakerMention for " + from.id() + " (first on line " + first
                                + "): a quotation has one");
                    }
                }
            }
        }

        /** Features a type needs, and the speaker/mention pairing. */
        private void checkFeaturesPresent() {
            Set<String> linkedSources = new TreeSet<>();
            for (BratAnnotations.Relation r : brat.relations) {
                if (GoldScheme.SPEAKER_MENTION.equals(r.name())) {
                    linkedSources.add(r.arg2());
                }
            }
            for (BratAnnotations.TextBound t : textBounds.values()) {
                switch (t.type()) {
                    case GoldScheme.NUMERIC_CLAIM -> {
                        for (String required : List.of(GoldScheme.VALUE, GoldScheme.QUALIFIER)) {
                            if (brat.attributesOf(t.id()).stream().noneMatch(a -> a.name().equals(required))) {
                                error(t.line(), "NumericClaim " + t.id() + " '" + t.text() + "' has no " + required
                                        + " (add an A line: " + required + " " + t.id() + " ...)");
                            }
                        }
                    }
                    case GoldScheme.QUOTATION -> {
                        boolean speaker = brat.notesOf(t.id()).stream()
                                .anyMatch(n -> n.name().equals(GoldScheme.SPEAKER) && !n.text().isBlank());
                        boolean mention = brat.relationsFrom(t.id()).stream()
                                .anyMatch(r -> r.name().equals(GoldScheme.SPEAKER_MENTION));
                        if (speaker && !mention) {
                            error(t.line(), "Quotation " + t.id() + " has a speaker but no speakerMention relation to a"
                                    + " Source");
                        } else if (mention && !speaker) {
                            error(t.line(), "Quotation " + t.id() + " has a speakerMention but no speaker note");
                        }
                    }
                    case GoldScheme.SOURCE -> {
                        if (!linkedSources.contains(t.id())) {
                            warning(t.line(), "Source " + t.id() + " '" + t.text() + "' is the speakerMention of no"
                                    + " quotation");
                        }
                    }
                    default -> {
                        // entities have no features
                    }
                }
            }
        }

        // --- warnings over the whole document -------------------------------------------------------

        /** The same string tagged with different entity types in one document is legal but often a slip. */
        private void checkEntityTypeConsistency() {
            Map<String, BratAnnotations.TextBound> firstByString = new HashMap<>();
            Set<String> reported = new TreeSet<>();
            for (BratAnnotations.TextBound t : textBounds.values()) {
                if (!GoldScheme.ENTITY_TYPES.contains(t.type())) {
                    continue;
                }
                BratAnnotations.TextBound first = firstByString.putIfAbsent(t.text(), t);
                if (first != null && !first.type().equals(t.type()) && reported.add(t.text() + "\t" + t.type())) {
                    warning(t.line(), "'" + t.text() + "' is " + t.type() + " here but " + first.type() + " on line "
                            + first.line() + "; check that the types differ on purpose");
                }
            }
        }

        /**
         * A quotation mark that opens or closes no Quotation: a missed quotation, or a name or term only
         * being named (Q7), which is fine. Marks inside a quotation (nested quotes) are covered by it.
         */
        private void checkQuotationMarks() {
            if (text == null) {
                return;
            }
            List<BratAnnotations.TextBound> quotations = textBounds.values().stream()
                    .filter(t -> GoldScheme.QUOTATION.equals(t.type()) && t.begin() < t.end() && t.end() <= text.length)
                    .toList();
            Set<Integer> begins = new TreeSet<>();
            Set<Integer> ends = new TreeSet<>();
            for (BratAnnotations.TextBound q : quotations) {
                begins.add(q.begin());
                ends.add(q.end());
            }
            List<Integer> loose = new ArrayList<>();
            for (int i = 0; i < text.length; i++) {
                if (QUOTATION_MARKS.indexOf(text[i]) >= 0 && !accountedFor(i, quotations, begins, ends)) {
                    loose.add(i);
                }
            }
            for (int k = 0; k < loose.size(); k++) {
                int open = loose.get(k);
                int close = k + 1 < loose.size() ? loose.get(k + 1) : -1;
                if (close >= 0 && CLOSING_ONLY.indexOf(text[open]) < 0 && OPENING_ONLY.indexOf(text[close]) < 0
                        && !containsLineBreak(open, close)) {
                    textWarning(open, "text " + new String(text, open, close - open + 1) + " at " + (open + 1) + "-"
                            + close + " is in quotation marks but no Quotation (fine for a name or term only being"
                            + " named, Q7)");
                    k++;
                } else {
                    textWarning(open, "quotation mark " + new String(Character.toChars(text[open])) + " at offset " + open
                            + " opens or closes no Quotation (fine if it only marks a name or term, Q7)");
                }
            }
        }

        private boolean containsLineBreak(int from, int to) {
            for (int i = from; i < to; i++) {
                if (text[i] == '\n' || text[i] == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** A warning about the text at code point {@code offset}, with its line and column in the .txt. */
        private void textWarning(int offset, String message) {
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

        private boolean accountedFor(int mark, List<BratAnnotations.TextBound> quotations, Set<Integer> begins,
                Set<Integer> ends) {
            for (BratAnnotations.TextBound q : quotations) {
                if (q.begin() <= mark && mark < q.end()) {
                    return true;
                }
            }
            int after = mark + 1;
            while (after < text.length && isSpace(text[after])) {
                after++;
            }
            if (begins.contains(after)) {
                return true;
            }
            int before = mark;
            while (before > 0 && (isSpace(text[before - 1]) || BETWEEN_MARK_AND_QUOTE.indexOf(text[before - 1]) >= 0)) {
                if (ends.contains(before)) {
                    return true;
                }
                before--;
            }
            return ends.contains(before);
        }

        // --- reporting ------------------------------------------------------------------------------

        private void error(int line, String message) {
            problems.add(new Problem(annFile, line, 0, Severity.ERROR, message));
        }

        private void warning(int line, String message) {
            problems.add(new Problem(annFile, line, 0, Severity.WARNING, message));
        }
    }
}
