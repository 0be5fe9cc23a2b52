package org.annocorpus.io;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.cas.TOP;

/**
 * XML cannot hold half of a UTF-16 surrogate pair, so one string feature holding it makes a whole
 * document unwritable. Token boundaries are repaired after the segmenter ({@code CodePointBoundaries}),
 * but a component may still build a string that cuts a character (OpenNLP's lemmatizer edits token
 * strings char by char). The XMI writer calls this last: each lone half becomes U+FFFD.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /** Repairs every string feature of every indexed feature structure in every view; returns how many. */
    public static int repair(CAS cas) {
        int repaired = 0;
        TypeSystem ts = cas.getTypeSystem();
        Type stringType = ts.getType(CAS.TYPE_NAME_STRING);
        for (java.util.Iterator<CAS> views = cas.getViewIterator(); views.hasNext();) {
            CAS view = views.next();
            for (TOP fs : view.getIndexRepository().getIndexedFSs()) {
                repaired += repair(fs, stringType, ts, view);
            }
        }
        return repaired;
    }

    private static int repair(FeatureStructure fs, Type stringType, TypeSystem ts, CAS view) {
        int repaired = 0;
        for (Feature feature : fs.getType().getFeatures()) {
            if (!ts.subsumes(stringType, feature.getRange())) {
                continue;
            }
            String value = fs.getStringValue(feature);
            if (value != null && has(value)) {
                String fixed = fix(value);
                // a string may be an index key: the indexes are protected while it changes
                view.protectIndexes(() -> fs.setStringValue(feature, fixed));
                repaired++;
            }
        }
        return repaired;
    }

    public static boolean has(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static String fix(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
