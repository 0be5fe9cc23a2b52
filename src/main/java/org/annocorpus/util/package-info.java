/**
 * Small helpers every package may use: atomic file writing, UTF-16 to code point offsets, user
 * messages from wrapped UIMA exceptions, the word-list reader ({@link org.annocorpus.util.TsvResource}) and
 * set unions for word lists.
 *
 * <p>A leaf: it depends on no other package of the project.
 */
package org.annocorpus.util;
