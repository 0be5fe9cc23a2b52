package org.annocorpus.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

/**
 * A second quotation extractor, to compare with {@link QuotationAnnotator}: Stanford CoreNLP's
 * QuoteAnnotator with its quote attribution (sieves over dependency parses, named entities and
 * coreference), run on the document text as CoreNLP tokenises it. Its output is mapped to the scheme
 * only where the two differ in form: CoreNLP's quotation includes the marks, the scheme's does not (the
 * content is trimmed like {@link QuoteSpanFinder#trimContent}); the speaker is CoreNLP's canonical
 * speaker, else its speaker; the speaker mention is CoreNLP's speaker mention (without one, no speaker).
 * Needs about 3 GB of heap (named entities, parser, statistical coreference), and more for each
 * further thread (each instance's quote attribution loads its own dependency parser).
 */
@ResourceMetaData(name = "CoreNLP quotation annotator",
        description = "Stanford CoreNLP QuoteAnnotator with quote attribution, mapped to Quotation and SourceMention.")
@TypeCapability(outputs = {"org.annocorpus.type.Quotation", "org.annocorpus.type.Quotation:speaker",
        "org.annocorpus.type.Quotation:speakerMention", "org.annocorpus.type.SourceMention"})
public class CoreNlpQuoteAnnotator extends JCasAnnotator_ImplBase {

    /** CoreNLP coreference algorithm the attribution uses: statistical, neural, fastneural or clustering. */
    public static final String PARAM_COREF_ALGORITHM = "corefAlgorithm";
    @ConfigurationParameter(name = PARAM_COREF_ALGORITHM, defaultValue = "statistical")
    private String corefAlgorithm;

    /** Class-path location of the CRF named-entity model. */
    public static final String PARAM_NER_MODEL = "nerModel";
    @ConfigurationParameter(name = PARAM_NER_MODEL,
            defaultValue = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz")
    private String nerModel;

    /** Tokens to coreference: annotators from CoreNLP's shared pool, which several threads may use at once. */
    private StanfordCoreNLP pipeline;
    /**
     * Quotations and their attribution: this instance's own. CoreNLP's quote attribution keeps each document's
     * persons in a field, so one annotator shared by two threads (as the pool shares it) mixes their documents
     * and fails now and then.
     */
    private QuoteAnnotator quotes;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("coref.algorithm", corefAlgorithm);
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("quote.attributeQuotes", "true");
        try {
            pipeline = new StanfordCoreNLP(p);
            quotes = new QuoteAnnotator("quote", p);
        } catch (RuntimeException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isBlank()) {
            return;
        }
        CoreDocument doc;
        try {
            Annotation annotation = new Annotation(text);
            pipeline.annotate(annotation);
            quotes.annotate(annotation);
            doc = new CoreDocument(annotation);
        } catch (RuntimeException e) {
            throw new AnalysisEngineProcessException(e);
        }
        Map<Long, SourceMention> mentions = new HashMap<>();
        int lastEnd = -1;
        for (CoreQuote quote : doc.quotes()) {
            Pair<Integer, Integer> offsets = quote.quoteCharOffsets();
            int begin = offsets.first();
            int end = offsets.second();
            if (begin < lastEnd || end > text.length() || end - begin < 2) {
                continue; // spans of one layer never overlap
            }
            if (QuoteMarks.isMark(text.charAt(begin))) {
                begin++;
            }
            if (end > begin && QuoteMarks.isMark(text.charAt(end - 1))) {
                end--;
            }
            int[] content = QuoteSpanFinder.trimContent(text, begin, end);
            if (content[1] <= content[0]) {
                continue;
            }
            lastEnd = offsets.second();
            Quotation q = new Quotation(jcas, content[0], content[1]);
            q.setSpeaker("");
            String speaker = quote.canonicalSpeaker().or(quote::speaker).orElse("").strip();
            Pair<Integer, Integer> at = quote.speakerCharOffsets().orElse(null);
            if (!speaker.isEmpty() && at != null && at.first() >= 0 && at.second() <= text.length()
                    && at.first() < at.second()) {
                long key = ((long) at.first() << 32) | at.second();
                SourceMention mention = mentions.computeIfAbsent(key, k -> {
                    SourceMention s = new SourceMention(jcas, at.first(), at.second());
                    s.addToIndexes();
                    return s;
                });
                q.setSpeaker(speaker);
                q.setSpeakerMention(mention);
            }
            q.addToIndexes();
        }
    }
}
