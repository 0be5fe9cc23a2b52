package org.annocorpus.gold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses brat standoff lines as described in {@code gold/README.md}. It never throws on bad input: a line
 * it cannot read becomes a {@link BratAnnotations.SyntaxError} with its line number, so the validator can
 * report every problem of a file at once.
 */
public final class BratParser {

    private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) (\\d+) (\\d+)\t(.*)");
    private static final Pattern DISCONTINUOUS = Pattern.compile("(T\\d+)\t(\\S+) \\d+ \\d+(;\\d+ \\d+)+\t(.*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(A\\d+)\t(\\S+) (\\S+)(?: (\\S+))?");
    private static final Pattern NOTE = Pattern.compile("(#\\d+)\t(\\S+) (\\S+)\t(.*)");
    private static final Pattern RELATION = Pattern.compile("(R\\d+)\t(\\S+) Arg1:(\\S+) Arg2:(\\S+)");

    private BratParser() {
    }

    public static BratAnnotations parse(String annText) {
        BratAnnotations result = new BratAnnotations();
        String[] lines = annText.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m;
            if ((m = TEXT_BOUND.matcher(line)).matches()) {
                try {
                    result.textBounds.add(new BratAnnotations.TextBound(m.group(1), m.group(2),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5), lineNo));
                } catch (NumberFormatException e) {
                    result.syntaxErrors.add(new BratAnnotations.SyntaxError(lineNo, "offset is not a number: " + line));
                }
            } else if (DISCONTINUOUS.matcher(line).matches()) {
                result.syntaxErrors.add(new BratAnnotations.SyntaxError(lineNo,
                        "discontinuous span: spans must be continuous (no ';' fragments)"));
            } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                result.attributes.add(new BratAnnotations.Attribute(m.group(1), m.group(2), m.group(3),
                        m.group(4) == null ? "" : m.group(4), lineNo));
            } else if ((m = NOTE.matcher(line)).matches()) {
                result.notes.add(new BratAnnotations.Note(m.group(1), m.group(2), m.group(3), m.group(4), lineNo));
            } else if ((m = RELATION.matcher(line)).matches()) {
                result.relations.add(new BratAnnotations.Relation(m.group(1), m.group(2), m.group(3), m.group(4), lineNo));
            } else {
                result.syntaxErrors.add(new BratAnnotations.SyntaxError(lineNo,
                        "not a brat standoff line (expected T, A, #, or R lines separated by TABs): " + abbreviate(line)));
            }
        }
        return result;
    }

    private static String abbreviate(String line) {
        String shown = line.replace("\t", "\\t");
        return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
    }
}
