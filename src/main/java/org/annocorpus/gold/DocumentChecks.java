package org.annocorpus.gold;

import java.util.Map;

/**
 * Base of the scheme checks of one {@link ValidatedDocument}: the parts of the document they read, and
 * reporting into its problem list. Each subclass is one group of checks, run once.
 */
abstract class DocumentChecks {

    final ValidatedDocument document;
    /** The text as code points, or null when it is missing or cannot be decoded. */
    final int[] text;
    final BratAnnotations brat;
    /** The text-bound annotations by id (the first of a duplicated id). */
    final Map<String, BratAnnotations.TextBound> textBounds;

    DocumentChecks(ValidatedDocument document) {
        this.document = document;
        this.text = document.text;
        this.brat = document.brat;
        this.textBounds = document.textBounds;
    }

    /** Runs the checks, adding what they find to the document's problems. */
    abstract void run();

    final void error(int line, String message) {
        document.error(line, message);
    }

    final void warning(int line, String message) {
        document.warning(line, message);
    }

    /** See {@link ValidatedDocument#target}. */
    final BratAnnotations.TextBound target(String id, int line, String what) {
        return document.target(id, line, what);
    }

    final void textWarning(int offset, String message) {
        document.textWarning(offset, message);
    }
}
