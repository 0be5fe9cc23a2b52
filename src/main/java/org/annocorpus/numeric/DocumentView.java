package org.annocorpus.numeric;

import java.util.ArrayList;
import java.util.List;

import org.annocorpus.scheme.EntityType;
import org.annocorpus.text.TokenView;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

import static org.apache.uima.fit.util.JCasUtil.select;

/**
 * What the extractor needs of a document's other annotations, in sorted arrays: tokens with their
 * universal part-of-speech tag and sentences (from the shared {@link TokenView}), and named-entity spans
 * (when an entity recogniser ran before).
 */
final class DocumentView {

    /** A token: offsets, text, the universal POS tag (the part before "+" of "PROPN+PART") and whether it ends in a possessive. */
    record Tok(int begin, int end, String text, String upos, boolean possessive) {
        boolean is(String... tags) {
            for (String t : tags) {
                if (t.equals(upos)) {
                    return true;
                }
            }
            return false;
        }

        /** The end without a possessive 's, ’s, ' or ’. */
        int endWithoutPossessive() {
            if (text.endsWith("'s") || text.endsWith("’s")) {
                return end - 2;
            }
            if (text.endsWith("'") || text.endsWith("’")) {
                return end - 1;
            }
            return end;
        }
    }

    record Span(int begin, int end) {
    }

    final String text;
    final List<Tok> tokens = new ArrayList<>();
    final List<Span> sentences = new ArrayList<>();
    final List<Span> entities = new ArrayList<>();
    /** The persons among {@link #entities}. */
    final List<Span> persons = new ArrayList<>();

    DocumentView(JCas jcas) {
        TokenView view = TokenView.of(jcas);
        this.text = view.text();
        for (TokenView.Word w : view.words()) {
            String text = w.text();
            boolean possessive = w.gluedParticle() || text.endsWith("'s") || text.endsWith("’s")
                    || (text.length() > 1 && (text.endsWith("'") || text.endsWith("’")));
            tokens.add(new Tok(w.begin(), w.end(), text, w.upos(), possessive));
        }
        for (TokenView.Extent s : view.sentences()) {
            sentences.add(new Span(s.begin(), s.end()));
        }
        for (NamedEntity e : select(jcas, NamedEntity.class)) {
            entities.add(new Span(e.getBegin(), e.getEnd()));
            if (EntityType.PER.name().equals(e.getValue())) {
                persons.add(new Span(e.getBegin(), e.getEnd()));
            }
        }
    }

    /** The sentence that contains {@code offset}, or the line around it when there are no sentences. */
    Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (s.end <= offset) {
                lo = mid + 1;
            } else if (s.begin > offset) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        int b = offset;
        while (b > 0 && text.charAt(b - 1) != '\n') {
            b--;
        }
        int e = offset;
        while (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return new Span(b, e);
    }

    /** Index of the first token that begins at or after {@code offset}, or {@code tokens.size()}. */
    int firstTokenFrom(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that ends at or before {@code offset}, or -1. */
    int lastTokenBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The token that covers {@code offset}, or null. */
    Tok tokenAt(int offset) {
        int i = firstTokenFrom(offset + 1) - 1;
        if (i >= 0 && tokens.get(i).begin <= offset && offset < tokens.get(i).end) {
            return tokens.get(i);
        }
        return null;
    }

    boolean overlapsEntity(int begin, int end) {
        for (Span e : entities) {
            if (e.begin < end && begin < e.end) {
                return true;
            }
        }
        return false;
    }

    /** A named entity ends exactly at {@code offset}. */
    boolean entityEndsAt(int offset) {
        return endsAt(entities, offset);
    }

    /** A person's name ends exactly at {@code offset}. */
    boolean personEndsAt(int offset) {
        return endsAt(persons, offset);
    }

    private static boolean endsAt(List<Span> spans, int offset) {
        for (Span e : spans) {
            if (e.end == offset) {
                return true;
            }
        }
        return false;
    }
}
