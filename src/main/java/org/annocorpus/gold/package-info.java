/**
 * The hand-made gold in brat standoff ({@code ID.txt} + {@code ID.ann}, see {@code gold/README.md}):
 * the names the scheme allows ({@link org.annocorpus.gold.GoldScheme}), the parser, the validator (its
 * span, feature and consistency checks in separate classes), the loader into CASes, and the dev/test split.
 *
 * <p>May depend on {@code io}, {@code util} and the generated types; not on the scorer or the extractors.
 */
package org.annocorpus.gold;
