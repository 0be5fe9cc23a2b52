package org.annocorpus.eval.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annocorpus.eval.quantities.QuantityScore.Quantity;

/**
 * Turns a sentence's numeric claims into value-level quantities. The scheme writes a range as one claim
 * per bound ("5 to 10 percent": 5 percent and 10 percent); the CQE format writes it as one quantity with
 * two values, so two neighbouring claims of the same unit joined only by a dash, "to" (not after "from":
 * "from 5 to 10" is a change) or "and" after "between" become one range.
 */
public final class ClaimRanges {

    /** A claim as the scorer needs it: UTF-16 offsets, value, unit. */
    public record Claim(int begin, int end, double value, String unit) {
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—", "to");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");

    private ClaimRanges() {
    }

    public static List<Quantity> quantities(String text, List<Claim> claims) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (i + 1 < claims.size() && joined(text, c, claims.get(i + 1))) {
                Claim d = claims.get(i + 1);
                out.add(new Quantity(Value.range(c.value(), d.value()), c.unit()));
                i++;
            } else {
                out.add(new Quantity(Value.of(c.value()), c.unit()));
            }
        }
        return out;
    }

    private static boolean joined(String text, Claim a, Claim b) {
        if (!a.unit().equals(b.unit()) || b.begin() < a.end() || a.value() >= b.value()) {
            return false;
        }
        String between = text.substring(a.end(), b.begin()).strip().toLowerCase(Locale.ROOT);
        String before = wordBefore(text, a.begin());
        if (DASHES.contains(between)) {
            return !before.equals("from");
        }
        return between.equals("and") && before.equals("between");
    }

    private static String wordBefore(String text, int begin) {
        Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, begin - 40), begin));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
