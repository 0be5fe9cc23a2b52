package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.uima.fit.factory.CollectionReaderFactory.createReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.collection.CollectionReader;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

class TextDocumentReaderTest {

    @TempDir
    Path dir;

    private JCas readOne(Path file) throws Exception {
        CollectionReader reader = createReader(TextDocumentReader.class,
                TextDocumentReader.PARAM_SOURCE_LOCATION, file.getParent().toString(),
                TextDocumentReader.PARAM_PATTERN, file.getFileName().toString());
        JCas jcas = JCasFactory.createJCas();
        reader.getNext(jcas.getCas());
        return jcas;
    }

    @Test
    void readsUtf8TextWithDocumentIdFromFileName() throws Exception {
        Path file = Files.writeString(dir.resolve("doc-1.txt"), "Grüße aus Köln.", StandardCharsets.UTF_8);

        JCas jcas = readOne(file);

        assertThat(jcas.getDocumentText()).isEqualTo("Grüße aus Köln.");
        assertThat(DocumentMetaData.get(jcas).getDocumentId()).isEqualTo("doc-1");
        assertThat(jcas.getDocumentLanguage()).isEqualTo("en");
    }

    @Test
    void dropsByteOrderMarkSoOffsetsStartAtTheText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        assertThat(readOne(file).getDocumentText()).isEqualTo("Hello");
    }

    @Test
    void keepsCrlfSoOffsetsMatchTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("crlf.txt"), "Title\r\n\r\nBody text.\r\n");

        String text = readOne(file).getDocumentText();

        assertThat(text).isEqualTo("Title\r\n\r\nBody text.\r\n");
        assertThat(text.substring(9, 13)).isEqualTo("Body");
    }

    @Test
    void reportsInvalidUtf8WithFileAndByteOffset() throws Exception {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {bytes[0], bytes[1], bytes[2], (byte) 0xC3, (byte) 0x28};
        Path file = Files.write(dir.resolve("latin1.txt"), bad);

        assertThatThrownBy(() -> readOne(file))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage(file + ": not valid UTF-8 at byte offset 3");
    }

    @Test
    void reportsInvalidUtf8OffsetCountingTheByteOrderMark() throws Exception {
        byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        Path file = Files.write(dir.resolve("bom-bad.txt"), bad);

        assertThatThrownBy(() -> readOne(file)).hasMessageEndingWith("not valid UTF-8 at byte offset 4");
    }

    @Test
    void reportsEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertThatThrownBy(() -> readOne(file)).isInstanceOf(DocumentReadException.class)
                .hasMessage(file + ": empty file");
    }

    @Test
    void replacesCharactersXmlCannotHoldWithoutMovingOffsets() throws Exception {
        Path file = Files.writeString(dir.resolve("ctrl.txt"), "a\u0001b\u000Bc");

        assertThat(readOne(file).getDocumentText()).isEqualTo("a b c");
    }

    @Test
    void readsFilesInNameOrderAndGoesOnAfterABadOne() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.write(dir.resolve("a.txt"), new byte[0]);
        Files.writeString(dir.resolve("c.txt"), "third");
        Files.writeString(dir.resolve("ignored.md"), "not read");
        CollectionReader reader = createReader(TextDocumentReader.class,
                TextDocumentReader.PARAM_SOURCE_LOCATION, dir.toString());
        JCas jcas = JCasFactory.createJCas();

        assertThat(reader.hasNext()).isTrue();
        assertThatThrownBy(() -> reader.getNext(jcas.getCas())).hasMessageContaining("a.txt: empty file");
        java.util.List<String> texts = new java.util.ArrayList<>();
        while (reader.hasNext()) {
            jcas.reset();
            reader.getNext(jcas.getCas());
            texts.add(jcas.getDocumentText());
        }
        assertThat(texts).containsExactly("second", "third");
    }
}
