package org.annocorpus.ner;


import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Named entities from a gazetteer of general-purpose name lists (countries, places, cities, demonyms,
 * organisations; see {@link Lexicon}): the longest listed name wins, matched case-sensitively on word
 * boundaries, also where a hyphen joins it to another word ("US-led"). A match is added only where no
 * named entity is yet, so after another recognizer this fills its gaps. Sentences written in capitals
 * are skipped: there every word looks like an acronym ("US", "IT").
 * <p>Lexicons ({@link #PARAM_LEXICON_LOCATIONS}): the names it matches.
 */
@ResourceMetaData(name = "Lexicon named-entity recognizer")
@TypeCapability(
        inputs = {"de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"},
        outputs = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
public class LexiconNamedEntityRecognizer extends LexiconAnnotatorBase {


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
