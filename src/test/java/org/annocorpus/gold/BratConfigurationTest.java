package org.annocorpus.gold;

import org.annocorpus.scheme.Labels;
import org.annocorpus.scheme.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annocorpus.scheme.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** gold/annotation.conf and gold/visual.conf, which let brat open gold/, agree with the scheme the validator checks. */
class BratConfigurationTest {

    private static Map<String, List<String>> annotationConf;
    private static Map<String, List<String>> visualConf;

    @BeforeAll
    static void read() throws IOException {
        annotationConf = sections(Path.of("gold/annotation.conf"));
        visualConf = sections(Path.of("gold/visual.conf"));
    }

    /** The lines of each [section], comments and blank lines left out. */
    private static Map<String, List<String>> sections(Path file) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = new ArrayList<>();
                sections.put(line.trim(), current);
            } else {
                assertThat(current).as("line before any section in " + file + ": " + line).isNotNull();
                current.add(line);
            }
        }
        return sections;
    }

    private static List<String> attributeValues(String name) {
        String line = annotationConf.get("[attributes]").stream().filter(l -> l.startsWith(name + "\t")).findFirst()
                .orElseThrow();
        assertThat(line).startsWith(name + "\tArg:NumericClaim, Value:");
        return Arrays.asList(line.substring(line.indexOf("Value:") + 6).split("\\|"));
    }

    @Test
    void hasTheFourSectionsBratExpects() {
        assertThat(annotationConf).containsKeys("[entities]", "[relations]", "[events]", "[attributes]");
        assertThat(visualConf).containsKeys("[labels]", "[drawing]");
    }

    @Test
    void declaresExactlyTheTextBoundTypesOfTheScheme() {
        assertThat(annotationConf.get("[entities]")).containsExactlyInAnyOrderElementsOf(Labels.textBoundTypes());
    }

    @Test
    void declaresTheSpeakerLinkAndLetsLayersOverlap() {
        assertThat(annotationConf.get("[relations]")).contains(
                Labels.SPEAKER_MENTION + "\tArg1:" + Labels.QUOTATION + ", Arg2:" + Labels.SOURCE,
                "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>");
    }

    @Test
    void attributeValuesAreThoseTheValidatorAccepts() {
        assertThat(attributeValues(Labels.QUALIFIER)).containsExactlyInAnyOrderElementsOf(Qualifier.labels());
        assertThat(attributeValues(Labels.UNIT)).allMatch(GoldValidator::isSchemeUnit)
                .containsAll(Units.listed().stream().map(Units.Unit::symbol).toList())
                .doesNotHaveDuplicates();
        assertThat(attributeValues(Labels.VALUE)).allMatch(v -> v.matches("-?\\d+(\\.\\d+)?"));
    }

    @Test
    void everyTypeHasALabelAndAColour() {
        List<String> labelled = visualConf.get("[labels]").stream().map(l -> l.split(" \\| ")[0]).toList();
        List<String> drawn = visualConf.get("[drawing]").stream().map(l -> l.split("\t")[0]).toList();
        assertThat(labelled).containsAll(Labels.textBoundTypes()).contains(Labels.SPEAKER_MENTION);
        assertThat(drawn).containsAll(Labels.textBoundTypes()).contains(Labels.SPEAKER_MENTION);
    }
}
