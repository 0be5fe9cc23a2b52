package org.annocorpus.spark.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.annocorpus.io.DocumentReadException;
import org.annocorpus.io.DocumentSetup;
import org.annocorpus.io.TextDocumentReader;
import org.annocorpus.util.Errors;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ProcessingResourceMetaData;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs on an executor: annotates the documents of one partition, in order, with a pooled analysis engine,
 * and writes them with the pipeline's own writers into the partition's folder. The driver joins the
 * folders afterwards ({@link PartMerger}).
 */
public final class PartitionAnnotator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartitionAnnotator() {
    }

    public static PartResult annotate(int partition, Iterator<InputDocument> documents, String analysisXml,
            String writersXml, String language, String collectionId) throws Exception {
        AnalysisEngine analysis = EnginePool.borrow(analysisXml);
        AnalysisEngine writers = UIMAFramework.produceAnalysisEngine(EnginePool.parse(writersXml));
        Logger logger = UIMAFramework.getLogger(PartitionAnnotator.class);
        List<PartResult.Failure> failures = new ArrayList<>();
        int processed = 0;
        try {
            CAS cas = CasCreationUtils.createCas(List.<ProcessingResourceMetaData>of(
                    analysis.getProcessingResourceMetaData(), writers.getProcessingResourceMetaData()));
            while (documents.hasNext()) {
                InputDocument document = documents.next();
                cas.reset();
                String name = document.file() != null ? document.file() : document.source() + ":" + (document.index() + 1);
                try {
                    name = install(cas, document, language, collectionId, logger);
                } catch (DocumentReadException e) {
                    failures.add(new PartResult.Failure(document.index(), e.getFile(), e.getProblem()));
                    continue;
                } catch (RuntimeException e) {
                    failures.add(new PartResult.Failure(document.index(), name, Errors.describe(e)));
                    continue;
                }
                try {
                    analysis.process(cas);
                    writers.process(cas);
                    processed++;
                } catch (Exception | StackOverflowError e) {
                    failures.add(new PartResult.Failure(document.index(), name, Errors.describe(e)));
                }
            }
            writers.collectionProcessComplete();
        } finally {
            writers.destroy();
            EnginePool.giveBack(analysisXml, analysis);
        }
        return new PartResult(partition, processed, failures);
    }

    /** Puts the document into the CAS; returns its id. */
    private static String install(CAS cas, InputDocument document, String language, String collectionId, Logger logger)
            throws Exception {
        if (document.file() != null) {
            Path file = Path.of(document.file());
            String id = TextDocumentReader.documentId(file);
            DocumentSetup.install(cas.getJCas(), file, id, TextDocumentReader.readText(file), language, collectionId, logger);
            return id;
        }
        String where = document.source() + ":" + (document.index() + 1);
        JsonNode record;
        try {
            record = JSON.readTree(document.jsonLine());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new DocumentReadException(where, "not JSON: " + e.getOriginalMessage(), e);
        }
        if (record == null || !record.isObject() || !record.path("id").isTextual() || !record.path("text").isTextual()) {
            throw new DocumentReadException(where, "not a JSON object with a string \"id\" and a string \"text\"", null);
        }
        String id = record.get("id").asText();
        String text = record.get("text").asText();
        if (text.isBlank()) {
            throw new DocumentReadException(where, "document " + id + " has an empty text", null);
        }
        Path source = Path.of(document.source()).toAbsolutePath();
        DocumentSetup.install(cas.getJCas(), where, id, id, source.toUri() + "#" + id, source.getParent().toUri().toString(),
                text, language, collectionId, logger);
        return id;
    }
}
