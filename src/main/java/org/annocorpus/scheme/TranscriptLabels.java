package org.annocorpus.scheme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheme's transcript label (GUIDELINES H28): in a transcript a paragraph's quoted words open with the
 * speaker's name in capitals and a colon ("“PENCE: Well, look, ...”"); the label names the Source and is
 * outside the quotation. The quotation extractor and the PolNeAR importer both cut it off here.
 */
public final class TranscriptLabels {

    /** One to three words in capitals (two letters or more; a point, apostrophe or hyphen inside), a colon, space. */
    private static final Pattern LABEL = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'\u2019\\-]*\\p{Lu}[.]?(?:[ \u00A0]\\p{Lu}[\\p{Lu}.'\u2019\\-]*\\p{Lu}[.]?){0,2}:\\s+(?=\\S)");

    private TranscriptLabels() {
    }

    /**
     * The number of characters of the transcript label (with the colon and the space after it) that opens
     * {@code content}; 0 when it opens with none.
     */
    public static int length(CharSequence content) {
        Matcher m = LABEL.matcher(content);
        return m.lookingAt() ? m.end() : 0;
    }
}
