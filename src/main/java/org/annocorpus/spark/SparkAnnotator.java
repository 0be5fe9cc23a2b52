package org.annocorpus.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.io.TextDocumentReader;
import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineDefinitionException;
import org.annocorpus.pipeline.PipelineParser;
import org.annocorpus.pipeline.RunReport;
import org.annocorpus.spark.internal.EnginePool;
import org.annocorpus.spark.internal.InputDocument;
import org.annocorpus.spark.internal.PartMerger;
import org.annocorpus.spark.internal.PartResult;
import org.annocorpus.spark.internal.PartitionAnnotator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.NameValuePair;

/**
 * Runs a pipeline file on Spark and writes what {@code corpus annotate} writes, byte for byte.
 * <ul>
 * <li>The driver lists the documents (a folder of {@code *.txt}, in file-name order, or a JSON Lines file
 * with {@code id} and {@code text}, in line order) and cuts them into partitions of consecutive
 * documents.</li>
 * <li>Each task annotates its partition with an analysis engine from its executor's pool (one engine per
 * task thread, models loaded once per executor) and writes it with the pipeline's own writers into
 * {@code OUTPUT/_parts/part-NNNNN/}.</li>
 * <li>The driver joins the partition folders in order ({@link PartMerger}): XMI files moved into place,
 * CoNLL files concatenated, manifests merged.</li>
 * </ul>
 * Executors read the input files and write the output folder: on a cluster both must be on a file system
 * every node mounts at the same path (NFS, a shared volume).
 */
public final class SparkAnnotator {

    static final String PARTS = "_parts";

    private final PrintWriter progress;

    public SparkAnnotator(PrintWriter progress) {
        this.progress = progress;
    }

    /** Runs on a Spark context of its own: {@code master} or spark-submit's, else {@code local[*]}. */
    public static RunReport runOn(String master, Path pipeline, Path input, Path output, int partitions,
            PrintWriter progress) throws PipelineDefinitionException, ResourceInitializationException, IOException {
        SparkConf conf = new SparkConf().setAppName("annocorpus");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: no web UI, and no dependence on the host name resolving
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "localhost");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return new SparkAnnotator(progress).run(spark, pipeline, input, output, partitions);
        }
    }

    public RunReport run(JavaSparkContext spark, Path pipeline, Path input, Path output, int partitions)
            throws PipelineDefinitionException, ResourceInitializationException, IOException {
        long start = System.nanoTime();
        Path out = output.toAbsolutePath();
        Path parts = out.resolve(PARTS);
        deleteTree(parts);
        PipelineBuilder.Built built = build(pipeline, input, out);
        String analysisXml = EnginePool.toXml(AnalysisEngineFactory.createEngineDescription(
                built.components().toArray(new AnalysisEngineDescription[0])));
        String language = readerParameter(built, "language", "en");
        String collectionId = readerParameter(built, "collectionId", "corpus");

        JavaRDD<InputDocument> documents;
        int total;
        if (Files.isDirectory(input)) {
            String pattern = readerParameter(built, "pattern", "*.txt");
            List<InputDocument> files = new ArrayList<>();
            for (Path file : TextDocumentReader.listFiles(input, pattern)) {
                files.add(InputDocument.ofFile(files.size(), file.toAbsolutePath().toString()));
            }
            total = files.size();
            int slices = partitions > 0 ? partitions : Math.max(1, Math.min(files.size(), 4 * spark.defaultParallelism()));
            documents = spark.parallelize(files, slices);
        } else {
            String source = input.toAbsolutePath().toString();
            int slices = partitions > 0 ? partitions : 4 * spark.defaultParallelism();
            documents = spark.textFile(input.toUri().toString(), slices).zipWithIndex()
                    .map(line -> InputDocument.ofJsonLine(line._2(), source, line._1()));
            total = -1;
        }
        // The writers of each partition, built here so that ${output} names the partition's folder.
        int count = documents.getNumPartitions();
        List<String> writersXml = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            writersXml.add(EnginePool.toXml(AnalysisEngineFactory.createEngineDescription(
                    build(pipeline, input, part(parts, p)).writers().toArray(new AnalysisEngineDescription[0]))));
        }
        progress.printf(Locale.ROOT, "spark: %s documents in %d partitions on %s%n", total < 0 ? "?" : total, count,
                spark.master());
        progress.flush();
        List<PartResult> results = documents.mapPartitionsWithIndex((Integer p, Iterator<InputDocument> docs) ->
                List.of(PartitionAnnotator.annotate(p, docs, analysisXml, writersXml.get(p), language, collectionId))
                        .iterator(), true).collect();

        List<Path> partFolders = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            partFolders.add(part(parts, p));
        }
        PartMerger.merge(partFolders, out);
        deleteTree(parts);

        int processed = 0;
        List<RunReport.Failure> failures = new ArrayList<>();
        for (PartResult result : results.stream().sorted(Comparator.comparingInt(PartResult::partition)).toList()) {
            processed += result.processed();
            result.failures().forEach(f -> failures.add(new RunReport.Failure(f.document(), f.problem())));
        }
        return new RunReport(processed, failures, (System.nanoTime() - start) / 1e9);
    }

    private static Path part(Path parts, int partition) {
        return parts.resolve(String.format(Locale.ROOT, "part-%05d", partition));
    }

    private static PipelineBuilder.Built build(Path pipeline, Path input, Path output) throws PipelineDefinitionException {
        return PipelineBuilder.build(PipelineParser.parse(pipeline,
                Map.of("input", input.toAbsolutePath().toString(), "output", output.toString())));
    }

    private static String readerParameter(PipelineBuilder.Built built, String name, String fallback) {
        for (NameValuePair pair : built.reader().getMetaData().getConfigurationParameterSettings().getParameterSettings()) {
            if (pair.getName().equals(name) && pair.getValue() instanceof String value) {
                return value;
            }
        }
        return fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
