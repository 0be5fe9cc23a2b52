package org.annocorpus.numeric;

import org.annocorpus.scheme.Qualifier;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Units;
import org.annocorpus.util.TsvResource;

/**
 * The general-purpose English lexicons the extractor reads numbers with, loaded once from the TSV files
 * in {@code org/annocorpus/numeric/lexicon/} (their sources are stated in the README there).
 */
final class NumericLexicon {

    enum WordClass { CARDINAL, TENS, HUNDRED, SCALE, ABBREVIATION, MONEY_ABBREVIATION, DOZEN, ARTICLE, DENOMINATOR }

    record NumberWord(BigDecimal value, WordClass wordClass) {
    }

    /**
     * A unit: the scheme's unit ({@link Units}), the factor the number is multiplied by ("decades" is 10
     * year), whether it is a time unit, and how it may follow the number.
     */
    record Unit(String symbol, BigDecimal factor, boolean time, String spacing) {
        boolean allowsSpace() {
            return !spacing.equals("ATTACHED");
        }

        boolean allowsAttached() {
            return !spacing.equals("SPACED");
        }
    }

    /** A currency form: its ISO 4217 code and the factor to the main unit ("cents": USD, 0.01). */
    record Money(String code, BigDecimal factor) {
    }

    private static final String BASE = "/org/annocorpus/numeric/lexicon/";
    private static volatile NumericLexicon instance;

    /** Number words, case-sensitive keys for the abbreviations ("M", "m"), lower case for words. */
    private final Map<String, NumberWord> numberWords = new HashMap<>();
    final PhraseTable<Money> currencyPrefixes = new PhraseTable<>();
    final PhraseTable<Money> currencySuffixes = new PhraseTable<>();
    final PhraseTable<Unit> units = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersBefore = new PhraseTable<>();
    final PhraseTable<Qualifier> qualifiersAfter = new PhraseTable<>();
    final PhraseTable<String> months = new PhraseTable<>();
    final PhraseTable<String> timeMarkers = new PhraseTable<>();
    final PhraseTable<String> identifierLabels = new PhraseTable<>();
    /** Street types: a number before a name that ends in one is a house number. */
    final PhraseTable<String> streetWords = new PhraseTable<>();
    /** The same labels in lower case ("article 5"). */
    final PhraseTable<String> identifierLabelsLowerCase = new PhraseTable<>();
    /** Words that say whether "points" are percentage points (POLL) or points of an index or game (INDEX). */
    private final Map<String, String> pointContexts = new HashMap<>();
    /** Percent signs and words; the value is the scheme's unit. */
    final PhraseTable<String> percentForms = new PhraseTable<>();

    static NumericLexicon get() {
        NumericLexicon l = instance;
        if (l == null) {
            synchronized (NumericLexicon.class) {
                l = instance;
                if (l == null) {
                    l = new NumericLexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    private NumericLexicon() {
        for (String[] row : rows("number-words.tsv", 3)) {
            WordClass c = WordClass.valueOf(row[2]);
            String key = c == WordClass.MONEY_ABBREVIATION ? row[0] : row[0].toLowerCase(java.util.Locale.ROOT);
            numberWords.put(key, new NumberWord(new BigDecimal(row[1]), c));
        }
        for (String[] row : rows("currencies.tsv", 4)) {
            requireSchemeUnit("currencies.tsv", row[1]);
            if (!Units.isCurrency(row[1])) {
                throw new IllegalStateException(BASE + "currencies.tsv: '" + row[1] + "' is no ISO 4217 code");
            }
            Money money = new Money(row[1], new BigDecimal(row[3]));
            if (!row[2].equals("SUFFIX")) {
                currencyPrefixes.add(row[0], money);
            }
            if (!row[2].equals("PREFIX")) {
                currencySuffixes.add(row[0], money);
            }
        }
        for (String[] row : rows("units.tsv", 4)) {
            requireSchemeUnit("units.tsv", row[1]);
            units.add(row[0], new Unit(row[1], new BigDecimal(row[2]), Units.kindOf(row[1]) == Units.Kind.TIME, row[3]));
        }
        for (String[] row : rows("qualifiers.tsv", 3)) {
            (row[2].equals("AFTER") ? qualifiersAfter : qualifiersBefore).add(row[0], Qualifier.valueOf(row[1]));
        }
        for (String[] row : rows("calendar.tsv", 2)) {
            (row[1].equals("MONTH") ? months : timeMarkers).add(row[0], row[1]);
        }
        for (String[] row : rows("point-contexts.tsv", 2)) {
            pointContexts.put(row[0], row[1]);
        }
        for (String[] row : rows("street-words.tsv", 1)) {
            streetWords.add(row[0], row[0]);
        }
        for (String[] row : rows("identifier-labels.tsv", 1)) {
            identifierLabels.add(row[0], row[0]);
            identifierLabelsLowerCase.add(row[0].toLowerCase(java.util.Locale.ROOT), row[0]);
        }
        // the scheme's own unit names: not a word list to tune, the forms English writes a percentage with
        for (String form : new String[] {"%", "percent", "per cent", "per-cent", "pct"}) {
            percentForms.add(form, Units.PERCENT);
        }
        for (String form : new String[] {"percentage point", "percentage points", "percentage-point", "pct point",
                "pct points", "pct pt", "pct pts"}) {
            percentForms.add(form, Units.PERCENTAGE_POINT);
        }
    }

    /** POLL, INDEX or null: what a word says about "points" in its sentence. */
    String pointContext(Lexeme l) {
        String c = pointContexts.get(l.text());
        return c != null ? c : pointContexts.get(l.lower());
    }

    /** Every unit this lexicon can give a claim: the units of units.tsv, the currency codes, percent, pp. */
    java.util.Set<String> writableUnits() {
        java.util.Set<String> all = new java.util.TreeSet<>();
        all.addAll(units.values().stream().map(Unit::symbol).toList());
        all.addAll(currencyPrefixes.values().stream().map(Money::code).toList());
        all.addAll(currencySuffixes.values().stream().map(Money::code).toList());
        all.addAll(percentForms.values());
        return all;
    }

    private static void requireSchemeUnit(String file, String unit) {
        if (!Units.isUnit(unit) || unit.isEmpty()) {
            throw new IllegalStateException(BASE + file + ": unit '" + unit + "' is not in the scheme's list"
                    + " (org/annocorpus/scheme/units.tsv or an ISO 4217 code)");
        }
    }

    /** The number word this lexeme is (words match in lower case, scale abbreviations as written), or null. */
    NumberWord numberWord(Lexeme l) {
        if (!l.isWord()) {
            return null;
        }
        NumberWord exact = numberWords.get(l.text());
        if (exact != null) {
            return exact;
        }
        NumberWord w = numberWords.get(l.lower());
        // the one-letter money abbreviations ("$5m", "$5M") only as written
        return w != null && w.wordClass != WordClass.MONEY_ABBREVIATION ? w : null;
    }

    WordClass classOf(Lexeme l) {
        NumberWord w = numberWord(l);
        return w == null ? null : w.wordClass;
    }

    private static List<String[]> rows(String file, int columns) {
        return TsvResource.rows(BASE + file, columns).stream().map(TsvResource.Row::fields).toList();
    }
}
