package org.annocorpus.ner.tagger;

/** Tokens {@code first..last} (inclusive) of a sentence form an entity of a type. */
public record Span(int first, int last, String type) {
}
