/**
 * Small helpers every package may use: atomic file writing, UTF-16 to code point offsets, and user
 * messages from wrapped UIMA exceptions.
 *
 * <p>A leaf: it depends on no other package of the project.
 */
package org.annocorpus.util;
