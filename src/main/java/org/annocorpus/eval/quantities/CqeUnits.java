package org.annocorpus.eval.quantities;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.annocorpus.util.TsvResource;

/**
 * The one table from the CQE evaluation's unit names ("dollar", "percentage", "cent") to the annotation
 * scheme's units ({@code cqe-units.tsv}, documented there and in eval/numeric/README.md).
 */
public final class CqeUnits {

    /** A scheme unit (or {@link #NONE}) and the factor the gold value is multiplied by. */
    public record Mapping(String unit, double factor) {
    }

    /** The unit of a CQE name that has no unit in the scheme: agrees with nothing. */
    public static final String NONE = "(none)";
    private static final String COUNT = "(count)";
    private static final String FILE = "/org/annocorpus/eval/quantities/cqe-units.tsv";

    private final Map<String, Mapping> table = new LinkedHashMap<>();

    private CqeUnits() {
    }

    public static CqeUnits load() {
        CqeUnits units = new CqeUnits();
        for (TsvResource.Row row : TsvResource.rows(FILE, 3)) {
            String[] f = row.fields();
            String unit = f[1].equals(COUNT) ? "" : f[1];
            units.table.put(f[0].toLowerCase(Locale.ROOT), new Mapping(unit, Double.parseDouble(f[2])));
        }
        return units;
    }

    /** The scheme unit of a CQE unit name; an unlisted name is a counted noun, a plain count (""). */
    public Mapping map(String cqeUnit) {
        return table.getOrDefault(cqeUnit.toLowerCase(Locale.ROOT).trim(), new Mapping("", 1));
    }

    /** Every listed mapping, for checks. */
    public Map<String, Mapping> all() {
        return java.util.Collections.unmodifiableMap(table);
    }
}
