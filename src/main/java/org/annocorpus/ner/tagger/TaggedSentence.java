package org.annocorpus.ner.tagger;

import java.util.List;

/** A sentence's tokens and its entities (gold ones for training, none when only tagging). */
public record TaggedSentence(List<String> tokens, List<Span> entities) {
}
