package org.annocorpus.gold;

import org.annocorpus.scheme.Qualifier;
import org.annocorpus.scheme.Layer;
import org.annocorpus.scheme.Labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.annocorpus.io.DocumentSetup;
import org.annocorpus.io.TextDecoder;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.annocorpus.util.CodePointOffsets;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.Logger;

import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;

/**
 * Loads one gold document ({@code ID.txt} and {@code ID.ann}) into a CAS with the corpus type system:
 * DKPro NamedEntity, Quotation with SourceMention, NumericClaim. Offsets are converted from the code
 * points of the gold files to UIMA's UTF-16 units. The text is set up as {@code annotate} sets up a
 * document ({@link DocumentSetup}: characters XML 1.0 forbids replaced, offsets unchanged), so gold and
 * system texts are the same. It trusts the file: the commands validate gold before loading it, and lines
 * the validator would reject (unknown types, offsets outside the text) are skipped, never guessed at.
 */
public final class GoldCasLoader {

    private GoldCasLoader() {
    }

    public static void load(Path txt, Path ann, JCas jcas) throws IOException {
        load(txt, ann, jcas, "en", "gold", UIMAFramework.getLogger(GoldCasLoader.class));
    }

    /** The one way gold is loaded; a file that cannot be decoded is an IOException naming it. */
    public static void load(Path txt, Path ann, JCas jcas, String language, String collectionId, Logger logger)
            throws IOException {
        String text = decode(txt);
        BratAnnotations brat = BratParser.parse(decode(ann));
        DocumentSetup.install(jcas, txt, GoldCorpus.documentId(txt), text, language, collectionId, logger);
        fill(jcas, brat);
    }

    private static String decode(Path file) throws IOException {
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.MalformedTextException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Adds the annotations of {@code brat} to a CAS that already holds the document text. */
    public static void fill(JCas jcas, BratAnnotations brat) {
        CodePointOffsets offsets = new CodePointOffsets(jcas.getDocumentText());
        int length = offsets.length();
        Map<String, SourceMention> sources = new HashMap<>();
        for (BratAnnotations.TextBound t : brat.textBounds) {
            if (t.begin() < 0 || t.end() > length || t.begin() > t.end() || !Labels.SOURCE.equals(t.type())) {
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
            Layer layer = Layer.ofLabel(t.type()).orElse(null);
            if (layer == null) {
                continue; // a Source (added above) or a type the validator reports
            }
            switch (layer) {
            case ENTITY -> {
                NamedEntity entity = new NamedEntity(jcas, begin, end);
                entity.setValue(t.type());
                entity.addToIndexes();
            }
            case QUOTATION -> {
                Quotation quotation = new Quotation(jcas, begin, end);
                quotation.setSpeaker(note(brat, t.id(), Labels.SPEAKER));
                brat.relationsFrom(t.id()).stream()
                        .filter(r -> Labels.SPEAKER_MENTION.equals(r.name()))
                        .findFirst()
                        .ifPresent(r -> quotation.setSpeakerMention(sources.get(r.arg2())));
                quotation.addToIndexes();
            }
            case NUMERIC -> {
                NumericClaim claim = new NumericClaim(jcas, begin, end);
                claim.setValue(parseValue(attribute(brat, t.id(), Labels.VALUE)));
                claim.setUnit(attribute(brat, t.id(), Labels.UNIT));
                String qualifier = attribute(brat, t.id(), Labels.QUALIFIER);
                claim.setQualifier(Qualifier.orDefault(qualifier));
                claim.setQuantified(note(brat, t.id(), Labels.QUANTIFIED));
                claim.addToIndexes();
            }
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
