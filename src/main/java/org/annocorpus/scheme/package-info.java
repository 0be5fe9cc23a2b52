/**
 * The annotation scheme, each fact once: the layers and everything the scheme says per layer
 * ({@link org.annocorpus.scheme.Layer}), the entity types ({@link org.annocorpus.scheme.EntityType}), the
 * qualifiers ({@link org.annocorpus.scheme.Qualifier}) and units ({@link org.annocorpus.scheme.Units}) of
 * a numeric claim, the string labels of gold files ({@link org.annocorpus.scheme.Labels}), the titles kept
 * out of names ({@link org.annocorpus.scheme.Titles}) and how two speaker strings are compared
 * ({@link org.annocorpus.scheme.SpeakerNames}).
 *
 * <p>A leaf: it depends only on the generated types ({@code type}) and {@code util}; validator, scorer,
 * exporters, review and extractors read the scheme from here. The guidelines are gold/GUIDELINES.md.
 */
package org.annocorpus.scheme;
