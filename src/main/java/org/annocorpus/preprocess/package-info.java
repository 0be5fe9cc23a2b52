/**
 * Preprocessing the DKPro components do not cover: the clitic splitter that makes the tokenizer's
 * output match the UD tokenisation the taggers expect.
 *
 * <p>A leaf: it depends on no other package of the project; the extractors may use it.
 */
package org.annocorpus.preprocess;
