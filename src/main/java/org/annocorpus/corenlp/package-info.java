/**
 * Stanford CoreNLP's resources, held once per JVM: its CRF named-entity models and its annotation
 * pipelines, shared by every component instance and thread that asks for the same one.
 *
 * <p>A leaf over CoreNLP: it depends on no other package of the project; the extractors that use CoreNLP
 * ({@code ner}, {@code ner.tagger}, {@code numeric}) and the commands that train them may use it.
 */
package org.annocorpus.corenlp;
