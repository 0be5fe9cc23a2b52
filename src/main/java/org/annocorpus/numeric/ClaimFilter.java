package org.annocorpus.numeric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a quantity the parser read is a numeric claim, by the scheme's exclusions: dates and
 * calendar years, times of day, ordinals, numbers inside names and identifiers ("G7", "F-35", "2+2",
 * "Article 5", "Boeing 737", entity spans), list and reference numbers, "one" or "a" as a pronoun or an
 * article, and "half" used as a noun ("the first half", "in half").
 */
final class ClaimFilter {

    /** Words before "half" that make it a part, not a fraction of something ("the first half of 2023"). */
    /** One-word qualifiers that never stand before a year ("nearly 2000 people", but "around 2000" may be a date). */
    private static final Set<String> COUNT_ONLY_QUALIFIERS = Set.of("nearly", "almost", "approximately", "roughly",
            "some", "only", "just", "exactly");

    private static final Set<String> NOT_BEFORE_HALF = Set.of("the", "a", "an", "first", "second", "last", "other",
            "latter", "former");

    private final List<Lexeme> lx;
    private final NumericLexicon lexicon;
    private final DocumentView doc;
    private final Map<Integer, Boolean> titleCaseBySentence = new HashMap<>();

    ClaimFilter(List<Lexeme> lexemes, NumericLexicon lexicon, DocumentView doc) {
        this.lx = lexemes;
        this.lexicon = lexicon;
        this.doc = doc;
    }

    /**
     * Why {@code q} is no claim, or null when it is one; {@code qualifier} is what stands around it
     * ("more than").
     */
    String exclusion(Quantity q, QualifierFinder.Found qualifier) {
        boolean qualified = qualifier != null && qualifier.stated() && qualifier.last() < q.first();
        if (q.exclusion() != null) {
            return q.exclusion();
        }
        Lexeme first = lx.get(q.first());
        Lexeme numeralFirst = lx.get(q.numeralFirst());
        Lexeme numeralLast = lx.get(q.numeralLast());
        Lexeme before = at(q.first() - 1);
        Lexeme after = at(q.last() + 1);

        String glued = glued(q, first, before, after);
        if (glued != null) {
            return glued;
        }
        if (doc.overlapsEntity(numeralFirst.begin(), numeralLast.end())) {
            return "inside a named entity";
        }
        if (q.bareCount() && multiplier(q)) {
            return "multiplier (\"three times the rate\", \"10-fold\"): no claim, as \"double\" is none";
        }
        boolean bareDigits = q.bareCount() && !q.inWords() && numeralFirst.text().matches("\\d+");
        if (bareDigits && numeralFirst.text().length() >= 8) {
            return "long digit string without separators (identifier, phone number, timestamp)";
        }
        if (q.inWords() || bareDigits) {
            PhraseTable.Match<String> time = lexicon.timeMarkers.matchAt(lx, q.last() + 1);
            if (time != null && !lx.get(time.first()).newlineBefore()) {
                return "time of day";
            }
        }
        if (bareDigits) {
            String reason = listMark(q, first, before, after);
            if (reason == null) {
                reason = dateOrTime(q, first, numeralFirst, qualifier);
            }
            if (reason == null) {
                reason = label(q, first, before, qualified);
            }
            if (reason == null && houseNumber(q)) {
                reason = "house number of an address";
            }
            if (reason != null) {
                return reason;
            }
        }
        if (q.inWords()) {
            if (numeralFirst.capitalised() && !sentenceStart(q.first()) && !titleCase(q.first())) {
                return "capitalised number word inside a name";
            }
            if (q.kind() == Quantity.Kind.COUNT && q.value() < 2) {
                return "\"one\" or \"a\": a pronoun, an article or a single thing";
            }
            if (q.kind() == Quantity.Kind.FRACTION && q.numeralFirst() == q.numeralLast()
                    && numeralFirst.is("half") && !halfOfSomething(q, qualified)) {
                return "\"half\" as a noun (the first half, in half)";
            }
        }
        return null;
    }

    /**
     * "three times the rate", "five times that number", "54 times more money", "10 times harder", "three times as
     * much", "a 10-fold rise": the number multiplies something (GUIDELINES H31); "voted three times" repeats and
     * stays a count.
     */
    private boolean multiplier(Quantity q) {
        Lexeme next = at(q.last() + 1);
        if (next == null || next.newlineBefore()) {
            return false;
        }
        if (next.is("fold") || (next.isSymbol("-") && next.attached() && at(q.last() + 2) != null
                && at(q.last() + 2).is("fold"))) {
            return true;
        }
        Lexeme then = at(q.last() + 2);
        if (!next.is("times") || then == null || !then.isWord() || then.newlineBefore()) {
            return false;
        }
        String w = then.lower();
        // a comparative by its ending ("harder", "higher", "faster"; the tagger often calls them nouns), not a
        // preposition or adverb that ends alike ("three times over", "three times after that")
        return MULTIPLIED.contains(w) || (w.length() >= 5 && w.endsWith("er") && !NOT_COMPARATIVES.contains(w));
    }

    /** Words after "N times" that make it a multiplier: what is multiplied, or the comparison. */
    private static final Set<String> MULTIPLIED = Set.of("the", "that", "this", "those", "these",
            "as", "more", "less", "fewer", "worse", "what", "their", "its", "his", "her", "our");

    /** Words in -er after "N times" that compare nothing. */
    private static final Set<String> NOT_COMPARATIVES = Set.of("after", "under", "never", "other",
            "whether", "together", "either", "neither", "ever", "over", "later", "earlier");

    /** The number is glued to letters or symbols that make it part of a name, code, time or address. */
    private String glued(Quantity q, Lexeme first, Lexeme before, Lexeme after) {
        if (before != null && first.attached()) {
            if (before.isWord()) {
                return "letters attached before the number (name or code: G7, FY2022)";
            }
            String s = before.text();
            if (s.equals("-") || s.equals("‐") || s.equals("‑") || s.equals("–")) {
                // the second bound of a range ("10-15 percent", "$3–4 billion") or of a tally ("a 5-4 vote") is no code
                if (!before.spaceBefore() && !QuantityParser.rangeDash(lx, lexicon, q.first() - 1)
                        && !QuantityParser.tally(lx, lexicon, q.first() - 2, q.first())) {
                    return "hyphenated to a name or code (F-35, COVID-19)";
                }
            } else if ("+#№_@&*=^/\\.:".contains(s)) {
                return "joined by a symbol to a name or code (2+2, #5)";
            } else if (s.equals("'") || s.equals("’")) {
                return "abbreviated year or decade ('90s)";
            }
        }
        if (after != null && after.attached()) {
            Lexeme next = at(q.last() + 2);
            boolean numberNext = next != null && next.attached() && next.isNumber();
            if (after.isSymbol("+") || after.isSymbol("_") || after.isSymbol("@")) {
                return "joined by a symbol to a name or code (2+2)";
            }
            if ((after.isSymbol(":") || after.isSymbol("×")) && numberNext) {
                return "time of day, ratio or score (10:30)";
            }
            Lexeme closing = at(q.last() + 3);
            if (after.isSymbol("(") && next != null && next.attached() && next.isWord() && next.text().length() == 1
                    && closing != null && closing.attached() && closing.isSymbol(")")) {
                return "a section of a code (401(k), 501(c)(3))";
            }
            boolean apostrophe = after.isSymbol("'") || after.isSymbol("’");
            if (apostrophe && next != null && next.attached() && next.is("s")) {
                return "decade (the 80's)";
            }
            if (apostrophe && numberNext) {
                return "feet and inches notation (6'3\")";
            }
        }
        // inside a URL, e-mail address or handle
        int b = first.begin();
        while (b > 0 && !Lexer.isSpace(doc.text.charAt(b - 1))) {
            b--;
        }
        int e = lx.get(q.last()).end();
        while (e < doc.text.length() && !Lexer.isSpace(doc.text.charAt(e))) {
            e++;
        }
        String chunk = doc.text.substring(b, e);
        if (chunk.contains("@") || chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("=")) {
            return "inside an address, handle or markup";
        }
        return null;
    }

    /**
     * "1." or "2)" opening a line, "[3]" or "(4)": the number of a list item or a reference; also a list run
     * into one paragraph ("... week. 2. Marco Rubio (1.) 3. Ted Cruz", "words, 2) realizes its meaning"):
     * "N." after a sentence's end before a capitalised word, "(N.)" and "(Last week: N.)", and "N)" with no
     * bracket open before it; not "(Cruz also has 17.)".
     */
    private String listMark(Quantity q, Lexeme first, Lexeme before, Lexeme after) {
        if (after == null || !after.attached()) {
            return null;
        }
        boolean dot = after.isSymbol(".");
        boolean closing = after.isSymbol(")");
        if (first.newlineBefore() && (dot || closing)) {
            return "number of a list item";
        }
        if (before != null && first.attached()
                && ((before.isSymbol("[") && after.isSymbol("]")) || (before.isSymbol("(") && closing))) {
            return "reference or list mark";
        }
        Lexeme next = at(q.last() + 2);
        if (dot && next != null && next.attached() && next.isSymbol(")") && before != null
                && (before.isSymbol("(") || (before.isSymbol(":") && bracketOpensWithin(q.first(), 4)))) {
            return "list mark in brackets (last week's rank: \"(1.)\", \"(Last week: 2.)\")";
        }
        if (dot && before != null && next != null && next.spaceBefore() && next.isWord() && next.capitalised()
                && (before.isSymbol(".") || before.isSymbol(")")) && sentenceStart(q.first())) {
            return "number of a list item run into the text";
        }
        if (closing && before != null && !first.attached() && !bracketOpenBefore(q.first())) {
            return "number of a list item run into the text";
        }
        return null;
    }

    /** Whether one of the {@code n} lexemes before {@code index} is a "(". */
    private boolean bracketOpensWithin(int index, int n) {
        for (int k = index - 1; k >= 0 && k >= index - n; k--) {
            if (lx.get(k).isSymbol("(")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a "(" opened earlier in the sentence is still open at lexeme {@code index}. */
    private boolean bracketOpenBefore(int index) {
        DocumentView.Span s = doc.sentenceAt(lx.get(index).begin());
        int depth = 0;
        for (int k = index - 1; k >= 0 && lx.get(k).begin() >= s.begin(); k--) {
            Lexeme p = lx.get(k);
            depth += p.isSymbol(")") ? -1 : p.isSymbol("(") ? 1 : 0;
            if (depth > 0) {
                return true;
            }
        }
        return false;
    }

    private String dateOrTime(Quantity q, Lexeme first, Lexeme numeral, QualifierFinder.Found qualifier) {
        String digits = numeral.text();
        if (digits.length() > 4) {
            return null;
        }
        int v = Integer.parseInt(digits);
        if (v >= 1 && v <= 31) {
            PhraseTable.Match<String> month = lexicon.months.matchEndingAt(lx, q.first() - 1);
            if (month != null && first.spaceBefore() && !first.newlineBefore()) {
                return "day of a month (date)";
            }
            month = lexicon.months.matchAt(lx, q.last() + 1);
            if (month != null && lx.get(month.first()).spaceBefore() && !lx.get(month.first()).newlineBefore()) {
                return "day of a month (date)";
            }
            if (endOfDayRange(q.first())) {
                return "day of a month (date range: Sept. 19 to 22)";
            }
        }
        if (digits.length() == 4 && v >= 1000 && v <= 2199 && !yearAsCount(q, first, qualifier)) {
            return "calendar year";
        }
        return null;
    }

    /** "19 to 22" after a month: the second day of a range ("Sept. 19 to 22", "March 3-5" is one lexeme run). */
    private boolean endOfDayRange(int first) {
        Lexeme link = at(first - 1);
        Lexeme day = at(first - 2);
        if (link == null || day == null || !day.isNumber() || !day.text().matches("\\d{1,2}")
                || lx.get(first).newlineBefore() || link.newlineBefore()) {
            return false;
        }
        boolean linking = link.is("to") || link.is("through") || link.is("until") || link.is("and")
                || link.isSymbol("-") || link.isSymbol("–");
        return linking && lexicon.months.matchEndingAt(lx, first - 3) != null;
    }

    /** "131 West 23rd Street": a house number before a street name. */
    private boolean houseNumber(Quantity q) {
        for (int k = q.last() + 1; k <= q.last() + 5 && k < lx.size(); k++) {
            Lexeme l = lx.get(k);
            if (l.newlineBefore()) {
                return false;
            }
            if (lexicon.streetWords.matchAt(lx, k) != null && k > q.last() + 1) {
                return true;
            }
            boolean nameWord = l.capitalised() || (l.isNumber() && at(k + 1) != null && at(k + 1).isWord()
                    && at(k + 1).attached()) || (l.isWord() && l.attached() && at(k - 1).isNumber())
                    || l.isSymbol(".");
            if (!nameWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * A four-digit number that still counts: after a qualifier ("more than 1500 people"), or between a verb
     * and a noun ("killed 1500 people"); "in 2024 elections", "the 2024 election" stay years.
     */
    private boolean yearAsCount(Quantity q, Lexeme first, QualifierFinder.Found qualifier) {
        // "more than 1500", "at least 2000"; a one-word "before", "around", "over", "below" also goes with years
        if (qualifier != null && qualifier.stated() && qualifier.last() < q.first()
                && (qualifier.last() > qualifier.first() || COUNT_ONLY_QUALIFIERS.contains(lx.get(qualifier.first()).lower()))) {
            return true;
        }
        Lexeme after = at(q.last() + 1);
        DocumentView.Tok next = after == null ? null : doc.tokenAt(after.begin());
        int p = doc.lastTokenBefore(first.begin());
        DocumentView.Tok prev = p >= 0 ? doc.tokens.get(p) : null;
        boolean noun = next != null && next.is("NOUN") && !after.newlineBefore();
        return noun && prev != null && prev.is("VERB", "AUX", "ADV") && !prev.possessive()
                && !prev.text().startsWith("'") && !prev.text().startsWith("’");
    }

    private String label(Quantity q, Lexeme first, Lexeme before, boolean qualified) {
        if (before == null || first.newlineBefore() || !first.spaceBefore() || qualified) {
            return null;
        }
        if (lexicon.identifierLabels.matchEndingAt(lx, q.first() - 1) != null) {
            return "number of a labelled item (Article 5, Flight 370)";
        }
        if (lexicon.identifierLabelsLowerCase.matchEndingAt(lx, q.first() - 1) != null && !followedByNoun(q)) {
            return "number of a labelled item (article 5)";
        }
        // a number after a person's name is a share or a count ("leads Sanders 1,428 to 1,153", "Cruz 300, Rubio
        // 151"), not a model's
        if (before.isWord() && before.capitalised() && lexicon.months.matchEndingAt(lx, q.first() - 1) == null
                && !titleCase(q.first()) && !doc.personEndsAt(before.end())) {
            DocumentView.Tok prev = doc.tokenAt(before.begin());
            // the tagger's PROPN is unreliable on a sentence's first word ("Between 10 and 15"): an entity must say so
            boolean name = doc.entityEndsAt(before.end())
                    || (prev != null && prev.is("PROPN") && !prev.possessive() && prev.end() == before.end()
                            && !sentenceStart(q.first() - 1));
            // a capitalised "The" inside a sentence opens a title ("the show The 411")
            boolean title = before.text().equals("The") && !sentenceStart(q.first() - 1);
            if (name || title) {
                return "number after a name (model, edition or designation: Boeing 737)";
            }
        }
        return null;
    }

    private boolean followedByNoun(Quantity q) {
        Lexeme after = at(q.last() + 1);
        if (after == null || after.newlineBefore()) {
            return false;
        }
        DocumentView.Tok next = doc.tokenAt(after.begin());
        return next != null && next.is("NOUN", "PROPN");
    }

    private boolean halfOfSomething(Quantity q, boolean qualified) {
        Lexeme prev = at(q.first() - 1);
        if (prev != null && prev.isWord() && !lx.get(q.first()).newlineBefore()
                && NOT_BEFORE_HALF.contains(prev.lower())) {
            return false;
        }
        if (qualified) {
            return true;
        }
        Lexeme next = at(q.last() + 1);
        return next != null && next.isWord() && !next.newlineBefore()
                && (next.is("of") || QuantityParser.DETERMINERS.contains(next.lower()));
    }

    /** The lexeme opens its sentence, only punctuation before it. */
    boolean sentenceStart(int index) {
        Lexeme l = lx.get(index);
        if (l.newlineBefore()) {
            return true;
        }
        DocumentView.Span s = doc.sentenceAt(l.begin());
        for (int k = index - 1; k >= 0 && lx.get(k).begin() >= s.begin(); k--) {
            Lexeme p = lx.get(k);
            if (p.isSymbol(".") || p.isSymbol("!") || p.isSymbol("?") || p.isSymbol(":")) {
                return true;
            }
            if (p.isWord() || p.isNumber()) {
                return false;
            }
            if (p.newlineBefore()) {
                return true;
            }
        }
        return true;
    }

    /** The sentence is written in title case (a headline), where capitals say nothing about names. */
    boolean titleCase(int index) {
        DocumentView.Span s = doc.sentenceAt(lx.get(index).begin());
        return titleCaseBySentence.computeIfAbsent(s.begin(), k -> {
            int words = 0;
            int capitalised = 0;
            for (String w : doc.text.substring(s.begin(), s.end()).split("[^\\p{L}]+")) {
                if (w.length() >= 4) {
                    words++;
                    if (Character.isUpperCase(w.codePointAt(0))) {
                        capitalised++;
                    }
                }
            }
            return words >= 3 && capitalised * 4 >= words * 3;
        });
    }

    private Lexeme at(int i) {
        return i >= 0 && i < lx.size() ? lx.get(i) : null;
    }
}
