package org.annocorpus.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.annocorpus.io.TextDecoder;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Loads one gold document ({@code ID.txt} and {@code ID.ann}) into a CAS with the corpus type system:
 * DKPro NamedEntity, Quotation with SourceMention, NumericClaim. Offsets are converted from the code
 * points of the gold files to UIMA's UTF-16 units. It trusts the file: lines the validator would reject
 * (unknown types, offsets outside the text) are skipped, never guessed at.
 */
public final class GoldCasLoader {

    private GoldCasLoader() {
    }

    public static void load(Path txt, Path ann, JCas jcas) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(txt));
        BratAnnotations brat = BratParser.parse(Files.readString(ann, StandardCharsets.UTF_8));
        String id = GoldCorpus.documentId(txt);
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(id);
        meta.setDocumentTitle(txt.getFileName().toString());
        meta.setDocumentUri(txt.toAbsolutePath().toUri().toString());
        meta.setCollectionId("gold");
        fill(jcas, brat);
    }

    /** Adds the annotations of {@code brat} to a CAS that already holds the document text. */
    public static void fill(JCas jcas, BratAnnotations brat) {
        CodePointOffsets offsets = new CodePointOffsets(jcas.getDocumentText());
        int length = offsets.length();
        Map<String, SourceMention> sources = new HashMap<>();
        for (BratAnnotations.TextBound t : brat.textBounds) {
            if (t.begin() < 0 || t.end() > length || t.begin() > t.end() || !"Source".equals(t.type())) {
                continue;
            }
            SourceMention source = new SourceMention(jcas, offsets.toUtf16(t.begin()), offsets.toUtf16(t.end()));
            source.addToIndexes();
            sources.put(t.id(), source);
        }
        for (BratAnnotations.TextBound t : brat.textBounds) {
            if (t.begin() < 0 || t.end() > length || t.begin() > t.end()) {
                continue;
            }
            int begin = offsets.toUtf16(t.begin());
            int end = offsets.toUtf16(t.end());
            if (GoldScheme.ENTITY_TYPES.contains(t.type())) {
                NamedEntity entity = new NamedEntity(jcas, begin, end);
                entity.setValue(t.type());
                entity.addToIndexes();
            } else if (GoldScheme.QUOTATION.equals(t.type())) {
                Quotation quotation = new Quotation(jcas, begin, end);
                quotation.setSpeaker(note(brat, t.id(), GoldScheme.SPEAKER));
                brat.relationsFrom(t.id()).stream()
                        .filter(r -> GoldScheme.SPEAKER_MENTION.equals(r.name()))
                        .findFirst()
                        .ifPresent(r -> quotation.setSpeakerMention(sources.get(r.arg2())));
                quotation.addToIndexes();
            } else if (GoldScheme.NUMERIC_CLAIM.equals(t.type())) {
                NumericClaim claim = new NumericClaim(jcas, begin, end);
                claim.setValue(parseValue(attribute(brat, t.id(), GoldScheme.VALUE)));
                claim.setUnit(attribute(brat, t.id(), GoldScheme.UNIT));
                String qualifier = attribute(brat, t.id(), GoldScheme.QUALIFIER);
                claim.setQualifier(qualifier.isEmpty() ? "EXACT" : qualifier);
                claim.setQuantified(note(brat, t.id(), GoldScheme.QUANTIFIED));
                claim.addToIndexes();
            }
        }
    }

    private static String note(BratAnnotations brat, String target, String name) {
        return brat.notesOf(target).stream().filter(n -> n.name().equals(name)).map(BratAnnotations.Note::text)
                .findFirst().orElse("");
    }

    private static String attribute(BratAnnotations brat, String target, String name) {
        return brat.attributesOf(target).stream().filter(a -> a.name().equals(name)).map(BratAnnotations.Attribute::value)
                .findFirst().orElse("");
    }

    private static double parseValue(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
