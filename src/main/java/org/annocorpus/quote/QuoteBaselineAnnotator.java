package org.annocorpus.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.quote.QuoteSpanFinder.Range;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * A deliberately simple quotation baseline, the floor the real extractors are measured against: every
 * pair of double quotation marks within a paragraph (“ with ”, " with the next "), content without the
 * marks (trimmed like {@link QuoteSpanFinder#trimContent}); its speaker is the name nearest to it in
 * the same sentence outside quotation marks (a named entity if the pipeline has them, else a run of
 * proper nouns), as written. No single marks, no unclosed quotations, no names told from quotations,
 * no reporting verbs, no pronouns, no canonical names.
 */
@ResourceMetaData(name = "Quotation baseline",
        description = "Paired double marks; speaker = nearest name in the sentence. A floor for comparison.")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS"},
        outputs = {"org.annocorpus.type.Quotation", "org.annocorpus.type.Quotation:speaker",
                "org.annocorpus.type.Quotation:speakerMention", "org.annocorpus.type.SourceMention"})
public class QuoteBaselineAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        TextModel model = QuotationAnnotator.model(jcas);
        List<QuoteSpan> quotes = new ArrayList<>();
        for (Range para : model.paragraphs) {
            int straight = -1;
            int curly = -1;
            for (int i = para.begin(); i < para.end(); i++) {
                char c = text.charAt(i);
                int open = -1;
                if (c == '"') {
                    if (straight < 0) {
                        straight = i;
                    } else {
                        open = straight;
                        straight = -1;
                    }
                } else if (c == '\u201C') {
                    curly = curly < 0 ? i : curly;
                } else if (c == '\u201D' && curly >= 0) {
                    open = curly;
                    curly = -1;
                }
                if (open >= 0) {
                    int[] content = QuoteSpanFinder.trimContent(text, open + 1, i);
                    if (content[1] > content[0]) {
                        quotes.add(new QuoteSpan(open, content[0], content[1], i, QuoteSpan.Ending.CLOSED, false));
                    }
                }
            }
        }
        quotes.sort((a, b) -> Integer.compare(a.open(), b.open()));
        List<QuoteSpan> flat = new ArrayList<>();
        for (QuoteSpan q : quotes) {
            if (flat.isEmpty() || q.open() >= flat.get(flat.size() - 1).regionEnd()) {
                flat.add(q);
            }
        }
        model.setQuotes(flat);
        Map<Long, SourceMention> mentions = new HashMap<>();
        for (int q = 0; q < flat.size(); q++) {
            QuoteSpan span = flat.get(q);
            Quotation quotation = new Quotation(jcas, span.contentBegin(), span.contentEnd());
            quotation.setSpeaker("");
            TextModel.Name nearest = nearestName(model, span);
            if (nearest != null) {
                long key = ((long) nearest.begin() << 32) | nearest.end();
                SourceMention mention = mentions.computeIfAbsent(key, k -> {
                    SourceMention s = new SourceMention(jcas, nearest.begin(), nearest.end());
                    s.addToIndexes();
                    return s;
                });
                quotation.setSpeaker(model.covered(nearest.begin(), nearest.end()));
                quotation.setSpeakerMention(mention);
            }
            quotation.addToIndexes();
        }
    }

    /** The name outside quotations, in a sentence the quotation touches, nearest to it in characters. */
    private static TextModel.Name nearestName(TextModel m, QuoteSpan span) {
        int first = m.tokenAtOrAfter(span.open());
        int last = Math.max(first, m.tokenAtOrAfter(span.regionEnd()) - 1);
        if (first >= m.size()) {
            return null;
        }
        int fromSentence = m.sentenceOf[first];
        int toSentence = m.sentenceOf[Math.min(last, m.size() - 1)];
        TextModel.Name best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TextModel.Name n : m.names) {
            int s = m.sentenceOf[n.first()];
            if (s < fromSentence || s > toSentence || !m.narrative(n.first())) {
                continue;
            }
            int distance = n.end() <= span.open() ? span.open() - n.end() : n.begin() - span.regionEnd();
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = n;
            }
        }
        return best;
    }
}
