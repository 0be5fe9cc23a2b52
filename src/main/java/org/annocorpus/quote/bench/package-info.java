/**
 * The quotation benchmark on PolNeAR: its attribution files turned into the project's quotation gold,
 * and extractors scored on them.
 *
 * <p>May depend on {@code io}, {@code util} and the generated types. Run by {@code eval/polnear-quotes.sh},
 * which takes the PolNeAR paths as arguments: the data is not in the repository, and no test needs it.
 */
package org.annocorpus.quote.bench;
