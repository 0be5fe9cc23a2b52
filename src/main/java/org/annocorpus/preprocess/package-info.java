/**
 * Preprocessing the DKPro components do not cover: the clitic and dash splitters (on one
 * {@code TokenSplitter_ImplBase}) that make the tokenizer's output match the tokenisation the taggers expect,
 * and the repair of sentences the splitter cut after an abbreviation ({@code SentenceBreakRepair}).
 *
 * <p>A leaf: it depends on no other package of the project; the extractors may use it.
 */
package org.annocorpus.preprocess;
