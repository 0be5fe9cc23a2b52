/**
 * The hand-made gold in brat standoff ({@code ID.txt} + {@code ID.ann}, see {@code gold/README.md}):
 * the parser, the validator (its span, feature and consistency checks in separate classes, reading the
 * scheme from {@code org.annocorpus.scheme}), the loader into CASes, and the dev/test split.
 *
 * <p>May depend on {@code scheme}, {@code io}, {@code util} and the generated types; not on the scorer or the extractors.
 */
package org.annocorpus.gold;
