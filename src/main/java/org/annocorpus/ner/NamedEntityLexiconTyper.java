package org.annocorpus.ner;

import static org.apache.uima.fit.util.JCasUtil.select;

import java.io.IOException;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Gives an entity whose whole text is a listed name the lexicon's type, whatever a model said: a
 * nationality or other demonym is MISC, a country or region is LOC also where it is used as an
 * adjective or for its government ("U.S. officials"), a listed organisation is ORG. Cities are not in the
 * default list: a city's name often stands for a team or company, which the model judges better. A
 * person stays a person where the document uses the name as the surname of a person named in full
 * ("Eddie Jordan ... Jordan said"), and a demonym used so becomes one ("Mark Cuban ... Cuban said").
 */
@ResourceMetaData(name = "Named-entity lexicon typer")
@TypeCapability(
        inputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity",
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity:value")
public class NamedEntityLexiconTyper extends JCasAnnotator_ImplBase {

    /** Lexicon files whose types override the type an entity has. */
    public static final String PARAM_LEXICON_LOCATIONS = "lexiconLocations";
    @ConfigurationParameter(name = PARAM_LEXICON_LOCATIONS, defaultValue = {Lexicon.COUNTRIES,
            Lexicon.PLACES, Lexicon.DEMONYMS, Lexicon.ORGANISATIONS})
    private String[] lexiconLocations;

    private Lexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon = Lexicon.load(lexiconLocations);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            String[] words = entity.getCoveredText().trim().split("\\s+");
            if ("PER".equals(entity.getValue()) && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
            String text = entity.getCoveredText();
            String type = lexicon.typeOf(text);
            // a listed name that the document uses as a person's surname ("Eddie Jordan ... Jordan") stays a
            // person, and a demonym used so is one ("Mark Cuban ... Cuban said", whatever the model made of it)
            boolean surname = surnames.contains(text.trim()) && ("PER".equals(entity.getValue())
                    || "MISC".equals(type) && "MISC".equals(entity.getValue()));
            if (surname) {
                entity.setValue("PER");
            } else if (type != null && !type.equals(entity.getValue())) {
                entity.setValue(type);
            }
        }
    }
}
