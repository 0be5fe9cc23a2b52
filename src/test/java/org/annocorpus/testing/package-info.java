/**
 * Shared test support: {@link org.annocorpus.testing.Preprocessing}, the project's own preprocessing part
 * read through its pipeline parser; {@link org.annocorpus.testing.CasBuilder}, small CASes from tagged
 * lines such as {@code "Maria/PROPN said/VERB ./PUNCT"}, so rule components can be tested on fixed tokens
 * without a statistical model; and {@link org.annocorpus.testing.CasRenderer}, annotations rendered one
 * per line for tests that compare text.
 *
 * <p>Test code only. It may depend on {@code pipeline} and the generated types; the tests of every
 * package may use it.
 */
package org.annocorpus.testing;
