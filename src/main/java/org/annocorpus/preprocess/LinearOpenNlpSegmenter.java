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
 * {@code maxRunLength} is cut into pieces of at most that length before the tokenizer sees it, and the
 * sentence detector looks for no sentence end inside it ({@link LongRuns}). News text has no such run:
 * the longest in the 840 PolNeAR training articles is an 87-character URL.
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

    /** Below this, ordinary long words and URLs would be cut. */
    static final int MIN_RUN_LENGTH = 64;

    private SentenceDetectorME sentenceDetector;
    private TokenizerME tokenizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
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
                for (Span token : LongRuns.tokenize(tokenizer, sentence.getCoveredText(), maxRunLength)) {
                    createToken(jcas, token.getStart() + sentence.getBegin(), token.getEnd() + sentence.getBegin());
                }
            }
        }
    }
}
