package org.annocorpus.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A train/dev/test split given as percentages ({@code "80/10/10"}), deciding each document's part from
 * a hash of its id alone: the same id always lands in the same part, so adding documents to a corpus
 * never moves the old ones, and no state or random seed is involved.
 */
public final class Splits {

    /** The parts in the order their percentages are given. */
    public static final List<String> PARTS = List.of("train", "dev", "test");

    /** Resolution of the hash: a document falls in one of 10,000 buckets (0.01% steps). */
    private static final int BUCKETS = 10_000;

    private final int[] upperBounds;
    private final String spec;

    private Splits(String spec, int[] upperBounds) {
        this.spec = spec;
        this.upperBounds = upperBounds;
    }

    /**
     * Parses {@code "80/10/10"} (three non-negative integers summing to 100; {@code "90/10"} means no
     * test part). Throws {@link IllegalArgumentException} with a message saying what is wrong.
     */
    public static Splits parse(String spec) {
        String[] fields = spec.trim().split("/");
        if (fields.length < 2 || fields.length > PARTS.size()) {
            throw new IllegalArgumentException("split '" + spec + "' must be train/dev/test percentages such as 80/10/10");
        }
        int[] bounds = new int[fields.length];
        int sum = 0;
        for (int i = 0; i < fields.length; i++) {
            int percent;
            try {
                percent = Integer.parseInt(fields[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("split '" + spec + "': '" + fields[i] + "' is not a whole percentage");
            }
            if (percent < 0) {
                throw new IllegalArgumentException("split '" + spec + "': percentages cannot be negative");
            }
            sum += percent;
            bounds[i] = sum * (BUCKETS / 100);
        }
        if (sum != 100) {
            throw new IllegalArgumentException("split '" + spec + "': percentages sum to " + sum + ", not 100");
        }
        return new Splits(spec.trim(), bounds);
    }

    /** The parts this split writes (train, dev and, unless two percentages were given, test). */
    public List<String> parts() {
        return new ArrayList<>(PARTS.subList(0, upperBounds.length));
    }

    /** The part of the document with this id. */
    public String partOf(String documentId) {
        int bucket = bucket(documentId);
        for (int i = 0; i < upperBounds.length; i++) {
            if (bucket < upperBounds[i]) {
                return PARTS.get(i);
            }
        }
        throw new IllegalStateException("bucket " + bucket + " outside " + spec);
    }

    /** 0..9999 from the first eight bytes of SHA-256("annocorpus-split:" + id). */
    static int bucket(String documentId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("annocorpus-split:" + documentId).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(value, BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s", spec);
    }
}
