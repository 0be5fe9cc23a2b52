package org.annocorpus.quote;

/**
 * One rule of speaker attribution. {@link SpeakerAttributor} tries the sieves of its list in order on each
 * quotation; the first that returns an attribution decides and is recorded as the quotation's
 * {@code attributionSieve}.
 */
interface SpeakerSieve {

    /** The name under which pipelines list the sieve and quotations record it. */
    String name();

    /**
     * Whether the sieve reads only the text around the quotation; one that is not local reads other
     * quotations' attributions.
     */
    boolean local();

    /** The attribution of quotation {@code q}, or null to leave it to the next sieve. */
    SpeakerAttributor.Attribution attribute(int q, SpeakerAttributor s);
}
