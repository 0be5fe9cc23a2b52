/**
 * Numeric-claim extraction: the rule-based {@link org.annocorpus.numeric.NumericClaimAnnotator}
 * (lexer, quantity parser, qualifier and quantified finders, the scheme's exclusions) and a CoreNLP-based
 * comparison extractor.
 *
 * <p>uimaFIT components over DKPro and the project's types ({@code type}); it depends on no other package
 * of the project.
 */
package org.annocorpus.numeric;
