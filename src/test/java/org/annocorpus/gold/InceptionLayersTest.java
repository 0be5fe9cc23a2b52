package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** inception/annocorpus-layers.json defines every type and feature of the project's type system. */
class InceptionLayersTest {

    @Test
    void everyTypeAndFeatureHasALayerOfAKindInceptionEdits() throws Exception {
        TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(Path.of("typesystem/annocorpus-types.xml").toFile()));
        JsonNode layers = new ObjectMapper().readTree(Path.of("inception/annocorpus-layers.json").toFile());
        Map<String, JsonNode> byName = new HashMap<>();
        layers.forEach(l -> byName.put(l.get("name").asText(), l));

        assertThat(byName.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(tsd.getTypes()).map(TypeDescription::getName).toArray(String[]::new));
        for (TypeDescription type : tsd.getTypes()) {
            JsonNode layer = byName.get(type.getName());
            assertThat(layer.get("type").asText()).isEqualTo("span");
            Map<String, String> features = new HashMap<>();
            layer.get("features").forEach(f -> features.put(f.get("name").asText(), f.get("type").asText()));
            assertThat(features.keySet()).as(type.getName()).containsExactlyInAnyOrder(
                    java.util.Arrays.stream(type.getFeatures()).map(FeatureDescription::getName).toArray(String[]::new));
            for (FeatureDescription f : type.getFeatures()) {
                assertThat(features.get(f.getName())).as(type.getName() + ":" + f.getName())
                        .isEqualTo(inceptionType(f.getRangeTypeName()));
            }
        }
    }

    /** INCEpTION edits String, Integer, Float and Boolean features and links to span layers; no Double. */
    private static String inceptionType(String uimaRange) {
        return switch (uimaRange) {
            case "uima.cas.String", "uima.cas.Double" -> "uima.cas.String";
            case "uima.tcas.Annotation" -> "org.annocorpus.type.SourceMention";
            default -> uimaRange;
        };
    }
}
