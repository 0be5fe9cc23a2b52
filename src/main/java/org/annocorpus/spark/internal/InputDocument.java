package org.annocorpus.spark.internal;

import java.io.Serializable;

/**
 * One document as the driver hands it out: its place in the corpus order and where its text is, either a
 * file ({@code file}) or a JSON Lines record ({@code jsonLine}, from {@code source} at line
 * {@code index + 1}).
 */
public record InputDocument(long index, String file, String source, String jsonLine) implements Serializable {

    public static InputDocument ofFile(long index, String file) {
        return new InputDocument(index, file, null, null);
    }

    public static InputDocument ofJsonLine(long index, String source, String line) {
        return new InputDocument(index, null, source, line);
    }
}
