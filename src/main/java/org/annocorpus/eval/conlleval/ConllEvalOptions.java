package org.annocorpus.eval.conlleval;

/**
 * The options of conlleval.pl (version 2004-01-26), but its LaTeX output.
 *
 * @param delimiter {@code -d}: the field separator, a regular expression as in Perl's {@code split}
 *        (default one space)
 * @param raw {@code -r}: tags carry no B-/I- prefix, every tagged token is a chunk of its own
 * @param outsideTag {@code -o}: the outside tag in raw mode (default {@code O})
 */
public record ConllEvalOptions(String delimiter, boolean raw, String outsideTag) {

    public static final ConllEvalOptions DEFAULT = new ConllEvalOptions(" ", false, "O");
}
