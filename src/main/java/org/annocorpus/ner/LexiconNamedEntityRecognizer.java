package org.annocorpus.ner;


import java.io.IOException;
import java.util.List;

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
 * Named entities from a gazetteer of general-purpose name lists (countries, places, cities, demonyms,
 * organisations; see {@link Lexicon}): the longest listed name wins, matched case-sensitively on word
 * boundaries, also where a hyphen joins it to another word ("US-led"). A match is added only where no
 * named entity is yet, so after another recognizer this fills its gaps. Sentences written in capitals
 * are skipped: there every word looks like an acronym ("US", "IT").
 */
@ResourceMetaData(name = "Lexicon named-entity recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class LexiconNamedEntityRecognizer extends JCasAnnotator_ImplBase {

    /** Lexicon files ({@code classpath:/...} or file paths), {@code name TAB type} per line. */
    public static final String PARAM_LEXICON_LOCATIONS = "lexiconLocations";
    @ConfigurationParameter(name = PARAM_LEXICON_LOCATIONS, defaultValue = {
            "classpath:/org/annocorpus/ner/lexicon/countries.tsv",
            "classpath:/org/annocorpus/ner/lexicon/places.tsv",
            "classpath:/org/annocorpus/ner/lexicon/cities.tsv",
            "classpath:/org/annocorpus/ner/lexicon/demonyms.tsv",
            "classpath:/org/annocorpus/ner/lexicon/organisations.tsv"})
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
        for (List<NerToken> tokens : NerTokenizer.sentences(jcas)) {
            if (Casing.isAllCaps(tokens)) {
                continue;
            }
            List<NerToken> pieces = WordPieces.of(tokens);
            for (Lexicon.Match match : lexicon.match(pieces)) {
                int begin = pieces.get(match.first()).begin();
                int end = pieces.get(match.last()).end();
                if (Entities.overlapsAny(jcas, begin, end)) {
                    continue;
                }
                Entities.add(jcas, begin, end, match.type());
            }
        }
    }
}
