package org.annocorpus.numeric;

import org.annocorpus.scheme.Qualifier;

import java.util.List;

/**
 * Finds the qualifier of a quantity: a phrase right before it ("more than", "about", "up to", "only") or
 * right after it ("or more", "or so"), on the same line. Without one the claim is {@code EXACT}.
 */
final class QualifierFinder {

    /** The qualifier and the lexemes of the phrase that states it ({@code first} = -1 when none does). */
    record Found(Qualifier qualifier, int first, int last) {
        boolean stated() {
            return first >= 0;
        }
    }

    private final List<Lexeme> lx;
    private final NumericLexicon lexicon;

    QualifierFinder(List<Lexeme> lexemes, NumericLexicon lexicon) {
        this.lx = lexemes;
        this.lexicon = lexicon;
    }

    Found find(Quantity q) {
        if (q.last() == q.numeralLast() + 1 && lx.get(q.last()).text().equals("s") && lx.get(q.last()).attached()) {
            return tensRange(q);
        }
        Lexeme first = lx.get(q.first());
        if (!first.newlineBefore()) {
            PhraseTable.Match<Qualifier> m = lexicon.qualifiersBefore.matchEndingAt(lx, q.first() - 1);
            if (m != null) {
                Qualifier qualifier = m.value();
                // "over five years" means "during five years", "within two years" the time frame of an event;
                // "for over five years" means "more than", and so does "over" before an age, a number with no
                // unit word ("voters over 65")
                boolean frame = lx.get(m.first()).is("over") || lx.get(m.first()).is("within");
                if (q.kind() == Quantity.Kind.DURATION && m.first() == m.last() && frame && q.last() > q.numeralLast()) {
                    Lexeme prev = m.first() > 0 ? lx.get(m.first() - 1) : null;
                    boolean forOver = prev != null && prev.is("for") && lx.get(m.first()).is("over")
                            && !lx.get(m.first()).newlineBefore();
                    qualifier = forOver ? Qualifier.MORE_THAN : Qualifier.EXACT;
                }
                return new Found(qualifier, m.first(), m.last());
            }
        }
        // "15-plus years": "plus" joined to the number is part of the claim
        int plus = q.numeralLast() + 2;
        if (plus <= q.last() && lx.get(plus).is("plus") && lx.get(plus - 1).isSymbol("-")) {
            return new Found(Qualifier.AT_LEAST, plus, plus);
        }
        int next = q.last() + 1;
        if (next < lx.size() && !lx.get(next).newlineBefore() && lx.get(next).spaceBefore()) {
            PhraseTable.Match<Qualifier> m = lexicon.qualifiersAfter.matchAt(lx, next);
            if (m != null) {
                return new Found(m.value(), m.first(), m.last());
            }
        }
        return new Found(Qualifier.EXACT, -1, -1);
    }

    /**
     * A range of ten ("the low 50s", "mid-30s", "in my 40s"; {@link QuantityParser#TENS_RANGE_POSITIONS}): a
     * place in the range makes the value {@code APPROX}, the bare range {@code AT_LEAST} its first value, and a
     * qualifier phrase before a possessive ("approaching their 80s") is its own. The phrase stays out of the
     * span, which is the number's (GUIDELINES H35).
     */
    private Found tensRange(Quantity q) {
        if (QuantityParser.tensRangePlace(lx, q.numeralFirst()) >= 0) {
            return new Found(Qualifier.APPROX, -1, -1);
        }
        int before = q.numeralFirst() - 1;
        if (before >= 1 && QuantityParser.POSSESSIVE_DETERMINERS.contains(lx.get(before).lower())) {
            PhraseTable.Match<Qualifier> m = lexicon.qualifiersBefore.matchEndingAt(lx, before - 1);
            if (m != null) {
                return new Found(m.value(), -1, -1);
            }
        }
        return new Found(Qualifier.AT_LEAST, -1, -1);
    }
}
