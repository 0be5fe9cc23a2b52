package org.annocorpus.pipeline;

import java.time.Duration;
import java.util.Locale;

/**
 * What one document may cost: at most {@code maxCharacters} code points and {@code timeout} of analysis.
 * A document over either limit is that document's failure; the run goes on with the next one.
 */
public record DocumentLimits(int maxCharacters, Duration timeout) {

    /** News articles are a few thousand characters; a million is a book, or a broken file. */
    public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;
    /** The default pipeline annotates a long article in seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static final DocumentLimits DEFAULT = new DocumentLimits(DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT);

    public DocumentLimits {
        if (maxCharacters <= 0) {
            throw new IllegalArgumentException("the character limit must be positive: " + maxCharacters);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeout);
        }
    }

    /** Why {@code text} is over the character limit, or null when it is not (the length check first: it is cheap). */
    public String tooLong(String text) {
        if (text != null && text.length() > maxCharacters && text.codePointCount(0, text.length()) > maxCharacters) {
            return String.format(Locale.ROOT, "%d characters, over the limit of %d (--max-chars)",
                    text.codePointCount(0, text.length()), maxCharacters);
        }
        return null;
    }
}
