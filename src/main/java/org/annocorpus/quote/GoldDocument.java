package org.annocorpus.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.jcas.JCas;

/**
 * One gold document as the quotation models train on it ({@link SpeakerRankerTraining},
 * {@link NamingClassifierTraining}): the extractor's view of the pipeline's output for its text, and the gold
 * quotations' speakers and speaker mentions by quotation span.
 */
public final class GoldDocument {

    /** A gold quotation: its span (UTF-16 offsets of the CAS) and speaker ("" for none). */
    public record GoldQuotation(int begin, int end, String speaker, int mentionBegin, int mentionEnd) {

        /** A gold quotation without a speaker mention. */
        public GoldQuotation(int begin, int end, String speaker) {
            this(begin, end, speaker, -1, -1);
        }
    }

    final String id;
    final TextModel model;
    /** The gold speaker by quotation span ({@link #key}). */
    final Map<Long, String> gold;
    /** The gold speaker mention's span by quotation span, for the quotations that have one. */
    final Map<Long, Long> goldMention;

    private GoldDocument(String id, TextModel model, Map<Long, String> gold, Map<Long, Long> goldMention) {
        this.id = id;
        this.model = model;
        this.gold = gold;
        this.goldMention = goldMention;
    }

    /** A document from the pipeline's output {@code system} and the gold quotations of the same text. */
    public static GoldDocument of(String id, JCas system, List<GoldQuotation> gold) {
        Map<Long, String> byspan = new HashMap<>();
        Map<Long, Long> mentions = new HashMap<>();
        for (GoldQuotation g : gold) {
            byspan.put(key(g.begin(), g.end()), g.speaker() == null ? "" : g.speaker());
            if (g.mentionBegin() >= 0) {
                mentions.put(key(g.begin(), g.end()), key(g.mentionBegin(), g.mentionEnd()));
            }
        }
        return new GoldDocument(id, QuotationAnnotator.model(system), byspan, mentions);
    }

    public String id() {
        return id;
    }

    /** The key of a span in the maps: begin and end in one number. */
    static long key(int begin, int end) {
        return ((long) begin << 32) | end;
    }
}
