package org.annocorpus.cli;

/** An invented CoNLL file of two sentences, for the tests of the training commands. */
final class TinyConll {

    /** Token and IOB2 tag per line; invented names, so that no real entity is learnt. */
    static final String TEXT = """
            Mr. O
            Halvor B-PER
            visited O
            Varnholm B-LOC
            . O

            Zentrix B-ORG
            Corp I-ORG
            hired O
            Quenby B-PER
            Orrin I-PER
            . O

            """;

    private TinyConll() {
    }
}
