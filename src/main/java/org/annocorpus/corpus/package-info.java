/**
 * The annotation layers of the scheme as the code sees them ({@link org.annocorpus.corpus.Layer}: each
 * layer's UIMA type and label).
 *
 * <p>A leaf: it depends only on the generated types ({@code type}); scorer, exporters and review read the
 * layers from here.
 */
package org.annocorpus.corpus;
