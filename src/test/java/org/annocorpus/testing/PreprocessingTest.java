package org.annocorpus.testing;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.annocorpus.pipeline.ComponentSpec;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class PreprocessingTest {

    @Test
    @SuppressWarnings("unchecked")
    void thatTheFixtureHasEveryComponentAndParameterOfThePart() throws Exception {
        // the part read as plain YAML, apart from the project's parser
        Map<String, Object> part;
        try (Reader reader = Files.newBufferedReader(Preprocessing.PART)) {
            part = new Yaml().load(reader);
        }
        List<Map<String, Object>> written = (List<Map<String, Object>>) part.get("components");

        assertThat(Preprocessing.components()).extracting(ComponentSpec::component)
                .containsExactlyElementsOf(written.stream().map(c -> (String) c.get("component")).toList());
        for (int i = 0; i < written.size(); i++) {
            Map<String, Object> parameters = (Map<String, Object>) written.get(i).getOrDefault("parameters", Map.of());
            assertThat(Preprocessing.components().get(i).parameters().keySet())
                    .containsExactlyElementsOf(parameters.keySet());
        }
        assertThat(Preprocessing.parameter("CoreNlpPosTagger", "POSMappingLocation"))
                .isEqualTo(((Map<String, Object>) written.stream().filter(c -> c.get("component").equals("CoreNlpPosTagger"))
                        .findFirst().orElseThrow().get("parameters")).get("POSMappingLocation"));
    }

    @Test
    void thatItSplitsParagraphsAndCliticsAndAddsTagsAndLemmas() throws Exception {
        JCas jcas = Preprocessing.annotate("China’s economy grew.\nIt rained.");

        assertThat(CasRenderer.render(jcas, Paragraph.class, Sentence.class)).containsExactly(
                "Paragraph 0-21 \"China’s economy grew.\"",
                "Sentence 0-21 \"China’s economy grew.\"",
                "Paragraph 22-32 \"It rained.\"",
                "Sentence 22-32 \"It rained.\"");
        assertThat(select(jcas, Token.class)).extracting(Annotation::getCoveredText)
                .containsExactly("China", "’s", "economy", "grew", ".", "It", "rained", ".");
        assertThat(select(jcas, Token.class)).allSatisfy(token -> {
            assertThat(token.getPos()).isNotNull();
            assertThat(token.getLemma()).isNotNull();
        });
    }

    @Test
    void thatABuiltCasHasTheSegmentsAndTagTypesOfAPreprocessedOne() throws Exception {
        String text = "Maria left Lisbon and Porto.\nIt rained.";
        JCas real = Preprocessing.annotate(text);
        // the same tokens and sentences, written as a test would write them, with the tags the model gave
        List<String> sentences = select(real, Sentence.class).stream()
                .map(sentence -> String.join(" ", selectCovered(Token.class, sentence).stream()
                        .map(t -> t.getCoveredText() + "/" + t.getPos().getPosValue()).toList()))
                .toList();

        JCas built = CasBuilder.of(text, sentences.toArray(new String[0]));

        assertThat(CasRenderer.render(built, Paragraph.class, Sentence.class, POS.class))
                .isEqualTo(CasRenderer.render(real, Paragraph.class, Sentence.class, POS.class));
        assertThat(sentences.get(0)).contains("and/CCONJ"); // a tag DKPro's UD map lacks: plain POS
    }
}
