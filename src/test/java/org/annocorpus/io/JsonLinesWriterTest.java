package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.uima.fit.util.JCasUtil.select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

public class JsonLinesWriterTest {

    /** An emoji before the annotations, so UTF-16 and code point offsets differ. */
    static final String TEXT = "😀 Ana Lima said \"we won\" . Over 3,000 fans in New York cheered .";

    @TempDir
    Path dir;

    /** A small invented document: tokens at spaces, two sentences, every layer. */
    public static JCas document(String id) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(TEXT);
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(id);
        int start = 0;
        int sentenceStart = 0;
        while (start < TEXT.length()) {
            int end = TEXT.indexOf(' ', start);
            end = end < 0 ? TEXT.length() : end;
            Token token = new Token(jcas, start, end);
            POS pos = new POS(jcas, start, end);
            pos.setPosValue(Character.isUpperCase(TEXT.charAt(start)) ? "PROPN" : "X");
            pos.addToIndexes();
            token.setPos(pos);
            Lemma lemma = new Lemma(jcas, start, end);
            lemma.setValue(token.getCoveredText().toLowerCase());
            lemma.addToIndexes();
            token.setLemma(lemma);
            token.addToIndexes();
            if (token.getCoveredText().equals(".")) {
                new Sentence(jcas, sentenceStart, end).addToIndexes();
                sentenceStart = end + 1;
            }
            start = end + 1;
        }
        entity(jcas, "Ana Lima", "PER");
        entity(jcas, "New York", "LOC");
        SourceMention mention = new SourceMention(jcas, TEXT.indexOf("Ana"), TEXT.indexOf(" said"));
        mention.addToIndexes();
        Quotation quote = new Quotation(jcas, TEXT.indexOf("we won"), TEXT.indexOf("\" ."));
        quote.setSpeaker("Ana Lima");
        quote.setSpeakerMention(mention);
        quote.addToIndexes();
        NumericClaim claim = new NumericClaim(jcas, TEXT.indexOf("3,000"), TEXT.indexOf(" fans"));
        claim.setValue(3000);
        claim.setUnit("");
        claim.setQualifier("MORE_THAN");
        claim.setQuantified("fans");
        claim.addToIndexes();
        return jcas;
    }

    private static void entity(JCas jcas, String text, String type) {
        NamedEntity e = new NamedEntity(jcas, TEXT.indexOf(text), TEXT.indexOf(text) + text.length());
        e.setValue(type);
        e.addToIndexes();
    }

    static void write(Path target, String split, JCas... documents) throws Exception {
        AnalysisEngine writer = AnalysisEngineFactory.createEngine(JsonLinesWriter.class,
                JsonLinesWriter.PARAM_TARGET_LOCATION, target.toString(), JsonLinesWriter.PARAM_SPLIT, split);
        for (JCas jcas : documents) {
            writer.process(jcas);
        }
        writer.collectionProcessComplete();
        writer.destroy();
    }

    @Test
    void lineReadBackGivesTheAnnotationsOfTheCas() throws Exception {
        JCas jcas = document("doc-1");
        write(dir, "", jcas);

        List<String> lines = Files.readAllLines(dir.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines.get(0));
        String text = doc.get("text").asText();
        assertThat(doc.get("id").asText()).isEqualTo("doc-1");
        assertThat(text).isEqualTo(jcas.getDocumentText());

        // every span, converted back from code points, is the span of the CAS
        CodePointOffsets cp = new CodePointOffsets(text);
        assertThat(spans(doc.get("entities"), cp, "type"))
                .isEqualTo(select(jcas, NamedEntity.class).stream().map(e -> span(e, e.getValue())).toList());
        assertThat(spans(doc.get("sentences"), cp, null))
                .isEqualTo(select(jcas, Sentence.class).stream().map(s -> span(s, null)).toList());
        assertThat(spans(doc.get("token_details"), cp, "pos"))
                .isEqualTo(select(jcas, Token.class).stream().map(t -> span(t, t.getPos().getPosValue())).toList());
        assertThat(spans(doc.get("quotations"), cp, "speaker"))
                .isEqualTo(select(jcas, Quotation.class).stream().map(q -> span(q, q.getSpeaker())).toList());
        assertThat(spans(doc.get("numeric_claims"), cp, "qualifier"))
                .isEqualTo(select(jcas, NumericClaim.class).stream().map(n -> span(n, n.getQualifier())).toList());

        // Python slices text by code points: text[begin:end] is the annotation's text
        JsonNode ana = doc.get("entities").get(0);
        assertThat(ana.get("begin").asInt()).isEqualTo(2);
        assertThat(text.substring(text.offsetByCodePoints(0, ana.get("begin").asInt()),
                text.offsetByCodePoints(0, ana.get("end").asInt()))).isEqualTo(ana.get("text").asText()).isEqualTo("Ana Lima");

        JsonNode quote = doc.get("quotations").get(0);
        assertThat(quote.get("speaker_mention").get("text").asText()).isEqualTo("Ana Lima");
        JsonNode claim = doc.get("numeric_claims").get(0);
        assertThat(claim.get("value").asDouble()).isEqualTo(3000.0);
        assertThat(claim.get("quantified").asText()).isEqualTo("fans");
        assertThat(doc.get("token_details").get(1).get("lemma").asText()).isEqualTo("ana");
    }

    @Test
    void tokensAndNerTagsFollowHuggingFaceConll2003() throws Exception {
        write(dir, "", document("doc-1"));
        JsonNode doc = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("corpus.jsonl")).get(0));

        assertThat(JsonLinesWriter.NER_TAG_NAMES)
                .containsExactly("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < doc.get("tokens").size(); i++) {
            int tag = doc.get("ner_tags").get(i).asInt();
            if (tag != 0) {
                tagged.add(doc.get("tokens").get(i).asText() + "/" + JsonLinesWriter.NER_TAG_NAMES.get(tag));
            }
        }
        assertThat(tagged).containsExactly("Ana/B-PER", "Lima/I-PER", "New/B-LOC", "York/I-LOC");
        assertThat(doc.get("sentences").get(1).get("token_begin").asInt()).isEqualTo(7);
        assertThat(doc.get("tokens").get(7).asText()).isEqualTo("Over");
    }

    @Test
    void rerunGivesTheSameBytes() throws Exception {
        write(dir.resolve("a"), "", document("doc-1"), document("doc-2"));
        write(dir.resolve("b"), "", document("doc-1"), document("doc-2"));

        assertThat(Files.readAllBytes(dir.resolve("b/corpus.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("a/corpus.jsonl")));
        assertThat(Files.readAllLines(dir.resolve("a/corpus.jsonl"))).hasSize(2);
    }

    @Test
    void splitWritesEachDocumentToThePartOfItsId() throws Exception {
        List<JCas> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(document("doc-" + i));
        }
        write(dir, "80/10/10", docs.toArray(new JCas[0]));

        Splits splits = Splits.parse("80/10/10");
        int lines = 0;
        for (String part : List.of("train", "dev", "test")) {
            for (String line : Files.readAllLines(dir.resolve(part + ".jsonl"))) {
                String id = new ObjectMapper().readTree(line).get("id").asText();
                assertThat(splits.partOf(id)).as(id).isEqualTo(part);
                lines++;
            }
        }
        assertThat(lines).isEqualTo(40);
        assertThat(dir.resolve("corpus.jsonl")).doesNotExist();
    }

    private static List<String> spans(JsonNode array, CodePointOffsets cp, String feature) {
        List<String> spans = new ArrayList<>();
        for (JsonNode node : array) {
            spans.add(cp.toUtf16(node.get("begin").asInt()) + "-" + cp.toUtf16(node.get("end").asInt())
                    + (feature == null ? "" : " " + node.get(feature).asText()));
        }
        return spans;
    }

    private static String span(Annotation a, String feature) {
        return a.getBegin() + "-" + a.getEnd() + (feature == null ? "" : " " + feature);
    }
}
