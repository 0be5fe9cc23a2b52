package org.annocorpus.ner;

/**
 * A token as the named-entity components see it: exact character offsets into the document and a text
 * normalised for matching and for the CoreNLP models (typographic apostrophes and quotes as ASCII).
 */
public record NerToken(int begin, int end, String text) {

    /** True when the text starts with an upper-case letter (or a digit inside a name such as "G7"). */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
