package org.annocorpus.preprocess;

import static org.apache.uima.fit.util.JCasUtil.selectCovered;

import java.io.IOException;
import java.util.List;

import org.annocorpus.preprocess.internal.LongRuns;
import org.annocorpus.preprocess.internal.OpenNlpModels;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.dkpro.core.api.segmentation.SegmenterBase;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens from OpenNLP's maxent models, as DKPro's {@code OpenNlpSegmenter} makes them
 * (same parameters, same output on ordinary text), in time linear in the text. OpenNLP's sentence
 * detector and tokenizer spend time quadratic in the length of a whitespace-free run (a million
 * quotation marks on one line did not finish in ten minutes); here a run longer than
 * {@code maxRunLength} is cut into tokens of that length without the tokenizer, and the sentence
 * detector looks for no sentence end inside it ({@link LongRuns}). A sentence over
 * {@code maxSentenceTokens} tokens is split, for the tagger after it. News text has no such run (the
 * longest in the 840 PolNeAR training articles is an 87-character URL) and no such sentence.
 */
@ResourceMetaData(name = "Linear-time OpenNLP segmenter")
@TypeCapability(outputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" })
public class LinearOpenNlpSegmenter extends SegmenterBase {

    /** The OpenNLP sentence model: {@code classpath:/path} or a file path. */
    public static final String PARAM_SEGMENTATION_MODEL_LOCATION = "segmentationModelLocation";
    @ConfigurationParameter(name = PARAM_SEGMENTATION_MODEL_LOCATION)
    private String segmentationModelLocation;

    /** The OpenNLP tokenizer model: {@code classpath:/path} or a file path. */
    public static final String PARAM_TOKENIZATION_MODEL_LOCATION = "tokenizationModelLocation";
    @ConfigurationParameter(name = PARAM_TOKENIZATION_MODEL_LOCATION)
    private String tokenizationModelLocation;

    /**
     * The longest whitespace-free run given whole to the models; a longer one is cut into pieces of this
     * length, each cut a token boundary. It bounds the cost per character (time grows with it).
     */
    public static final String PARAM_MAX_RUN_LENGTH = "maxRunLength";
    @ConfigurationParameter(name = PARAM_MAX_RUN_LENGTH, defaultValue = "256")
    private int maxRunLength;

    /**
     * The most tokens a sentence may have; a longer one (a line without a full stop, a long run cut into
     * tokens) is split into sentences of this many tokens, since OpenNLP's part-of-speech beam search copies
     * the tags so far at every step, time quadratic in the sentence. News sentences are far shorter.
     */
    public static final String PARAM_MAX_SENTENCE_TOKENS = "maxSentenceTokens";
    @ConfigurationParameter(name = PARAM_MAX_SENTENCE_TOKENS, defaultValue = "1000")
    private int maxSentenceTokens;

    /** Below this, ordinary long words and URLs would be cut. */
    static final int MIN_RUN_LENGTH = 64;

    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (maxSentenceTokens < 1) {
            throw new ResourceInitializationException(new IllegalArgumentException(PARAM_MAX_SENTENCE_TOKENS
                    + " must be positive, not " + maxSentenceTokens));
        }
        if (maxRunLength < MIN_RUN_LENGTH) {
            throw new ResourceInitializationException(new IllegalArgumentException(PARAM_MAX_RUN_LENGTH
                    + " must be at least " + MIN_RUN_LENGTH + ", not " + maxRunLength));
        }
        try {
            // the models are shared; the detector and tokenizer keep per-call state, so each instance has its own
            sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentences(segmentationModelLocation));
            tokenizer = new TokenizerME(OpenNlpModels.tokens(tokenizationModelLocation));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    protected void process(JCas jcas, String text, int zoneBegin) {
        if (isWriteSentence()) {
            for (Span sentence : sentenceDetector.sentPosDetect(LongRuns.maskedForSentences(text, maxRunLength))) {
                createSentence(jcas, sentence.getStart() + zoneBegin, sentence.getEnd() + zoneBegin);
            }
        }
        if (isWriteToken()) {
            List<Sentence> sentences = selectCovered(jcas, Sentence.class, zoneBegin, zoneBegin + text.length());
            for (Sentence sentence : sentences) {
                Span[] tokens = LongRuns.tokenize(tokenizer, sentence.getCoveredText(), maxRunLength);
                for (Span token : tokens) {
                    createToken(jcas, token.getStart() + sentence.getBegin(), token.getEnd() + sentence.getBegin());
                }
                if (tokens.length > maxSentenceTokens && isWriteSentence()) {
                    split(jcas, sentence, tokens);
                }
            }
        }
    }

    /** Replaces {@code sentence} by consecutive sentences of at most maxSentenceTokens of its tokens. */
    private void split(JCas jcas, Sentence sentence, Span[] tokens) {
        int offset = sentence.getBegin();
        sentence.removeFromIndexes();
        for (int first = 0; first < tokens.length; first += maxSentenceTokens) {
            int last = Math.min(tokens.length, first + maxSentenceTokens) - 1;
            new Sentence(jcas, offset + tokens[first].getStart(), offset + tokens[last].getEnd()).addToIndexes();
        }
    }
}
