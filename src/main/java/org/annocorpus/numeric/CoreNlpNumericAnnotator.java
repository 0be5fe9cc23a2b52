package org.annocorpus.numeric;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.annocorpus.corenlp.CoreNlpResources;
import org.annocorpus.type.NumericClaim;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The comparison extractor for numeric claims: Stanford CoreNLP's numeric entity recognition
 * (tokenize, ssplit, pos, lemma, ner with its numeric classifiers and SUTime) over the document text,
 * each NUMBER, PERCENT and MONEY mention (DURATION too, when asked) mapped to a {@link NumericClaim} with
 * CoreNLP's own normalised value: {@code ">54000.0"} gives 54000, {@code MORE_THAN}; {@code "$1.2E9"}
 * gives 1.2E9, {@code USD}. CoreNLP works on the same Java string as UIMA, so its character offsets are
 * the annotation's offsets as they are. CoreNLP names nothing as counted: {@code quantified} stays empty.
 * The CoreNLP pipeline is loaded once per JVM and shared.
 */
@ResourceMetaData(name = "CoreNLP numeric entities as numeric claims")
@TypeCapability(outputs = {
        "org.annocorpus.type.NumericClaim",
        "org.annocorpus.type.NumericClaim:value",
        "org.annocorpus.type.NumericClaim:unit",
        "org.annocorpus.type.NumericClaim:qualifier",
        "org.annocorpus.type.NumericClaim:quantified" })
public class CoreNlpNumericAnnotator extends JCasAnnotator_ImplBase {

    /** CoreNLP entity types written as claims. */
    public static final String PARAM_ENTITY_TYPES = "entityTypes";
    @ConfigurationParameter(name = PARAM_ENTITY_TYPES, defaultValue = { "NUMBER", "PERCENT", "MONEY" })
    private String[] entityTypes;

    private Set<String> types;
    private StanfordCoreNLP pipeline;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        types = Set.of(entityTypes);
        for (String t : types) {
            if (!List.of("NUMBER", "PERCENT", "MONEY", "DURATION").contains(t)) {
                throw new ResourceInitializationException(new IllegalArgumentException("entity type '" + t
                        + "' is not numeric: use NUMBER, PERCENT, MONEY or DURATION"));
            }
        }
        pipeline = sharedPipeline();
    }

    /** The CoreNLP pipeline, built on first use: its models take seconds and about 1 GB to load. */
    static StanfordCoreNLP sharedPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // a line break ends a sentence, as in the default pipeline (headlines, bylines, captions)
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // the fine-grained regexner classes are names, not numbers
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return CoreNlpResources.pipeline(props);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isBlank()) {
            return;
        }
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        for (CoreEntityMention mention : doc.entityMentions()) {
            String type = mention.entityType();
            if (!types.contains(type)) {
                continue;
            }
            String normalized = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            CoreNlpNormalizedValue value = CoreNlpNormalizedValue.parse(type, normalized);
            if (value == null || value.unit() == null) {
                continue; // CoreNLP found no number in it ("a few years", "PXY")
            }
            NumericClaim claim = new NumericClaim(jcas, mention.charOffsets().first(), mention.charOffsets().second());
            claim.setValue(value.value());
            claim.setUnit(value.unit());
            claim.setQualifier(value.qualifier().name());
            claim.setQuantified("");
            claim.addToIndexes();
        }
    }
}
