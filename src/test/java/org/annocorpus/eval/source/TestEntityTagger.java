package org.annocorpus.eval.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/** Test fixture: a "system" that marks every match of a pattern as a named entity of one type. */
@ResourceMetaData(name = "Test entity tagger")
@TypeCapability(outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class TestEntityTagger extends JCasAnnotator_ImplBase {

    public static final String PARAM_PATTERN = "pattern";
    @ConfigurationParameter(name = PARAM_PATTERN)
    private String pattern;

    public static final String PARAM_TYPE = "type";
    @ConfigurationParameter(name = PARAM_TYPE)
    private String type;

    @Override
    public void process(JCas jcas) {
        Matcher m = Pattern.compile(pattern).matcher(jcas.getDocumentText());
        while (m.find()) {
            NamedEntity entity = new NamedEntity(jcas, m.start(), m.end());
            entity.setValue(type);
            entity.addToIndexes();
        }
    }
}
