package org.annocorpus.examples;

// README-BEGIN
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

public class ReadCorpus {

    public static void main(String[] args) throws Exception {
        String xmiFolder = args.length > 0 ? args[0] : "out/corpus/xmi";
        CollectionReaderDescription reader = CollectionReaderFactory.createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, xmiFolder,
                XmiReader.PARAM_PATTERNS, "*.xmi");
        for (JCas jcas : SimplePipeline.iteratePipeline(reader)) {
            for (NamedEntity ne : JCasUtil.select(jcas, NamedEntity.class)) {
                System.out.println(ne.getCoveredText() + "\t" + ne.getValue());
            }
            for (Quotation q : JCasUtil.select(jcas, Quotation.class)) {
                System.out.println(q.getCoveredText() + "\t-- " + q.getSpeaker());
            }
            for (NumericClaim n : JCasUtil.select(jcas, NumericClaim.class)) {
                System.out.println(n.getCoveredText() + "\t" + n.getValue() + " " + n.getUnit() + " " + n.getQualifier());
            }
        }
    }
}
// README-END
