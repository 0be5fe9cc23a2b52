package org.annocorpus.corenlp;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;

/**
 * The one holder of Stanford CoreNLP's resources: each CRF model, each POS tagger, and each annotation pipeline
 * (by its properties), loaded once per JVM. A model takes seconds and hundreds of megabytes to load, a pipeline
 * up to a gigabyte; every component instance, pipeline and test that names the same model or
 * properties shares one copy (the classifiers are only read after loading).
 */
public final class CoreNlpResources {

    /** CoreNLP's CoNLL-2003 model: PERSON, LOCATION, ORGANIZATION, MISC. */
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    /** CoreNLP's 3-class model trained on several corpora: PERSON, LOCATION, ORGANIZATION. */
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** CoreNLP's MUC-7 model: the 3 classes plus DATE, TIME, MONEY, PERCENT. */
    public static final String MUC_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    private static final Map<String, AbstractSequenceClassifier<CoreLabel>> MODELS = new ConcurrentHashMap<>();

    private static final Map<String, StanfordCoreNLP> PIPELINES = new HashMap<>();

    private static final Map<String, MaxentTagger> TAGGERS = new ConcurrentHashMap<>();

    private CoreNlpResources() {
    }

    /**
     * The annotation pipeline of these properties, built on first use; later calls with equal properties
     * get the same pipeline.
     */
    public static StanfordCoreNLP pipeline(Properties props) {
        String key = new TreeMap<>(props).toString();
        synchronized (PIPELINES) {
            return PIPELINES.computeIfAbsent(key, k -> new StanfordCoreNLP(props));
        }
    }

    /**
     * The POS tagger at a class-path resource path or a file path, loaded on first use. Threads share it, as
     * CoreNLP's own annotator shares its tagger among its threads: tagging keeps its state per sentence.
     */
    public static MaxentTagger tagger(String location) {
        return TAGGERS.computeIfAbsent(location, MaxentTagger::new);
    }

    /** The model at a class-path resource path or a file path, loaded on first use. */
    public static AbstractSequenceClassifier<CoreLabel> model(String location) throws IOException {
        try {
            return MODELS.computeIfAbsent(location, CoreNlpResources::load);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    private static AbstractSequenceClassifier<CoreLabel> load(String location) {
        try {
            return CRFClassifier.getClassifier(location, new Properties());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("cannot load the CoreNLP model " + location + ": " + e.getMessage(), e);
        }
    }
}
