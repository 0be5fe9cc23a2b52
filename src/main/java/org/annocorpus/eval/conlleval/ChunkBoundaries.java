package org.annocorpus.eval.conlleval;

/**
 * conlleval.pl's {@code startOfChunk} and {@code endOfChunk}: whether a chunk starts at, or ended before,
 * the current token, from the previous and current tag (B, I, E, O, '[', ']', '.') and chunk type. They
 * cover IOB1 (a chunk opens on I after O, or on a change of type), IOB2 (on B) and IOE, and treat a stray
 * I- (after O, or after a chunk of another type) as the start of a new chunk.
 */
final class ChunkBoundaries {

    private ChunkBoundaries() {
    }

    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean chunkEnd = false;
        if (prevTag.equals("B") && tag.equals("B")) {
            chunkEnd = true;
        }
        if (prevTag.equals("B") && tag.equals("O")) {
            chunkEnd = true;
        }
        if (prevTag.equals("I") && tag.equals("B")) {
            chunkEnd = true;
        }
        if (prevTag.equals("I") && tag.equals("O")) {
            chunkEnd = true;
        }
        if (prevTag.equals("E") && tag.equals("E")) {
            chunkEnd = true;
        }
        if (prevTag.equals("E") && tag.equals("I")) {
            chunkEnd = true;
        }
        if (prevTag.equals("E") && tag.equals("O")) {
            chunkEnd = true;
        }
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) {
            chunkEnd = true;
        }
        // conlleval: "these chunks are assumed to have length 1"
        if (prevTag.equals("]") || prevTag.equals("[")) {
            chunkEnd = true;
        }
        return chunkEnd;
    }

    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean chunkStart = false;
        if (prevTag.equals("B") && tag.equals("B")) {
            chunkStart = true;
        }
        if (prevTag.equals("I") && tag.equals("B")) {
            chunkStart = true;
        }
        if (prevTag.equals("O") && tag.equals("B")) {
            chunkStart = true;
        }
        if (prevTag.equals("O") && tag.equals("I")) {
            chunkStart = true;
        }
        if (prevTag.equals("E") && tag.equals("E")) {
            chunkStart = true;
        }
        if (prevTag.equals("E") && tag.equals("I")) {
            chunkStart = true;
        }
        if (prevTag.equals("O") && tag.equals("E")) {
            chunkStart = true;
        }
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) {
            chunkStart = true;
        }
        if (tag.equals("[") || tag.equals("]")) {
            chunkStart = true;
        }
        return chunkStart;
    }
}
