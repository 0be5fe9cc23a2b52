package org.annocorpus.numeric;

import static org.annocorpus.util.Sets.union;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.annocorpus.numeric.NumericLexicon.NumberWord;
import org.annocorpus.numeric.NumericLexicon.Unit;
import org.annocorpus.numeric.NumericLexicon.WordClass;
import org.annocorpus.scheme.Units;

/**
 * Reads the quantity that starts at a lexeme: an optional currency sign or code, a numeral in digits
 * ("54,000", "0.6", "3/4") or in words ("twenty-five", "two hundred and fifty", "a dozen", "two-thirds",
 * "half"), an optional scale word ("million", attached "bn"), and an optional percent sign or word,
 * currency word or code, or unit ("years", "km", hyphenated "10-year").
 */
final class QuantityParser {

    /** Digits with correct thousands groups, or plain digits, and an optional decimal part. */
    private static final Pattern WELL_FORMED = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    /** Possessive determiners: "in my 40s", "their 80s" is an age; "half its" a fraction. */
    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("my", "your", "his", "her", "its", "our", "their");

    /** Words after "half" that make it a fraction of something ("half the", "half its"): closed-class words. */
    static final Set<String> DETERMINERS = union(POSSESSIVE_DETERMINERS,
            Set.of("the", "a", "an", "this", "that", "these", "those", "all"));

    /** Ages are durations in years ("aged 54"). */
    static final String AGE_UNIT = "year";

    /**
     * Words that make a hyphenated number a rank or a label, not a count (the scheme's "three-star general"):
     * a rank's stars, a magnitude's figures ("a six-figure sum"), a fire's alarm level.
     */
    private static final Set<String> LABEL_HEADS = Set.of("star", "figure", "alarm");

    /** Verbs whose number is an age ("turns 70"), and verbs of dying before "at" ("died at 92"). */
    private static final Set<String> AGEING_VERBS = Set.of("turn", "turns", "turned", "turning");
    private static final Set<String> DYING_VERBS = Set.of("die", "dies", "died", "dying");
    /** Subjects of "is"/"was" that are persons whatever their case ("She is 45."). */
    private static final Set<String> PERSON_SUBJECTS = Set.of("he", "she", "who", "i");
    /** Nouns for groups of people whose "under 30" or "over 65" is an age. */
    private static final Set<String> PEOPLE = Set.of("voters", "people", "adults", "americans", "men",
            "women", "residents", "respondents", "workers", "patients", "children", "anyone", "everyone");

    /** The smallest share of a tally read as a poll's two shares ("41-40"; "2-1" is a ratio). */
    private static final int MIN_POLL_SHARE = 10;

    /** Common irregular plurals of counted nouns (for "3.5m people"). */
    private static final Set<String> PLURAL_NOUNS = Set.of("people", "children", "men", "women", "cattle", "police");

    private record Numeral(int first, int last, BigDecimal value, boolean digits, boolean fraction, boolean scaled,
            String exclusion) {
    }

    private final List<Lexeme> lx;
    private final NumericLexicon lexicon;

    QuantityParser(List<Lexeme> lexemes, NumericLexicon lexicon) {
        this.lx = lexemes;
        this.lexicon = lexicon;
    }

    /** The quantity starting at lexeme {@code i}, or null when no numeral starts there. */
    Quantity parse(int i) {
        String currency = null;
        BigDecimal factor = BigDecimal.ONE;
        int j = i;
        boolean negative = minusSign(i);
        if (negative) {
            j = i + 1;
        }
        PhraseTable.Match<NumericLexicon.Money> prefix = negative ? null : lexicon.currencyPrefixes.matchAt(lx, i);
        if (prefix != null && at(prefix.last() + 1) != null && at(prefix.last() + 1).isNumber()
                && !at(prefix.last() + 1).newlineBefore()) {
            currency = prefix.value().code();
            factor = prefix.value().factor();
            j = prefix.last() + 1;
        }
        Numeral num = numeral(j);
        if (negative && (num == null || !num.digits)) {
            return null;
        }
        if (num == null) {
            return null;
        }
        if (num.exclusion != null) {
            return Quantity.excluded(i, num.last, num.exclusion);
        }
        if (currency == null && !negative) {
            Quantity ratio = ratio(i, num);
            if (ratio != null) {
                return ratio;
            }
        }
        BigDecimal value = negative ? num.value.negate() : num.value;
        boolean scaled = num.scaled;
        int k = num.last + 1;

        // "$3–4 billion", "10 – 15 percent", "40 - 50 years": the first bound of a range ends here; it takes
        // the unit and scale of the second (withRangeUnit)
        if (num.digits && !num.fraction && !negative && rangeDash(lx, lexicon, k)) {
            Quantity.Kind kind = currency != null ? Quantity.Kind.MONEY : Quantity.Kind.COUNT;
            return new Quantity(i, num.last, num.first, num.last, value.multiply(factor).doubleValue(),
                    currency != null ? currency : "", kind, false, false, null);
        }
        // "18- to 24-year-old", "3- or 4-day": a suspended hyphen, the first number takes the second's unit
        if (num.digits && !num.fraction && !negative && currency == null && attachedSymbol(k, "-") && at(k + 1) != null
                && at(k + 1).spaceBefore() && !at(k + 1).newlineBefore()
                && (isWord(k + 1, "to") || isWord(k + 1, "or") || isWord(k + 1, "and"))) {
            Quantity second = parse(k + 2);
            if (second != null && second.exclusion() == null && lx.get(k + 2).spaceBefore()
                    && (second.kind() == Quantity.Kind.DURATION || second.kind() == Quantity.Kind.MEASURE)) {
                return new Quantity(i, num.last, num.first, num.last, value.doubleValue(), second.unit(), second.kind(),
                        false, false, null);
            }
        }
        // "10 1/2 miles": a whole number and a fraction
        if (num.digits && !num.fraction && !negative && at(k) != null && at(k).isNumber() && at(k).spaceBefore()
                && !at(k).newlineBefore() && value.scale() <= 0) {
            Numeral part = digits(k);
            if (part.fraction && part.exclusion == null) {
                value = value.add(part.value);
                k = part.last + 1;
            }
        }

        // "two and a half years", "seven-and-a-half years"
        if (!num.fraction && isWord(k, "and") && isWord(k + 1, "a") && isWord(k + 2, "half") && !at(k).newlineBefore()) {
            value = value.add(new BigDecimal("0.5"));
            k += 3;
        } else if (!num.fraction && hyphenated(k, "and") && hyphenated(k + 2, "a") && hyphenated(k + 4, "half")) {
            value = value.add(new BigDecimal("0.5"));
            k += 6;
        }
        // "15-plus years", "90-plus minutes": the number and more (QualifierFinder: AT_LEAST)
        if (!num.fraction && currency == null && hyphenated(k, "plus")) {
            k += 2;
        }
        // "a quarter of a million dollars", "three-quarters of a billion": a fraction of a scale word is a number
        boolean fraction = num.fraction;
        if (fraction && !num.digits && isWord(k, "of") && (isWord(k + 1, "a") || isWord(k + 1, "an")) && spacedWord(k + 2)
                && lexicon.classOf(at(k + 2)) == WordClass.SCALE && !at(k).newlineBefore()) {
            value = value.multiply(lexicon.numberWord(at(k + 2)).value());
            scaled = true;
            fraction = false;
            k += 3;
        } else if (fraction && !num.digits && spacedWord(k) && lexicon.classOf(at(k)) == WordClass.SCALE) {
            // "a quarter million", "three-quarters billion"
            value = value.multiply(lexicon.numberWord(at(k)).value());
            scaled = true;
            fraction = false;
            k += 1;
        }
        // "3 million", "1.2 billion", "5bn", "$5m", "$5-billion", "3.5m people"
        if (num.digits && !fraction && at(k) != null && !at(k).newlineBefore()) {
            boolean hyphenScale = at(k).isSymbol("-") && at(k).attached() && at(k + 1) != null && at(k + 1).attached()
                    && lexicon.classOf(at(k + 1)) == WordClass.SCALE;
            int s = hyphenScale ? k + 1 : k;
            NumberWord w = lexicon.numberWord(at(s));
            if (w != null) {
                boolean ok = switch (w.wordClass()) {
                    case SCALE -> true; // "3 million", "$5-billion", "$38million"
                    case ABBREVIATION -> true;
                    case MONEY_ABBREVIATION -> at(s).attached() && (currency != null || millionsOfSomething(s));
                    default -> false;
                };
                if (ok) {
                    value = value.multiply(w.value());
                    scaled = true;
                    k = s + 1;
                }
            }
        }

        String unit = fraction ? Units.FRACTION : Units.COUNT;
        Quantity.Kind kind = fraction ? Quantity.Kind.FRACTION : Quantity.Kind.COUNT;
        // a hyphen joins a unit to the number in a modifier: "10-year", "300-km", "5-percent"
        boolean hyphen = at(k) != null && at(k).isSymbol("-") && at(k).attached() && at(k + 1) != null
                && at(k + 1).attached();
        int h = hyphen ? k + 1 : k;
        boolean sameLine = at(h) != null && !at(h).newlineBefore() && (!hyphen || !at(k).newlineBefore());
        PhraseTable.Match<String> percent = sameLine ? lexicon.percentForms.matchAt(lx, h) : null;
        PhraseTable.Match<NumericLexicon.Money> currencyWord = sameLine && currency == null
                ? lexicon.currencySuffixes.matchAt(lx, h) : null;
        if (currencyWord != null) {
            Lexeme c = at(h);
            // "5 dollars", "a 12-cent dividend", "15 €", "115USD"; not "5-USD" nor "5dollars"
            boolean code = c.isWord() && c.text().length() == 3 && c.text().equals(c.text().toUpperCase(java.util.Locale.ROOT));
            boolean fits = hyphen ? c.isWord() && !code && c.text().equals(c.lower())
                    : c.spaceBefore() || !c.isWord() || code;
            if (!fits) {
                currencyWord = null;
            }
        }
        boolean points = sameLine && (isWord(h, "points") || isWord(h, "point") || isWord(h, "pts"))
                && (num.digits || !fraction) && (!hyphen || !isWord(h, "points"));
        // "1/4 mile": a fraction in digits takes a unit
        PhraseTable.Match<Unit> unitMatch = sameLine && (!fraction || num.digits) ? lexicon.units.matchAt(lx, h) : null;
        if (unitMatch != null && !unitFits(unitMatch.value(), hyphen, at(h), num.digits)) {
            unitMatch = null;
        }
        Quantity tens = kind == Quantity.Kind.COUNT && currency == null && !scaled && k == num.last + 1
                ? tensRange(num) : null;
        if (percent != null) {
            unit = percent.value();
            kind = Quantity.Kind.PERCENT;
            k = percent.last() + 1;
        } else if (currencyWord != null) {
            currency = currencyWord.value().code();
            factor = currencyWord.value().factor();
            k = currencyWord.last() + 1;
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount
            int c = isWord(k, "and") ? k + 1 : k;
            Numeral cents = factor.compareTo(BigDecimal.ONE) == 0 && at(c) != null && at(c).spaceBefore()
                    && !at(c).newlineBefore() ? numeral(c) : null;
            if (cents != null && cents.exclusion == null && !cents.fraction && !cents.scaled
                    && cents.value.compareTo(BigDecimal.valueOf(100)) < 0 && at(cents.last + 1) != null
                    && at(cents.last + 1).spaceBefore()) {
                PhraseTable.Match<NumericLexicon.Money> sub = lexicon.currencySuffixes.matchAt(lx, cents.last + 1);
                if (sub != null && sub.value().code().equals(currency) && sub.value().factor().compareTo(BigDecimal.ONE) < 0) {
                    value = value.add(cents.value.multiply(sub.value().factor()));
                    k = sub.last() + 1;
                }
            }
        } else if (points && !fraction && pollContext(h)) {
            // "a 7-point lead", "ahead 3 points", "a margin of error of 4.5 points": percentage points
            unit = Units.PERCENTAGE_POINT;
            kind = Quantity.Kind.PERCENT;
            k = h + 1;
        } else if (points) {
            // points of a market index or a game: a count of points, "points" is what is counted
            return new Quantity(i, num.last, num.first, num.last, value.doubleValue(), "", Quantity.Kind.COUNT,
                    !num.digits, scaled, null);
        } else if (unitMatch != null) {
            unit = unitMatch.value().symbol();
            value = value.multiply(unitMatch.value().factor());
            kind = unitMatch.value().time() ? Quantity.Kind.DURATION : Quantity.Kind.MEASURE;
            k = unitMatch.last() + 1;
            // "a 42-year-old": the age is one word, the span keeps it whole
            if (kind == Quantity.Kind.DURATION && attachedSymbol(k, "-") && at(k + 1) != null && at(k + 1).attached()
                    && at(k + 1).is("old")) {
                k += 2;
            }
        } else if (kind == Quantity.Kind.COUNT && num.digits && !scaled && ageContext(i, num)) {
            // "aged 54", "at age 16", "Smith, 43,": an age in years
            unit = AGE_UNIT;
            kind = Quantity.Kind.DURATION;
        } else if (hyphen && at(h).isWord()) {
            if (currency == null && !countsNounJoined(h)) {
                // "three-star", "six-figure": the number is part of a rank or label
                return Quantity.excluded(i, h, "number in a hyphenated label or rank");
            }
            // "a 104-page report", "a two-front war", "a 50-state poll": the number counts the noun joined to it
            // (GUIDELINES H22); "$15-an-hour": the amount. The claim is the number alone.
        } else if (hyphen && at(h).isNumber()) {
            int end = h;
            while (at(end + 1) != null && at(end + 1).isSymbol("-") && at(end + 1).attached()
                    && at(end + 2) != null && at(end + 2).isNumber() && at(end + 2).attached()) {
                end += 2;
            }
            if (end == h && tally(lx, lexicon, num.first, h)) {
                // "a 5-4 decision", "outnumber them 3-1", "600-700 emails": two counts (GUIDELINES H23); in a
                // poll's sentence ("Rubio tops Clinton 41-40 in the poll") two shares in percent
                boolean shares = pollShares(num.first, h);
                return new Quantity(i, num.last, num.first, num.last, value.doubleValue(),
                        shares ? Units.PERCENT : "", shares ? Quantity.Kind.PERCENT : Quantity.Kind.COUNT,
                        false, false, null);
            }
            // "Jan. 17-23", "10-11 a.m.", "won 4-2", "2023-01-11": a date, time, game score or code
            return Quantity.excluded(i, end, "numbers joined by a hyphen (date, time, game score or code)");
        } else if (tens != null) {
            // "in my 40s", "the low 50s" (of an approval rating), "mid-20s": a range of ten values (GUIDELINES H35)
            return tens;
        } else if (at(k) != null && at(k).isWord() && at(k).attached() && at(k - 1).isNumber()) {
            // "70th", "1990s", "3pm", "5G", "4x4": ordinals, decades, times and codes
            return Quantity.excluded(i, k, "letters attached to the number (ordinal, decade, time or code)");
        }
        if (currency != null) {
            unit = currency;
            kind = Quantity.Kind.MONEY;
            value = value.multiply(factor);
        } else if (kind == Quantity.Kind.COUNT && k == num.last + 1 && tally(lx, lexicon, num.first - 2, num.first)
                && pollShares(num.first - 2, num.first)) {
            // the second share of a poll's "41-40"
            unit = Units.PERCENT;
            kind = Quantity.Kind.PERCENT;
        }
        return new Quantity(i, k - 1, num.first, num.last, value.doubleValue(), unit, kind, !num.digits, scaled, null);
    }

    /**
     * Whether the lower-case word hyphenated to a number is what the number counts ("104-page", "two-front",
     * "seven-member"), not a rank or a label ({@link #LABEL_HEADS}: "three-star general", "a six-figure sum")
     * nor part of a capitalised name.
     */
    private boolean countsNounJoined(int word) {
        Lexeme w = at(word);
        return w.text().equals(w.lower()) && !LABEL_HEADS.contains(w.lower());
    }

    /**
     * "3.5m people", "2k votes": an attached "m" or "k" without a currency sign is a scale when a plural
     * noun follows ("a 5m wall" is five metres).
     */
    private boolean millionsOfSomething(int abbreviation) {
        Lexeme next = at(abbreviation + 1);
        if (next == null || !next.isWord() || !next.spaceBefore() || next.newlineBefore()) {
            return false;
        }
        String w = next.lower();
        return (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) || PLURAL_NOUNS.contains(w);
    }

    /**
     * The first number of a range takes the unit and scale that only the second states: "between 10 and 15
     * percent" gives 10 percent, "two to three weeks" 2 weeks, "3 to 5 million people" 3E6, "$3 to $5
     * billion" 3E9 USD.
     */
    Quantity withRangeUnit(Quantity q) {
        if (q.exclusion() != null || q.scaled()
                || (q.kind() != Quantity.Kind.COUNT && q.kind() != Quantity.Kind.MONEY)) {
            return q;
        }
        Lexeme link = at(q.last() + 1);
        boolean dash = rangeDash(lx, lexicon, q.last() + 1);
        if (link == null || link.newlineBefore() || !(dash || (link.spaceBefore()
                && (link.is("to") || link.is("and") || link.is("or"))))) {
            return q;
        }
        Quantity second = parse(q.last() + 2);
        if (second == null || second.exclusion() != null || lx.get(second.first()).newlineBefore()
                || second.kind() == Quantity.Kind.FRACTION
                || (second.kind() == Quantity.Kind.COUNT && !second.scaled())) {
            return q;
        }
        boolean money = q.kind() == Quantity.Kind.MONEY;
        // "$3 to $5 billion", "$3–4 billion"
        if (money && !(second.kind() == Quantity.Kind.MONEY && second.unit().equals(q.unit()))
                && !(second.kind() == Quantity.Kind.COUNT && second.scaled())) {
            return q;
        }
        BigDecimal value = BigDecimal.valueOf(q.value());
        if (second.scaled()) {
            value = value.multiply(scaleOf(second));
        }
        return new Quantity(q.first(), q.last(), q.numeralFirst(), q.numeralLast(), value.doubleValue(),
                money ? q.unit() : second.unit(), money ? q.kind() : second.kind(), q.inWords(), second.scaled(), null);
    }

    /** The value of the last scale word of a quantity ("million" in "$5 million"). */
    private BigDecimal scaleOf(Quantity q) {
        for (int k = q.last(); k >= q.numeralFirst(); k--) {
            NumberWord w = lexicon.numberWord(lx.get(k));
            if (w != null && (w.wordClass() == WordClass.SCALE || w.wordClass() == WordClass.ABBREVIATION
                    || w.wordClass() == WordClass.MONEY_ABBREVIATION)) {
                return w.value();
            }
        }
        return BigDecimal.ONE;
    }

    /** "one in five", "3 out of 4": a fraction written as a ratio of two small cardinals. */
    private Quantity ratio(int i, Numeral num) {
        if (num.fraction || num.scaled || num.value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        int k = num.last + 1;
        int m;
        boolean of = false;
        if (isWord(k, "in") && at(k).spaceBefore()) {
            m = k + 1;
        } else if (isWord(k, "out") && isWord(k + 1, "of")) {
            m = k + 2;
        } else if (isWord(k, "of") && at(k).spaceBefore()) {
            // "eight of 10 voters", "58 of 61 delegates" (GUIDELINES H23, H35); "one of 12 children" is one
            // of a group, not a proportion, except over ten or a hundred ("one of 10 voters")
            m = k + 1;
            of = true;
        } else {
            return null;
        }
        Lexeme l = at(m);
        if (l == null || !l.spaceBefore() || l.newlineBefore() || at(k).newlineBefore()) {
            return null;
        }
        Numeral den = l.isNumber() ? digits(m) : l.isWord() && lexicon.classOf(l) != WordClass.ARTICLE ? words(m) : null;
        if (den == null || den.exclusion != null || den.fraction || den.scaled || den.last != m) {
            return null;
        }
        BigDecimal n = num.value;
        BigDecimal d = den.value;
        if (of && n.compareTo(BigDecimal.ONE) == 0 && d.compareTo(BigDecimal.TEN) != 0
                && d.compareTo(BigDecimal.valueOf(100)) != 0) {
            return null;
        }
        if (n.signum() <= 0 || d.compareTo(n) <= 0 || d.compareTo(BigDecimal.valueOf(1000)) > 0
                || d.stripTrailingZeros().scale() > 0) {
            return null;
        }
        // "in 2023", "3 in 10 years": the second number must end the ratio
        Lexeme after = at(m + 1);
        if (after != null && after.attached() && (after.isWord() || after.isSymbol("%") || after.isSymbol("-"))) {
            return null;
        }
        if (after != null && !after.newlineBefore() && lexicon.units.matchAt(lx, m + 1) != null) {
            return null;
        }
        double value = n.divide(d, java.math.MathContext.DECIMAL64).doubleValue();
        return new Quantity(i, m, num.first, m, value, Units.FRACTION, Quantity.Kind.FRACTION, !num.digits, false, null);
    }

    /**
     * A dash at {@code k} that joins two numbers into a range: "10–15", "40 - 50 years", "$3-4 billion",
     * "10-15 percent"; an attached hyphen only with money or a unit after the second number, since "3-1" is a
     * score and "2023-01-11" a date; two years ("1990–2000") are dates.
     */
    static boolean rangeDash(List<Lexeme> lx, NumericLexicon lexicon, int k) {
        Lexeme dash = k > 0 && k < lx.size() ? lx.get(k) : null;
        if (dash == null || dash.newlineBefore() || !lx.get(k - 1).isNumber()
                || !(dash.isSymbol("-") || dash.isSymbol("–") || dash.isSymbol("—"))) {
            return false;
        }
        int n = k + 1;
        PhraseTable.Match<NumericLexicon.Money> secondSign = lexicon.currencyPrefixes.matchAt(lx, n);
        if (secondSign != null) {
            n = secondSign.last() + 1;
        }
        if (n >= lx.size() || !lx.get(n).isNumber() || lx.get(n).newlineBefore()) {
            return false;
        }
        // a third number: a date or code ("2023-01-11")
        if (n + 2 < lx.size() && lx.get(n + 1).attached() && (lx.get(n + 1).isSymbol("-") || lx.get(n + 1).isSymbol("/"))
                && lx.get(n + 2).isNumber()) {
            return false;
        }
        if (k >= 2 && lx.get(k - 1).attached() && (lx.get(k - 2).isSymbol("-") || lx.get(k - 2).isSymbol("/")
                || lx.get(k - 2).isWord())) {
            return false;
        }
        BigDecimal a = plain(lx.get(k - 1).text());
        BigDecimal b = plain(lx.get(n).text());
        if (a == null || b == null || a.compareTo(b) >= 0) {
            return false;
        }
        boolean money = k >= 2 && lexicon.currencyPrefixes.matchEndingAt(lx, k - 2) != null || secondSign != null;
        boolean years = a.scale() <= 0 && b.scale() <= 0 && isYear(a) && (isYear(b) || lx.get(n).text().length() == 2);
        Lexeme after = n + 1 < lx.size() && !lx.get(n + 1).newlineBefore() ? lx.get(n + 1) : null;
        boolean unitAfter = after != null && (lexicon.percentForms.matchAt(lx, n + 1) != null
                || lexicon.units.matchAt(lx, n + 1) != null || lexicon.currencySuffixes.matchAt(lx, n + 1) != null
                || lexicon.classOf(after) == NumericLexicon.WordClass.SCALE
                || lexicon.classOf(after) == NumericLexicon.WordClass.ABBREVIATION);
        if (years && !money && !unitAfter) {
            return false;
        }
        boolean spaced = dash.spaceBefore() || lx.get(k + 1).spaceBefore();
        return money || unitAfter || ((spaced || !dash.isSymbol("-")) && !years);
    }

    private static boolean isYear(BigDecimal v) {
        return v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2199)) <= 0;
    }

    /** A well-formed number's value, or null ("1.2.3", an over-long string). */
    private static BigDecimal plain(String text) {
        if (!WELL_FORMED.matcher(text).matches() || text.length() > 40) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /** Words before a game's score ("won 4-2"): there two numbers joined by a hyphen are no claims (GUIDELINES H35). */
    private static final java.util.Set<String> GAME_WORDS = java.util.Set.of("won", "win", "wins", "lost", "loss",
            "defeated", "score", "scored", "victory", "game", "match", "edged", "routed");

    /**
     * Whether two whole numbers of at most three digits joined by a hyphen (the single lexemes {@code first}
     * and {@code second}) are a tally, a ratio or a range of counts, each a claim: not a date (a month before),
     * a time (a time word after), a game's score (a game word just before), a verse ("3:1-5"), a longer
     * code ("2023-01-11") or the name "9-11".
     */
    static boolean tally(List<Lexeme> lx, NumericLexicon lexicon, int first, int second) {
        if (first < 0 || second != first + 2 || second >= lx.size()) {
            return false;
        }
        Lexeme a = lx.get(first);
        Lexeme b = lx.get(second);
        if (!a.isNumber() || !b.isNumber() || a.text().length() > 3 || b.text().length() > 3
                || !a.text().chars().allMatch(Character::isDigit) || !b.text().chars().allMatch(Character::isDigit)
                || (a.text().equals("9") && b.text().equals("11"))) {
            return false;
        }
        Lexeme before = first > 0 ? lx.get(first - 1) : null;
        Lexeme after = second + 1 < lx.size() ? lx.get(second + 1) : null;
        if (before != null && a.attached() && (before.isSymbol(":") || before.isSymbol("/") || before.isSymbol("-"))) {
            return false;
        }
        if (after != null && after.attached() && (after.isWord() || after.isNumber() || after.isSymbol("-")
                || after.isSymbol("/") || after.isSymbol(":"))) {
            return false;
        }
        if (lexicon.months.matchEndingAt(lx, first - 1) != null
                || (first >= 2 && before.isSymbol(".") && lexicon.months.matchEndingAt(lx, first - 2) != null)
                || lexicon.timeMarkers.matchAt(lx, second + 1) != null) {
            return false;
        }
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (lx.get(k).isWord() && GAME_WORDS.contains(lx.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A minus sign that opens a negative number: "-5 degrees", not "10-5" nor "F-35". */
    private boolean minusSign(int i) {
        Lexeme l = at(i);
        Lexeme next = at(i + 1);
        if (l == null || next == null || !(l.isSymbol("-") || l.isSymbol("−")) || !next.isNumber() || !next.attached()) {
            return false;
        }
        Lexeme prev = at(i - 1);
        return prev == null || (l.spaceBefore() && !prev.isNumber() && !prev.isWord()) || l.newlineBefore()
                || (l.spaceBefore() && prev.isWord() && !prev.capitalised());
    }

    /**
     * Whether the tally {@code first}-{@code second} reads as two shares of a poll: in a poll's sentence, each
     * at least {@value #MIN_POLL_SHARE} and together no more than 100 ("41-40", not "516-39" delegates nor "2-1"),
     * and no vote's tally ("an 80-19 vote").
     */
    private boolean pollShares(int first, int second) {
        int a = Integer.parseInt(lx.get(first).text());
        int b = Integer.parseInt(lx.get(second).text());
        boolean vote = isWord(second + 1, "vote") || isWord(second + 1, "votes"); // "the Senate's 80-19 vote"
        return Math.min(a, b) >= MIN_POLL_SHARE && a + b <= 100 && !vote && pollContext(second);
    }

    /** Whether lexeme {@code k} is an attached hyphen and the word {@code word} is attached after it. */
    private boolean hyphenated(int k, String word) {
        return attachedSymbol(k, "-") && at(k + 1) != null && at(k + 1).attached() && at(k + 1).is(word);
    }

    /**
     * Points are percentage points where the sentence speaks of a poll, a lead or a percentage, and no
     * market index or game ("the Dow fell 190 points", "scored 30 points").
     */
    private boolean pollContext(int h) {
        boolean poll = false;
        for (int k = sentenceStart(h); k < lx.size() && (k <= h || !sentenceEnd(k - 1)); k++) {
            if (k > h && lx.get(k).newlineBefore()) {
                break;
            }
            String cue = lexicon.pointContext(lx.get(k));
            if ("INDEX".equals(cue)) {
                return false;
            }
            poll |= "POLL".equals(cue);
        }
        return poll;
    }

    private int sentenceStart(int h) {
        int k = h;
        while (k > 0 && !lx.get(k).newlineBefore() && !sentenceEnd(k - 1)) {
            k--;
        }
        return k;
    }

    private boolean sentenceEnd(int k) {
        Lexeme l = at(k);
        return l != null && (l.isSymbol(".") || l.isSymbol("!") || l.isSymbol("?")) && at(k + 1) != null
                && at(k + 1).spaceBefore();
    }

    /**
     * The words that place a value inside a range of ten ("the low 50s" 52, "mid-30s" 35, "her late 60s" 68),
     * with what they add to the range's first value: the low, middle or high end of it (GUIDELINES H35).
     */
    static final Map<String, Integer> TENS_RANGE_POSITIONS = Map.of("low", 2, "lower", 2, "early", 2, "mid", 5,
            "high", 8, "upper", 8, "late", 8);

    /**
     * A range of ten written as a plural of tens: an age after a possessive ("in my 40s", "her late 60s"), or a
     * share in a sentence that speaks of a poll, a rating or a rate, after "the" or a word placing the value in the
     * range ("remains in the 30s", "the low 50s", "in the mid-30s"). The value is the range's first with the
     * place in it added ({@link #TENS_RANGE_POSITIONS}); a hyphened place ("mid-20s") is part of the span. Null
     * for anything else ("the 1990s", "music of the 80s").
     */
    private Quantity tensRange(Numeral num) {
        int s = num.last + 1;
        if (!num.digits || at(s) == null || !at(s).attached() || !at(s).text().equals("s")
                || num.value.scale() > 0 || num.value.intValue() < 10 || num.value.intValue() > 90
                || num.value.intValue() % 10 != 0) {
            return null;
        }
        int place = tensRangePlace(lx, num.first);
        Integer position = place < 0 ? null : TENS_RANGE_POSITIONS.get(lx.get(place).lower());
        boolean hyphened = place == num.first - 2;
        int first = hyphened ? place : num.first;
        Lexeme determiner = at(place < 0 ? num.first - 1 : place - 1);
        if (determiner == null || !determiner.isWord()) {
            return null;
        }
        double value = num.value.intValue() + (position == null ? 0 : position);
        if (POSSESSIVE_DETERMINERS.contains(determiner.lower())) {
            return new Quantity(first, s, num.first, num.last, value, AGE_UNIT, Quantity.Kind.DURATION, false, false,
                    null);
        }
        if ((position != null || determiner.is("the")) && pollContext(s)) {
            return new Quantity(first, s, num.first, num.last, value, Units.PERCENT, Quantity.Kind.PERCENT, false,
                    false, null);
        }
        return null;
    }

    /**
     * The lexeme of the word that places a plural of tens in its range ({@link #TENS_RANGE_POSITIONS}): "low" of
     * "the low 50s", "mid" of "mid-20s" (hyphened, no space on either side of the hyphen); -1 when there is none.
     */
    static int tensRangePlace(List<Lexeme> lx, int numeralFirst) {
        int before = numeralFirst - 1;
        if (before < 1 || numeralFirst >= lx.size()) {
            return -1;
        }
        Lexeme number = lx.get(numeralFirst);
        Lexeme b = lx.get(before);
        if (b.isSymbol("-") && b.attached() && number.attached()) {
            Lexeme word = lx.get(before - 1);
            return word.isWord() && TENS_RANGE_POSITIONS.containsKey(word.lower()) ? before - 1 : -1;
        }
        return b.isWord() && number.spaceBefore() && TENS_RANGE_POSITIONS.containsKey(b.lower()) ? before : -1;
    }

    /** "aged 54", "at age 16", "the age of 16", "Smith, 43," (a name, a comma, the number, punctuation). */
    private boolean ageContext(int i, Numeral num) {
        if (num.value.scale() > 0 || num.value.compareTo(BigDecimal.ONE) < 0
                || num.value.compareTo(BigDecimal.valueOf(125)) > 0 || lx.get(num.first).text().contains(",")) {
            return false;
        }
        Lexeme prev = at(i - 1);
        if (prev == null || lx.get(i).newlineBefore()) {
            return false;
        }
        if (afterAgeWord(i) || ageByVerb(i) || ageOfPeople(i, num)) {
            return true;
        }
        // "aged 12 to 16", "between the ages of 17 and 20": the second bound of an age range
        if ((prev.is("to") || prev.is("and") || prev.isSymbol("-") || prev.isSymbol("–")) && at(i - 2) != null
                && at(i - 2).isNumber() && afterAgeWord(i - 2)) {
            return true;
        }
        Lexeme name = at(i - 2);
        Lexeme after = at(num.last + 1);
        boolean closed = after == null || after.newlineBefore() || (after.kind() == Lexeme.Kind.SYMBOL
                && (after.isSymbol(",") || after.isSymbol(")") || after.isSymbol("―") || after.isSymbol("—")
                        || after.isSymbol("–") || after.isSymbol(";")));
        return prev.isSymbol(",") && prev.attached() && name != null && name.capitalised() && name.text().length() > 1
                && !lx.get(i - 1).newlineBefore() && closed && lexicon.months.matchEndingAt(lx, i - 2) == null
                && lexicon.timeMarkers.matchEndingAt(lx, i - 2) == null && lexicon.pointContext(name) == null
                && !(i >= 3 && at(i - 3) != null && at(i - 3).isNumber());
    }

    /**
     * "turns 70", "died at 92", "She is 45.", "Reagan, who was 69 when": a verb of ageing, or "is"/"was" after a
     * person (a pronoun, "who" or a name) with nothing after the number but the clause's end.
     */
    private boolean ageByVerb(int i) {
        Lexeme prev = at(i - 1);
        if (prev == null || !prev.isWord()) {
            return false;
        }
        if (AGEING_VERBS.contains(prev.lower())) {
            return true;
        }
        if (prev.is("at") && at(i - 2) != null && DYING_VERBS.contains(at(i - 2).lower())) {
            return true;
        }
        Lexeme subject = at(i - 2);
        Lexeme after = at(i + 1);
        boolean person = subject != null && subject.isWord() && (PERSON_SUBJECTS.contains(subject.lower())
                || (subject.capitalised() && !sentenceOpening(i - 2)));
        boolean clauseEnd = after == null || after.newlineBefore() || after.isSymbol(".") || after.isSymbol(",")
                || after.isSymbol(";") || after.is("when");
        return (prev.is("is") || prev.is("was")) && person && clauseEnd && !lx.get(i).newlineBefore();
    }

    /** "voters under 30", "adults over 65", "45 or older": an age bound of a group of people. */
    private boolean ageOfPeople(int i, Numeral num) {
        Lexeme prev = at(i - 1);
        if (prev != null && (prev.is("under") || prev.is("over")) && at(i - 2) != null
                && PEOPLE.contains(at(i - 2).lower())) {
            return true;
        }
        return (isWord(num.last + 1, "or") || isWord(num.last + 1, "and"))
                && (isWord(num.last + 2, "older") || isWord(num.last + 2, "younger") || isWord(num.last + 2, "over"));
    }

    /** Whether lexeme {@code k} opens its sentence (a capital there says nothing of a name). */
    private boolean sentenceOpening(int k) {
        Lexeme before = at(k - 1);
        return before == null || lx.get(k).newlineBefore() || before.isSymbol(".") || before.isSymbol("!")
                || before.isSymbol("?") || before.isSymbol("“") || before.isSymbol("\"");
    }

    /** "aged 54", "age 16", "ages 18", "the age of 16", "the ages of 17": a word that makes the number an age. */
    private boolean afterAgeWord(int i) {
        Lexeme prev = at(i - 1);
        if (prev == null || !prev.isWord() || lx.get(i).newlineBefore()) {
            return false;
        }
        if (prev.is("aged") || prev.is("age") || prev.is("ages")) {
            return true;
        }
        return prev.is("of") && (isWord(i - 2, "age") || isWord(i - 2, "ages"));
    }

    private static boolean unitFits(Unit unit, boolean hyphen, Lexeme first, boolean digits) {
        if (hyphen) {
            return unit.allowsSpace();
        }
        if (first.attached()) {
            return digits && unit.allowsAttached();
        }
        return unit.allowsSpace();
    }

    private Numeral numeral(int j) {
        Lexeme l = at(j);
        if (l == null) {
            return null;
        }
        if (l.isNumber()) {
            return digits(j);
        }
        return l.isWord() ? words(j) : null;
    }

    private Numeral digits(int j) {
        String t = at(j).text();
        if (!WELL_FORMED.matcher(t).matches()) {
            return new Numeral(j, j, null, true, false, false, "malformed number (version, code or address)");
        }
        BigDecimal v = new BigDecimal(t.replace(",", ""));
        if (attachedSymbol(j + 1, "/") && at(j + 2) != null && at(j + 2).isNumber() && at(j + 2).attached()) {
            int end = j + 2;
            while (attachedSymbol(end + 1, "/") && at(end + 2) != null && at(end + 2).isNumber() && at(end + 2).attached()) {
                end += 2;
            }
            boolean afterSlash = j > 0 && at(j).attached() && at(j - 1).isSymbol("/");
            if (end == j + 2 && !afterSlash && at(j + 2).text().matches("\\d{1,2}") && t.matches("\\d{1,2}")) {
                int n = Integer.parseInt(t);
                int d = Integer.parseInt(at(j + 2).text());
                if (d >= 2 && d <= 10 && n >= 1 && n < d) {
                    return new Numeral(j, end, fraction(n, d), true, true, false, null);
                }
            }
            return new Numeral(j, end, null, true, false, false, "numbers joined by a slash (date, ratio or code)");
        }
        return new Numeral(j, j, v, true, false, false, null);
    }

    private Numeral words(int j) {
        Lexeme l = at(j);
        WordClass c = lexicon.classOf(l);
        if (c == null) {
            return null;
        }
        if (l.lower().equals("half")) {
            return half(j);
        }
        if (c == WordClass.ARTICLE) {
            WordClass next = spacedWord(j + 1) ? lexicon.classOf(at(j + 1)) : null;
            if (next == WordClass.HUNDRED || next == WordClass.SCALE || next == WordClass.DOZEN) {
                return cardinal(j, j + 1, BigDecimal.ONE);
            }
            // "a half million", "a quarter billion"
            if (next == WordClass.DENOMINATOR && !isPlural(at(j + 1)) && spacedWord(j + 2)
                    && lexicon.classOf(at(j + 2)) == WordClass.SCALE) {
                return new Numeral(j, j + 2, lexicon.numberWord(at(j + 2)).value().multiply(fraction(1, denominator(at(j + 1)))),
                        false, false, true, null);
            }
            // "a third of", "a quarter of"
            if (next == WordClass.DENOMINATOR && !isPlural(at(j + 1)) && isWord(j + 2, "of")
                    && !at(j + 1).lower().equals("half")) {
                return new Numeral(j, j + 1, fraction(1, denominator(at(j + 1))), false, true, false, null);
            }
            return null;
        }
        if (c != WordClass.CARDINAL && c != WordClass.TENS) {
            return null;
        }
        Numeral card = cardinal(j, j, null);
        int e = card.last;
        BigDecimal n = card.value;
        if (!card.scaled && n.signum() > 0 && n.compareTo(BigDecimal.TEN) <= 0) {
            // "one-third", "two-thirds", "three quarters", "one fifth of"
            boolean hyphen = attachedSymbol(e + 1, "-") && at(e + 2) != null && at(e + 2).attached();
            int d = hyphen ? e + 2 : e + 1;
            Lexeme den = at(d);
            if (den != null && (hyphen || den.spaceBefore()) && !den.newlineBefore()
                    && lexicon.classOf(den) == WordClass.DENOMINATOR) {
                boolean plural = isPlural(den);
                if (hyphen || plural || isWord(d + 1, "of")) {
                    int denominator = denominator(den);
                    if (n.intValue() < denominator) {
                        return new Numeral(j, d, fraction(n.intValue(), denominator), false, true, false, null);
                    }
                }
            }
        }
        return card;
    }

    /**
     * Cardinal number words from {@code k} ("two hundred and fifty thousand", "twenty-five"); {@code first}
     * is where the numeral starts ("a" in "a hundred", with {@code start} = 1).
     */
    private Numeral cardinal(int first, int k, BigDecimal start) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = start == null ? BigDecimal.ZERO : start;
        WordClass last = start == null ? null : WordClass.ARTICLE;
        boolean scaled = false;
        int lastIndex = first;
        int idx = k;
        while (at(idx) != null) {
            Lexeme w = at(idx);
            if (idx > first && w.newlineBefore()) {
                break;
            }
            if (idx > first && w.isSymbol("-") && last == WordClass.TENS && w.attached() && at(idx + 1) != null
                    && at(idx + 1).attached() && lexicon.classOf(at(idx + 1)) == WordClass.CARDINAL
                    && lexicon.numberWord(at(idx + 1)).value().intValue() < 10) {
                idx++;
                continue;
            }
            if (idx > first && w.is("and") && (last == WordClass.HUNDRED || last == WordClass.SCALE)
                    && spacedWord(idx + 1) && (lexicon.classOf(at(idx + 1)) == WordClass.CARDINAL
                            || lexicon.classOf(at(idx + 1)) == WordClass.TENS)) {
                idx++;
                continue;
            }
            if (idx > first && !w.spaceBefore() && !at(idx - 1).isSymbol("-")) {
                break;
            }
            NumberWord nw = lexicon.numberWord(w);
            if (nw == null) {
                break;
            }
            BigDecimal v = nw.value();
            boolean accepted = switch (nw.wordClass()) {
                case CARDINAL -> last == null || last == WordClass.HUNDRED || last == WordClass.SCALE
                        || (last == WordClass.TENS && v.intValue() < 10);
                case TENS -> last == null || last == WordClass.HUNDRED || last == WordClass.SCALE;
                case HUNDRED -> last == WordClass.CARDINAL || last == WordClass.ARTICLE || last == WordClass.TENS;
                case SCALE -> last != null && last != WordClass.SCALE;
                case DOZEN -> last == WordClass.CARDINAL || last == WordClass.ARTICLE || last == WordClass.TENS;
                default -> false;
            };
            if (!accepted) {
                break;
            }
            switch (nw.wordClass()) {
                case CARDINAL, TENS -> current = current.add(v);
                case HUNDRED -> current = current.multiply(v);
                case DOZEN -> current = current.multiply(v);
                case SCALE -> {
                    total = total.add(current.multiply(v));
                    current = BigDecimal.ZERO;
                    scaled = true;
                }
                default -> {
                }
            }
            last = nw.wordClass();
            lastIndex = idx;
            idx++;
        }
        return new Numeral(first, lastIndex, total.add(current), false, false, scaled, null);
    }

    /** "half": a fraction, or "half a million" (a count), or "half an hour" (with the unit after it). */
    private Numeral half(int j) {
        // "a half-dozen", "a half dozen": six ("half a dozen" below)
        int dozen = attachedSymbol(j + 1, "-") && at(j + 2) != null && at(j + 2).attached() ? j + 2
                : spacedWord(j + 1) ? j + 1 : -1;
        if (dozen > 0 && lexicon.classOf(at(dozen)) == WordClass.DOZEN) {
            return new Numeral(j, dozen, lexicon.numberWord(at(dozen)).value().multiply(new BigDecimal("0.5")), false,
                    false, false, null);
        }
        // "half-brother", "second-half": a word part, no numeral
        if (attachedSymbol(j + 1, "-") || (at(j).attached() && j > 0 && at(j - 1).isSymbol("-"))) {
            return null;
        }
        if (spacedWord(j + 1) && (isWord(j + 1, "a") || isWord(j + 1, "an")) && spacedWord(j + 2)) {
            NumberWord w = lexicon.numberWord(at(j + 2));
            if (w != null && (w.wordClass() == WordClass.SCALE || w.wordClass() == WordClass.DOZEN)) {
                return new Numeral(j, j + 2, w.value().multiply(new BigDecimal("0.5")), false, false, true, null);
            }
            PhraseTable.Match<Unit> unit = lexicon.units.matchAt(lx, j + 2);
            if (unit != null && unit.value().allowsSpace()) {
                // the unit after "a" is read by the caller: "half an hour" = 0.5 hour
                return new Numeral(j, j + 1, new BigDecimal("0.5"), false, false, false, null);
            }
        }
        return new Numeral(j, j, new BigDecimal("0.5"), false, true, false, null);
    }

    private static BigDecimal fraction(int n, int d) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);
    }

    private int denominator(Lexeme l) {
        return lexicon.numberWord(l).value().intValue();
    }

    private static boolean isPlural(Lexeme l) {
        String w = l.lower();
        return w.endsWith("s") || w.equals("halves");
    }

    private Lexeme at(int i) {
        return i >= 0 && i < lx.size() ? lx.get(i) : null;
    }

    private boolean isWord(int i, String word) {
        Lexeme l = at(i);
        return l != null && l.isWord() && l.is(word);
    }

    private boolean spacedWord(int i) {
        Lexeme l = at(i);
        return l != null && l.isWord() && l.spaceBefore() && !l.newlineBefore();
    }

    private boolean attachedSymbol(int i, String symbol) {
        Lexeme l = at(i);
        return l != null && l.isSymbol(symbol) && l.attached();
    }
}
