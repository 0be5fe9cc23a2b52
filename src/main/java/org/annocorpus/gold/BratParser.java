package org.annocorpus.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses brat standoff lines as described in {@code gold/README.md} (and, for importing other corpora,
 * the spans in fragments and events that brat also writes). It never throws on bad input: a line
 * it cannot read becomes a {@link BratAnnotations.SyntaxError} with its line number, so the validator can
 * report every problem of a file at once.
 */
public final class BratParser {

    private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) (\\d+) (\\d+)\t(.*)");
    private static final Pattern DISCONTINUOUS = Pattern.compile("(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)+)\t(.*)");
    private static final Pattern EVENT = Pattern.compile("(E\\d+)\t(\\S+):(\\S+)((?: \\S+:\\S+)*) *");
    private static final Pattern ATTRIBUTE = Pattern.compile("(A\\d+)\t(\\S+) (\\S+)(?: (\\S+))?");
    private static final Pattern NOTE = Pattern.compile("(#\\d+)\t(\\S+) (\\S+)\t(.*)");
    private static final Pattern RELATION = Pattern.compile("(R\\d+)\t(\\S+) Arg1:(\\S+) Arg2:(\\S+)");

    private BratParser() {
    }

    /** The lines the gold scheme allows: continuous spans, attributes, notes, relations. */
    public static BratAnnotations parse(String annText) {
        return parse(annText, false);
    }

    /**
     * Everything brat standoff writes that the gold files use, and also spans in fragments and event lines
     * ({@link BratAnnotations#fragmented}, {@link BratAnnotations#events}): for importing corpora annotated
     * in brat with other schemes, such as PolNeAR.
     */
    public static BratAnnotations parseStandoff(String annText) {
        return parse(annText, true);
    }

    private static BratAnnotations parse(String annText, boolean standoff) {
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
            } else if (standoff && (m = DISCONTINUOUS.matcher(line)).matches()) {
                List<BratAnnotations.Fragment> fragments = new ArrayList<>();
                try {
                    for (String fragment : m.group(3).split(";")) {
                        String[] be = fragment.split(" ");
                        fragments.add(new BratAnnotations.Fragment(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                    }
                    result.fragmented.add(new BratAnnotations.Fragmented(m.group(1), m.group(2), List.copyOf(fragments),
                            m.group(4), lineNo));
                } catch (NumberFormatException e) {
                    result.syntaxErrors.add(new BratAnnotations.SyntaxError(lineNo, "offset is not a number: " + line));
                }
            } else if (standoff && (m = EVENT.matcher(line)).matches()) {
                List<BratAnnotations.Argument> arguments = new ArrayList<>();
                for (String argument : m.group(4).strip().split(" ")) {
                    if (!argument.isEmpty()) {
                        int colon = argument.indexOf(':');
                        arguments.add(new BratAnnotations.Argument(argument.substring(0, colon), argument.substring(colon + 1)));
                    }
                }
                result.events.add(new BratAnnotations.Event(m.group(1), m.group(2), m.group(3), List.copyOf(arguments), lineNo));
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
