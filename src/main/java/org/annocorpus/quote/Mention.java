package org.annocorpus.quote;

/**
 * A stretch of text that names or refers to a source. A pronoun's referent is filled in once it has been
 * resolved; {@code count} is the number a phrase such as "both nations" or "the two countries" states
 * (0 when it states none).
 */
record Mention(int begin, int end, int first, int last, String pronoun, Referent referent, int count) {

    boolean isPronoun() {
        return pronoun != null;
    }

    Mention withReferent(Referent r) {
        return new Mention(begin, end, first, last, pronoun, r, count);
    }
}
