package org.annocorpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annocorpus.io.XmlCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing an imported document over the gold it came from: the XMI could not carry the characters XML 1.0
 * forbids, so an existing text that differs from the XMI's only by them is kept byte for byte.
 */
class XmiGoldImporterTest {

    /** A control character (ESC) inside the text, as a PolNeAR text has one, and a name ending right before it. */
    private static final String ORIGINAL = "Mr. Ruiz\u001b said it was “over,” and left.\n";

    @Test
    void anExistingTextTheXmiHoldsMadeSafeForXmlStaysByteForByte(@TempDir Path out) throws Exception {
        Files.writeString(GoldCorpus.text(out, "doc"), ORIGINAL, StandardCharsets.UTF_8);

        String ann = XmiGoldImporter.write(imported(XmlCharacters.sanitize(ORIGINAL)), out);

        assertThat(Files.readString(GoldCorpus.text(out, "doc"), StandardCharsets.UTF_8)).isEqualTo(ORIGINAL);
        assertThat(ann.lines()).filteredOn(l -> l.contains("\tPER ")).containsExactly("T1\tPER 4 9\tRuiz\u001b");
    }

    @Test
    void aTextEditedOtherwiseIsTheXmisText(@TempDir Path out) throws Exception {
        Files.writeString(GoldCorpus.text(out, "doc"), ORIGINAL.replace("left", "went"), StandardCharsets.UTF_8);

        XmiGoldImporter.write(imported(XmlCharacters.sanitize(ORIGINAL)), out);

        assertThat(Files.readString(GoldCorpus.text(out, "doc"), StandardCharsets.UTF_8))
                .isEqualTo(XmlCharacters.sanitize(ORIGINAL));
    }

    @Test
    void withoutAnExistingTextTheXmisTextIsWritten(@TempDir Path out) throws Exception {
        XmiGoldImporter.write(imported(XmlCharacters.sanitize(ORIGINAL)), out);

        assertThat(Files.readString(GoldCorpus.text(out, "doc"), StandardCharsets.UTF_8))
                .isEqualTo(XmlCharacters.sanitize(ORIGINAL));
    }

    /** The document as an XMI brings it: its text made safe for XML 1.0, a PER span over "Ruiz" and the next one. */
    private static XmiGoldImporter.Imported imported(String text) {
        BratDocument.Span person = new BratDocument.Span("PER", 4, 9, Map.of(), Map.of(), null);
        return new XmiGoldImporter.Imported("doc.xmi", "doc", new BratDocument(text, List.of(person)));
    }
}
