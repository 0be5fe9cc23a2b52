package org.annocorpus.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annocorpus.scheme.Units;

/**
 * Checks a folder of gold files ({@code ID.txt} + {@code ID.ann}, see {@code gold/README.md}) against
 * their texts and the annotation scheme, and returns every problem found, each with its file and line.
 * Errors are what the scheme or the format forbids; warnings are legal but suspicious cases that an
 * annotator should look at once. Pure logic: it reads files, never writes, never prints.
 *
 * <p>A document is read by {@link ValidatedDocument} (encoding, brat syntax, ids), then checked by
 * {@link SpanChecks} (the T lines against the text), {@link FeatureChecks} (attributes, notes, relations)
 * and {@link ConsistencyChecks} (warnings over the whole document).
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
        ValidatedDocument document = ValidatedDocument.read(txtFile, txtBytes, annFile, annBytes);
        if (document.brat != null) {
            new SpanChecks(document).run();
            new FeatureChecks(document).run();
            new ConsistencyChecks(document).run();
        }
        document.problems.sort(ORDER);
        return document.problems;
    }
}
