package org.annocorpus.numeric;

import org.annocorpus.scheme.Qualifier;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoreNLP's normalised value of a numeric entity into the scheme's value, unit and qualifier.
 * CoreNLP writes, for instance, {@code ">54000.0"} (NUMBER after "more than"), {@code "~%70.0"}
 * (PERCENT after "about"), {@code "$1.2E9"} or {@code "¥1.0E11"} (MONEY) and {@code "P5Y"} (DURATION).
 */
record CoreNlpNormalizedValue(double value, String unit, Qualifier qualifier) {

    /** CoreNLP's currency symbols (it writes "yen" as ¥, "dollars" as $) and their ISO 4217 codes. */
    private static final Map<String, String> CURRENCIES = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW", "₹", "INR", "元", "CNY", "₽", "RUB", "¢", "USD");

    private static final Pattern QUANTITY = Pattern.compile("(>=|<=|>|<|~)?([^0-9.\\-]*)(-?[0-9.]+(?:E-?[0-9]+)?)");
    private static final Pattern PERIOD = Pattern.compile("PT?([0-9.]+)([YMWDH])");

    /** The value of a NUMBER, PERCENT, MONEY or DURATION entity, or null when CoreNLP gave none that reads. */
    static CoreNlpNormalizedValue parse(String type, String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        if (type.equals("DURATION")) {
            Matcher m = PERIOD.matcher(normalized);
            if (!m.matches()) {
                return null;
            }
            boolean time = normalized.startsWith("PT");
            String unit = switch (m.group(2)) {
                case "Y" -> "year";
                case "M" -> time ? "min" : "month";
                case "W" -> "week";
                case "D" -> "day";
                case "H" -> "hour";
                default -> null;
            };
            return new CoreNlpNormalizedValue(Double.parseDouble(m.group(1)), unit, Qualifier.EXACT);
        }
        Matcher m = QUANTITY.matcher(normalized);
        if (!m.matches()) {
            return null;
        }
        Qualifier qualifier = m.group(1) == null ? Qualifier.EXACT : switch (m.group(1)) {
            case ">" -> Qualifier.MORE_THAN;
            case ">=" -> Qualifier.AT_LEAST;
            case "<" -> Qualifier.LESS_THAN;
            case "<=" -> Qualifier.AT_MOST;
            default -> Qualifier.APPROX;
        };
        String sign = m.group(2);
        double value;
        try {
            value = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = switch (type) {
            case "PERCENT" -> "percent";
            case "MONEY" -> CURRENCIES.getOrDefault(sign, sign);
            default -> "";
        };
        return new CoreNlpNormalizedValue(value, unit, qualifier);
    }
}
