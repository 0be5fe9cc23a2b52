/**
 * Numeric-claim extraction: the rule-based {@link org.annocorpus.numeric.NumericClaimAnnotator}
 * (lexer, quantity parser, qualifier and quantified finders, the scheme's exclusions) and a CoreNLP-based
 * comparison extractor.
 *
 * <p>uimaFIT components over DKPro and the project's types ({@code type}); it depends only on
 * {@code scheme} (qualifiers, units), {@code text} (the token view), {@code corenlp} (the comparison
 * extractor's pipeline) and {@code util}.
 */
package org.annocorpus.numeric;
