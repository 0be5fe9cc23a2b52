package org.annocorpus.numeric;

import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.opennlp.OpenNlpPosTagger;
import org.dkpro.core.opennlp.OpenNlpSegmenter;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.util.JCasUtil.select;

/**
 * OpenNLP's UD segmenter and tagger for small invented sentences. Not yet the pipelines' shared
 * preprocessing ({@code testing.Preprocessing}: paragraphs, clitics split, lemmas): on it one case of
 * {@code NumericClaimAnnotatorTest} differs ("0.6% of the island's area" quantifies "island", its "'s"
 * tagged PUNCT), a difference of the extractor's to settle before this fixture is replaced.
 */
final class NumericTestPipeline {

    /** One claim as the tests compare it. */
    record Claim(String text, double value, String unit, String qualifier, String quantified) {
        static Claim of(NumericClaim c) {
            return new Claim(c.getCoveredText(), c.getValue(), c.getUnit(), c.getQualifier(), c.getQuantified());
        }
    }

    private static AnalysisEngine preprocessing;

    private NumericTestPipeline() {
    }

    static synchronized JCas preprocess(String text) throws Exception {
        if (preprocessing == null) {
            preprocessing = createEngine(org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription(
                    org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription(OpenNlpSegmenter.class,
                            OpenNlpSegmenter.PARAM_SEGMENTATION_MODEL_LOCATION,
                            "classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                            OpenNlpSegmenter.PARAM_TOKENIZATION_MODEL_LOCATION,
                            "classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"),
                    org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription(OpenNlpPosTagger.class,
                            OpenNlpPosTagger.PARAM_MODEL_LOCATION, "classpath:/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                            OpenNlpPosTagger.PARAM_POS_MAPPING_LOCATION,
                            "classpath:/org/dkpro/core/api/lexmorph/tagset/en-ud-pos.map")));
        }
        JCas jcas = JCasFactory.createText(text, "en");
        preprocessing.process(jcas);
        return jcas;
    }

    static List<Claim> claims(JCas jcas) {
        return select(jcas, NumericClaim.class).stream().map(Claim::of).toList();
    }
}
