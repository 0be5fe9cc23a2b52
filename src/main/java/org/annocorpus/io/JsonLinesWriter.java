package org.annocorpus.io;

import org.annocorpus.scheme.EntityType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annocorpus.conll.BioEncoder;
import org.annocorpus.scheme.Layer;
import org.annocorpus.io.internal.PartFiles;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

/**
 * Writes the corpus as JSON Lines, one document per line ({@code corpus.jsonl}, or with a split
 * {@code train.jsonl}, {@code dev.jsonl}, {@code test.jsonl}): id, text, sentences, tokens with POS and
 * lemma, named entities, quotations and numeric claims, and the token-level {@code tokens} /
 * {@code ner_tags} fields of the Hugging Face {@code conll2003} dataset (its tag ids,
 * {@link #NER_TAG_NAMES}). Every character offset counts Unicode code points, as Python strings do,
 * not UIMA's UTF-16 units. Fields are written in a fixed order without whitespace: same input, same
 * bytes. docs/formats.md describes each field.
 */
@ResourceMetaData(name = "JSON Lines corpus writer")
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" })
public class JsonLinesWriter extends AtomicFileWriter_ImplBase {

    /** The ner_tags ids of Hugging Face conll2003: O, then B-/I- of each entity class in the scheme's order. */
    public static final List<String> NER_TAG_NAMES = nerTagNames();

    public static final String SUFFIX = ".jsonl";

    /** Train/dev/test percentages such as {@code 80/10/10}; empty for one file. See {@link Splits}. */
    public static final String PARAM_SPLIT = "split";
    @ConfigurationParameter(name = PARAM_SPLIT, defaultValue = "")
    private String split;

    private static final JsonFactory JSON = new JsonFactory();

    private PartFiles files;

    @Override
    protected void open() throws IOException {
        files = openParts(SUFFIX, split);
    }

    @Override
    protected void write(JCas jcas) throws IOException {
        files.append(Documents.id(jcas), render(jcas) + "\n");
    }

    /** One document as a single line of JSON (without the line end). */
    public static String render(JCas jcas) throws IOException {
        String text = jcas.getDocumentText();
        CodePointOffsets cp = new CodePointOffsets(text);
        List<Token> tokens = new ArrayList<>(select(jcas, Token.class));
        Map<Token, Integer> index = indexOf(tokens);
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("id", Documents.id(jcas));
            json.writeStringField("text", text);

            json.writeArrayFieldStart("sentences");
            for (Sentence sentence : select(jcas, Sentence.class)) {
                List<Token> covered = selectCovered(Token.class, sentence);
                json.writeStartObject();
                offsets(json, sentence, cp);
                int first = covered.isEmpty() ? indexAtOrAfter(tokens, sentence.getBegin()) : index.get(covered.get(0));
                json.writeNumberField("token_begin", first);
                json.writeNumberField("token_end", first + covered.size());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("tokens");
            for (Token token : tokens) {
                json.writeString(token.getText());
            }
            json.writeEndArray();

            json.writeArrayFieldStart("ner_tags");
            for (String tag : nerTags(jcas, tokens, index)) {
                int tagId = NER_TAG_NAMES.indexOf(tag);
                json.writeNumber(Math.max(tagId, 0));
            }
            json.writeEndArray();

            json.writeArrayFieldStart("token_details");
            for (Token token : tokens) {
                json.writeStartObject();
                offsets(json, token, cp);
                POS pos = token.getPos();
                json.writeStringField("pos", pos == null ? null : pos.getPosValue() != null ? pos.getPosValue() : pos.getCoarseValue());
                json.writeStringField("lemma", token.getLemma() == null ? null : token.getLemma().getValue());
                json.writeEndObject();
            }
            json.writeEndArray();

            for (Layer layer : Layer.values()) {
                switch (layer) {
                    case ENTITY -> {
                        json.writeArrayFieldStart("entities");
                        for (NamedEntity entity : select(jcas, NamedEntity.class)) {
                            json.writeStartObject();
                            span(json, entity, cp);
                            json.writeStringField("type", entity.getValue());
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                    }
                    case QUOTATION -> layer(json, "quotations", jcas, layer, cp);
                    case NUMERIC -> layer(json, "numeric_claims", jcas, layer, cp);
                }
            }
            json.writeEndObject();
        }
        return buffer.toString();
    }

    /** IOB2 tags of the document's tokens; a tag continuing across a sentence start begins anew there. */
    static String[] nerTags(JCas jcas, List<Token> tokens, Map<Token, Integer> index) {
        String[] tags = BioEncoder.encode(tokens, select(jcas, NamedEntity.class), NamedEntity::getValue);
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> covered = selectCovered(Token.class, sentence);
            if (!covered.isEmpty()) {
                int i = index.get(covered.get(0));
                if (tags[i].startsWith("I-")) {
                    tags[i] = "B-" + tags[i].substring(2);
                }
            }
        }
        return tags;
    }

    /** Every annotation of a layer with its span and every feature of its type, in the type system's order. */
    private static void layer(JsonGenerator json, String field, JCas jcas, Layer layer, CodePointOffsets cp)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Annotation annotation : select(jcas, layer.uimaType())) {
            json.writeStartObject();
            span(json, annotation, cp);
            for (Feature feature : ownFeatures(annotation.getType(), jcas.getCas())) {
                String name = snakeCase(feature.getShortName());
                if (feature.getRange().isPrimitive()) {
                    primitive(json, name, annotation, feature);
                } else {
                    FeatureStructure target = annotation.getFeatureValue(feature);
                    if (target instanceof Annotation a) {
                        json.writeObjectFieldStart(name);
                        span(json, a, cp);
                        json.writeEndObject();
                    } else {
                        json.writeNullField(name);
                    }
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The features a type adds to uima.tcas.Annotation (sofa, begin, end are written as the span). */
    static List<Feature> ownFeatures(Type type, CAS cas) {
        Type annotation = cas.getTypeSystem().getType(CAS.TYPE_NAME_ANNOTATION);
        List<Feature> own = new ArrayList<>();
        for (Feature feature : type.getFeatures()) {
            if (annotation.getFeatureByBaseName(feature.getShortName()) == null) {
                own.add(feature);
            }
        }
        return Collections.unmodifiableList(own);
    }

    private static void primitive(JsonGenerator json, String name, Annotation a, Feature feature) throws IOException {
        switch (feature.getRange().getName()) {
            case CAS.TYPE_NAME_DOUBLE -> {
                double v = a.getDoubleValue(feature);
                if (Double.isFinite(v)) {
                    json.writeNumberField(name, v);
                } else {
                    json.writeNullField(name);
                }
            }
            case CAS.TYPE_NAME_FLOAT -> json.writeNumberField(name, a.getFloatValue(feature));
            case CAS.TYPE_NAME_INTEGER -> json.writeNumberField(name, a.getIntValue(feature));
            case CAS.TYPE_NAME_LONG -> json.writeNumberField(name, a.getLongValue(feature));
            case CAS.TYPE_NAME_BOOLEAN -> json.writeBooleanField(name, a.getBooleanValue(feature));
            default -> json.writeStringField(name, a.getFeatureValueAsString(feature));
        }
    }

    private static void span(JsonGenerator json, Annotation a, CodePointOffsets cp) throws IOException {
        offsets(json, a, cp);
        json.writeStringField("text", a.getCoveredText());
    }

    private static void offsets(JsonGenerator json, Annotation a, CodePointOffsets cp) throws IOException {
        json.writeNumberField("begin", cp.toCodePoints(a.getBegin()));
        json.writeNumberField("end", cp.toCodePoints(a.getEnd()));
    }

    private static Map<Token, Integer> indexOf(List<Token> tokens) {
        Map<Token, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i), i);
        }
        return index;
    }

    private static int indexAtOrAfter(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).getBegin() < offset) {
            i++;
        }
        return i;
    }

    /** speakerMention becomes speaker_mention, as Python code names fields. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> nerTagNames() {
        List<String> names = new ArrayList<>(List.of("O"));
        for (String type : EntityType.labels()) {
            names.add("B-" + type);
            names.add("I-" + type);
        }
        return List.copyOf(names);
    }
}
