package org.annocorpus.ner;

import java.io.IOException;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The named-entity components that consult the project's general lexicons (countries, places, cities,
 * demonyms, organisations): one parameter naming the files, loaded once when the component starts.
 */
public abstract class LexiconAnnotatorBase extends JCasAnnotator_ImplBase {

    /** Lexicon files ({@code classpath:/...} or file paths), {@code name TAB type} per line. */
    public static final String PARAM_LEXICON_LOCATIONS = "lexiconLocations";
    @ConfigurationParameter(name = PARAM_LEXICON_LOCATIONS, defaultValue = {Lexicon.COUNTRIES,
            Lexicon.PLACES, Lexicon.CITIES, Lexicon.DEMONYMS, Lexicon.ORGANISATIONS})
    private String[] lexiconLocations;

    /** The loaded lexicons. */
    protected Lexicon lexicon;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            lexicon = Lexicon.load(lexiconLocations);
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }
}
