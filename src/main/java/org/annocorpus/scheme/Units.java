package org.annocorpus.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.annocorpus.util.TsvResource;

/**
 * The annotation scheme's units of {@code NumericClaim.unit}, the single home of that vocabulary: the
 * units listed in {@code org/annocorpus/scheme/units.tsv} (percent, pp, fraction, time units, measures by
 * their usual symbol), every ISO 4217 currency code, and "" for a plain count. The extractor, the gold
 * validator, the guidelines and the type system all refer to this list.
 */
public final class Units {

    /** What a unit measures. */
    public enum Kind { COUNT, PERCENT, FRACTION, CURRENCY, TIME, LENGTH, AREA, MASS, VOLUME, SPEED, TEMPERATURE, ANGLE,
        POWER, ENERGY, DATA }

    /** One listed unit. */
    public record Unit(String symbol, Kind kind, String description) {
    }

    public static final String COUNT = "";
    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "pp";
    public static final String FRACTION = "fraction";

    /** Decimals a repeating fraction's value is written with: a third is 0.3333, two thirds 0.6667 (GUIDELINES H39). */
    public static final int FRACTION_DECIMALS = 4;

    /** More decimals than this in a double means a repeating decimal cut off (1/3 is 0.3333333333333333). */
    private static final int TERMINATING_DECIMALS = 10;

    private static final String FILE = "/org/annocorpus/scheme/units.tsv";
    private static final Map<String, Unit> LISTED = load();
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private Units() {
    }

    /** Whether the scheme allows this unit: "", a listed unit, or an ISO 4217 currency code. */
    public static boolean isUnit(String unit) {
        return unit.isEmpty() || LISTED.containsKey(unit) || CURRENCIES.contains(unit);
    }

    /** The kind of a unit of the scheme, or null when it is none. */
    public static Kind kindOf(String unit) {
        if (unit.isEmpty()) {
            return Kind.COUNT;
        }
        Unit u = LISTED.get(unit);
        if (u != null) {
            return u.kind();
        }
        return CURRENCIES.contains(unit) ? Kind.CURRENCY : null;
    }

    /**
     * A value as the scheme writes it in this unit: a fraction whose decimals never end (a third, 58 of 61)
     * rounded to {@link #FRACTION_DECIMALS}; one that ends (an eighth, 1 in 64) as it is.
     */
    public static double written(double value, String unit) {
        if (!FRACTION.equals(unit) || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() <= TERMINATING_DECIMALS ? value
                : exact.setScale(FRACTION_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    public static boolean isCurrency(String unit) {
        return CURRENCIES.contains(unit);
    }

    /** The listed units in the file's order (currencies, which are every ISO 4217 code, are not listed). */
    public static List<Unit> listed() {
        return List.copyOf(LISTED.values());
    }

    /** The listed units of one kind, in the file's order. */
    public static List<String> ofKind(Kind kind) {
        return LISTED.values().stream().filter(u -> u.kind() == kind).map(Unit::symbol).toList();
    }

    private static Map<String, Unit> load() {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (TsvResource.Row row : TsvResource.rows(FILE, 3)) {
            String[] f = row.fields();
            if (f[0].isEmpty()) {
                throw new IllegalStateException(FILE + ":" + row.line() + ": expected unit, kind and description");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FILE + ":" + row.line() + ": unknown kind '" + f[1] + "'", e);
            }
            if (units.put(f[0], new Unit(f[0], kind, f[2])) != null) {
                throw new IllegalStateException(FILE + ":" + row.line() + ": unit '" + f[0] + "' listed twice");
            }
        }
        return Collections.unmodifiableMap(units);
    }
}
