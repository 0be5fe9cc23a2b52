package org.annocorpus.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annocorpus.pipeline.PipelineBuilder;
import org.annocorpus.pipeline.PipelineParser;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The named-entity pipelines in pipelines/: they validate, and the default one works end to end. */
class NerPipelinesTest {

    private static final Map<String, String> VARIABLES = Map.of("input", "in", "output", "out");

    static Stream<String> pipelines() {
        return Stream.of("default", "ner-corenlp-conll4", "ner-corenlp-combined", "ner-corenlp-vote", "ner-lexicon",
                "ner-trained", "ner-trained-rules");
    }

    @ParameterizedTest
    @MethodSource("pipelines")
    void validates(String name) throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(PipelineParser.parse(Path.of("pipelines", name + ".yaml"), VARIABLES));

        assertThat(built.components()).extracting(d -> d.getAnnotatorImplementationName())
                .anyMatch(c -> c.startsWith("org.annocorpus.ner."));
    }

    @Test
    void theDefaultPipelineAnnotatesAnInventedArticle() throws Exception {
        PipelineBuilder.Built built = PipelineBuilder.build(
                PipelineParser.parse(Path.of("pipelines", "default.yaml"), VARIABLES));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(
                AnalysisEngineFactory.createEngineDescription(built.components().toArray(new AnalysisEngineDescription[0])));
        JCas jcas = engine.newJCas();
        jcas.setDocumentText("""
                Chile and Peru Sign Fishing Pact Against Illegal Trawlers

                Chilean Foreign Minister Ana Delgado and her Peruvian counterpart met in Lima on Monday.
                The Chile-Peru accord covers the South Pacific, Delgado said, and the Peruvian Navy will patrol it.
                Observers from the Food and Agriculture Organization welcomed Peru’s move.
                """);
        jcas.setDocumentLanguage("en");

        engine.process(jcas);

        List<String> entities = TestDocuments.entities(jcas);
        assertThat(entities).contains("Chilean/MISC", "Ana Delgado/PER", "Peruvian/MISC", "Lima/LOC", "Chile/LOC",
                "Peru/LOC", "South Pacific/LOC", "Delgado/PER", "Peruvian Navy/ORG",
                "Food and Agriculture Organization/ORG");
        assertThat(entities).doesNotContain("Minister/PER", "Peru’s/LOC", "Chile-Peru/MISC");
        engine.destroy();
    }

    @Test
    void noRuleOrListNamesTheSeedArticles() throws Exception {
        String[] seedNames = {"blinken", "kishida", "kamikawa", "kihara", "hayashi", "decamp", "kajiyama", "lin jian",
                "voz.us", "antiwar.com"};
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/annocorpus/ner")),
                Files.walk(Path.of("src/main/resources/org/annocorpus/ner")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                for (String name : seedNames) {
                    assertThat(text).as(file + " mentions " + name).doesNotContain(name);
                }
            }
        }
    }
}
