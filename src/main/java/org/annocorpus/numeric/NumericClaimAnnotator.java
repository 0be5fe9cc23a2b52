package org.annocorpus.numeric;

import java.util.List;

import org.annocorpus.scheme.Units;
import org.annocorpus.type.NumericClaim;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Rule-based numeric-claim extractor: finds quantities stated with a numeral (counts, money,
 * percentages, fractions, durations and measures) and writes one {@link NumericClaim} for each, with the
 * value as a decimal, the unit, the qualifier and what is counted.
 * <p>
 * The number is read from the text with general English lexicons (number words, scale words,
 * currencies, units, qualifiers; see {@code org/annocorpus/numeric/lexicon/README.md}), so that
 * "US$1.2bn", "twenty-five", "two-thirds" and "70 per cent" are read whatever the tokenizer did with
 * them. Tokens with universal POS tags are used for what is counted and for some exclusions. Named
 * entities, when a recogniser ran before this component, exclude numbers inside names; they are not
 * required (declared inputs are what every pipeline has), and identifiers such as "F-35", "G7",
 * "Article 5" and "2+2" are recognised without them.
 */
@ResourceMetaData(name = "Numeric claim extractor")
@TypeCapability(
        inputs = {
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS" },
        outputs = {
                "org.annocorpus.type.NumericClaim",
                "org.annocorpus.type.NumericClaim:value",
                "org.annocorpus.type.NumericClaim:unit",
                "org.annocorpus.type.NumericClaim:qualifier",
                "org.annocorpus.type.NumericClaim:quantified" })
public class NumericClaimAnnotator extends JCasAnnotator_ImplBase {

    /** Use named-entity spans, when there are any, to leave out numbers inside names. */
    public static final String PARAM_USE_NAMED_ENTITIES = "useNamedEntities";
    @ConfigurationParameter(name = PARAM_USE_NAMED_ENTITIES, defaultValue = "true")
    private boolean useNamedEntities;

    /** Fill the quantified feature (what is counted or measured). */
    public static final String PARAM_FIND_QUANTIFIED = "findQuantified";
    @ConfigurationParameter(name = PARAM_FIND_QUANTIFIED, defaultValue = "true")
    private boolean findQuantified;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        NumericLexicon lexicon = NumericLexicon.get();
        List<Lexeme> lexemes = Lexer.lex(text);
        DocumentView doc = new DocumentView(jcas);
        if (!useNamedEntities) {
            doc.entities.clear();
        }
        QuantityParser parser = new QuantityParser(lexemes, lexicon);
        QualifierFinder qualifiers = new QualifierFinder(lexemes, lexicon);
        ClaimFilter filter = new ClaimFilter(lexemes, lexicon, doc);
        QuantifiedFinder quantifiedFinder = new QuantifiedFinder(doc, lexicon);

        NumericClaim previous = null;
        boolean previousStartsRange = false;
        for (int i = 0; i < lexemes.size(); i++) {
            Quantity q = parser.parse(i);
            if (q == null) {
                continue;
            }
            // a number that is no claim on its own ("by 2030 to 32 percent") takes no unit from a range
            Quantity own = q;
            if (q.exclusion() == null && filter.exclusion(q, qualifiers.find(q)) == null) {
                q = parser.withRangeUnit(q);
            }
            boolean rangeStart = q != own;
            QualifierFinder.Found qualifier = q.exclusion() == null ? qualifiers.find(q) : null;
            boolean qualifiedBefore = qualifier != null && qualifier.stated() && qualifier.last() < q.first();
            if (filter.exclusion(q, qualifier) == null) {
                int begin = lexemes.get(q.first()).begin();
                int end = lexemes.get(q.last()).end();
                int leftEdge = qualifiedBefore ? lexemes.get(qualifier.first()).begin() : begin;
                int rightEdge = qualifier.stated() && !qualifiedBefore ? lexemes.get(qualifier.last()).end() : end;
                NumericClaim claim = new NumericClaim(jcas, begin, end);
                claim.setValue(Units.written(q.value(), q.unit()));
                claim.setUnit(q.unit());
                claim.setQualifier(qualifier.qualifier().name());
                claim.setQuantified(findQuantified ? quantifiedFinder.find(q.kind(), begin, end, leftEdge, rightEdge) : "");
                claim.addToIndexes();
                if (previousStartsRange && previous != null && previous.getQuantified().isEmpty()) {
                    // "between 10 and 15 percent of voters": the first number counts the same thing
                    previous.setQuantified(claim.getQuantified());
                }
                if (previousStartsRange && previous != null && claim.getUnit().isEmpty()
                        && Units.isCurrency(previous.getUnit())) {
                    // "$3–4 billion": the second bound is money of the first's currency
                    claim.setUnit(previous.getUnit());
                }
                previous = claim;
                previousStartsRange = rangeStart;
            } else {
                previous = null;
                previousStartsRange = false;
            }
            // the quantity's lexemes are read: "three-star" is not read again from "star"
            i = Math.max(i, q.last());
        }
    }
}
