/**
 * A faithful port of conlleval.pl (CoNLL-2000/2003): the same chunk logic, counts and report, figure
 * for figure, for token-level files.
 *
 * <p>Self-contained: it depends on no other package of the project.
 */
package org.annocorpus.eval.conlleval;
