package org.annocorpus.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.annocorpus.io.ManifestWriter;
import org.annocorpus.util.AtomicFiles;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Joins the partition folders the executors wrote into one corpus, as one run of the writers would have
 * written it; partitions hold consecutive documents, so partition order is document order.
 * <ul>
 * <li>a file only one partition has (a document's XMI) is moved into place;</li>
 * <li>{@code typesystem.xml}, the same in every partition, is kept once;</li>
 * <li>{@code manifest.json}: the documents of every partition in order, totals summed;</li>
 * <li>any other file several partitions have (the CoNLL files, a JSON Lines export) is their
 * concatenation in partition order: those writers append one self-contained block per document.</li>
 * </ul>
 */
public final class PartMerger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartMerger() {
    }

    public static void merge(List<Path> parts, Path output) throws IOException {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (Path part : parts) {
            if (!Files.isDirectory(part)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(part)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    byName.computeIfAbsent(part.relativize(file).toString(), k -> new ArrayList<>()).add(file);
                }
            }
        }
        for (Map.Entry<String, List<Path>> entry : byName.entrySet()) {
            Path target = output.resolve(entry.getKey());
            List<Path> copies = entry.getValue();
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (entry.getKey().equals(ManifestWriter.MANIFEST_FILE)) {
                mergeManifests(copies, target);
            } else if (copies.size() == 1 || target.getFileName().toString().equals("typesystem.xml")) {
                AtomicFiles.moveIntoPlace(copies.get(0), target);
            } else {
                AtomicFiles.write(target, out -> concatenate(copies, out));
            }
        }
    }

    private static void concatenate(List<Path> files, OutputStream out) throws IOException {
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }
    }

    /** ManifestWriter's layout: its fields in order, the documents of all parts, then summed totals. */
    private static void mergeManifests(List<Path> manifests, Path target) throws IOException {
        List<JsonNode> trees = new ArrayList<>();
        for (Path manifest : manifests) {
            trees.add(JSON.readTree(manifest.toFile()));
        }
        Path tmp = AtomicFiles.tempFileFor(target);
        try {
            try (JsonGenerator json = new JsonFactory(JSON).createGenerator(tmp.toFile(), JsonEncoding.UTF8)
                    .useDefaultPrettyPrinter()) {
                json.writeStartObject();
                for (Iterator<String> fields = trees.get(0).fieldNames(); fields.hasNext();) {
                    String field = fields.next();
                    json.writeFieldName(field);
                    if (field.equals("documents")) {
                        json.writeStartArray();
                        for (JsonNode tree : trees) {
                            for (JsonNode document : tree.path("documents")) {
                                json.writeTree(document);
                            }
                        }
                        json.writeEndArray();
                    } else if (field.equals("totals")) {
                        writeSums(json, trees.stream().map(t -> t.path("totals")).toList(), true);
                    } else {
                        json.writeTree(trees.get(0).get(field));
                    }
                }
                json.writeEndObject();
                json.writeRaw('\n');
            }
            AtomicFiles.moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The sum of objects of counts, field by field; keys sorted as the manifest sorts them, "documents" first. */
    private static void writeSums(JsonGenerator json, List<JsonNode> objects, boolean top) throws IOException {
        TreeSet<String> keys = new TreeSet<>(Comparator.comparing((String k) -> !(top && k.equals("documents")))
                .thenComparing(Comparator.naturalOrder()));
        for (JsonNode object : objects) {
            object.fieldNames().forEachRemaining(keys::add);
        }
        json.writeStartObject();
        for (String key : keys) {
            List<JsonNode> values = objects.stream().map(o -> o.get(key)).filter(v -> v != null && !v.isNull()).toList();
            if (values.stream().allMatch(JsonNode::isIntegralNumber)) {
                json.writeNumberField(key, values.stream().mapToLong(JsonNode::asLong).sum());
            } else {
                json.writeFieldName(key);
                writeSums(json, values, false);
            }
        }
        json.writeEndObject();
    }


}
