package org.annocorpus.ner;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** Small helpers over the {@code NamedEntity} annotations of a CAS. */
final class Entities {

    private Entities() {
    }

    static NamedEntity add(JCas jcas, int begin, int end, String type) {
        NamedEntity entity = new NamedEntity(jcas, begin, end);
        entity.setValue(type);
        entity.addToIndexes();
        return entity;
    }

    /** True when any named entity shares a character with {@code begin..end}. */
    static boolean overlapsAny(JCas jcas, int begin, int end) {
        return !overlapping(jcas, begin, end).isEmpty();
    }

    /** The named entities that share a character with {@code begin..end}. */
    static List<NamedEntity> overlapping(JCas jcas, int begin, int end) {
        List<NamedEntity> result = new ArrayList<>();
        for (NamedEntity e : JCasUtil.selectOverlapping(jcas, NamedEntity.class, begin, end)) {
            // selectOverlapping also returns zero-width annotations at the borders
            if (e.getBegin() < end && e.getEnd() > begin) {
                result.add(e);
            }
        }
        return result;
    }

    /**
     * Adds an entity over {@code begin..end} after trimming white space and punctuation from both ends
     * (a full stop stays after an abbreviation such as "U.S."); adds nothing when no letter or digit is
     * left. Returns the entity or null.
     */
    static NamedEntity addTrimmed(JCas jcas, int begin, int end, String type) {
        String text = jcas.getDocumentText();
        int[] span = Spans.trim(text, begin, end);
        if (span == null) {
            return null;
        }
        return add(jcas, span[0], span[1], type);
    }
}
