package org.annocorpus.eval.quantities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A value-level quantity test set in the CQE evaluation's JSON format: a list of
 * {@code {"text": ..., "quantities": [{"value": "75000000", "normalized_unit": "dollar"}, ...]}}; a value
 * "8-10" is a range.
 */
public record QuantitySet(String name, List<Sentence> sentences) {

    /** One gold quantity as the file states it (value text, CQE unit name). */
    public record GoldQuantity(String value, String unit) {
    }

    public record Sentence(String text, List<GoldQuantity> quantities) {
    }

    /** Reads a set; a malformed file is an error naming the file and where. */
    public static QuantitySet read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON list of {text, quantities}");
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode s = root.get(i);
            JsonNode text = s.get("text");
            JsonNode qs = s.get("quantities");
            if (text == null || !text.isTextual() || qs == null || !qs.isArray()) {
                throw new IOException(file + ": item " + i + ": needs a string \"text\" and a list \"quantities\"");
            }
            List<GoldQuantity> quantities = new ArrayList<>();
            for (int k = 0; k < qs.size(); k++) {
                JsonNode q = qs.get(k);
                JsonNode value = q.get("value");
                JsonNode unit = q.get("normalized_unit");
                if (value == null || !value.isValueNode() || unit == null || !unit.isTextual()) {
                    throw new IOException(file + ": item " + i + ", quantity " + k
                            + ": needs \"value\" and a string \"normalized_unit\"");
                }
                try {
                    Value.parse(value.asText());
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": item " + i + ", quantity " + k + ": value '" + value.asText()
                            + "' is no number nor range", e);
                }
                quantities.add(new GoldQuantity(value.asText(), unit.asText()));
            }
            sentences.add(new Sentence(text.asText(), List.copyOf(quantities)));
        }
        return new QuantitySet(file.getFileName().toString(), List.copyOf(sentences));
    }
}
