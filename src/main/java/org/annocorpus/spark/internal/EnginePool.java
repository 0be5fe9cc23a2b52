package org.annocorpus.spark.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * The analysis engines of an executor JVM, kept from one task to the next: a task borrows one (creating it
 * when none is free) and gives it back when its partition is done, so an executor with N task threads
 * holds at most N engines and loads its models once, not once per partition.
 */
public final class EnginePool {

    private static final Map<String, ConcurrentLinkedQueue<AnalysisEngine>> FREE = new ConcurrentHashMap<>();

    private EnginePool() {
    }

    /** An engine for the aggregate described by {@code descriptorXml}. */
    public static AnalysisEngine borrow(String descriptorXml) throws ResourceInitializationException {
        AnalysisEngine engine = FREE.computeIfAbsent(descriptorXml, k -> new ConcurrentLinkedQueue<>()).poll();
        return engine != null ? engine : UIMAFramework.produceAnalysisEngine(parse(descriptorXml));
    }

    public static void giveBack(String descriptorXml, AnalysisEngine engine) {
        FREE.computeIfAbsent(descriptorXml, k -> new ConcurrentLinkedQueue<>()).add(engine);
    }

    public static AnalysisEngineDescription parse(String descriptorXml) throws ResourceInitializationException {
        try {
            return UIMAFramework.getXMLParser().parseAnalysisEngineDescription(
                    new XMLInputSource(new java.io.ByteArrayInputStream(descriptorXml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null));
        } catch (InvalidXMLException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** The XML of a description, as it travels to the executors. */
    public static String toXml(AnalysisEngineDescription description) throws ResourceInitializationException {
        try {
            java.io.StringWriter xml = new java.io.StringWriter();
            description.toXML(xml);
            return xml.toString();
        } catch (java.io.IOException | org.xml.sax.SAXException e) {
            throw new ResourceInitializationException(e);
        }
    }

}
