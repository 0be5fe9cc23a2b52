/**
 * The {@code corpus} command line (picocli): one class per command, each returning an exit code
 * ({@link org.annocorpus.cli.ExitCodes}) and writing to the streams it is given.
 *
 * <p>The top of the package graph: it may depend on every other package of the project; none depends on
 * it. Commands only parse options and call the packages that do the work.
 */
package org.annocorpus.cli;
