package org.annocorpus.io;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.annocorpus.conll.ConllCorpusWriter;
import org.annocorpus.testing.CasBuilder;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** The writer life cycle of {@link AtomicFileWriter_ImplBase}, through the project's writers. */
class AtomicFileWriterTest {

    @TempDir
    Path out;

    private static JCas document(String id) throws Exception {
        JCas jcas = CasBuilder.sentences("Maria/PROPN/B-PER said/VERB 54/NUM boats/NOUN ./PUNCT");
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId(id);
        meta.setDocumentBaseUri("file:/input/");
        meta.setDocumentUri("file:/input/" + id + ".txt");
        return jcas;
    }

    @Test
    void thatTheManifestChecksumIsThatOfTheXmiWrittenWhicheverWriterRunsFirst() throws Exception {
        // the manifest runs before the XMI writer: it cannot have read the file
        AnalysisEngine manifest = createEngine(ManifestWriter.class, ManifestWriter.PARAM_TARGET_LOCATION, out.toString());
        AnalysisEngine xmi = createEngine(XmiCorpusWriter.class, XmiCorpusWriter.PARAM_TARGET_LOCATION,
                out.resolve("xmi").toString());
        JCas jcas = document("doc-1");
        manifest.process(jcas);
        xmi.process(jcas);
        manifest.collectionProcessComplete();
        xmi.collectionProcessComplete();

        JsonNode entry = new ObjectMapper().readTree(out.resolve(ManifestWriter.MANIFEST_FILE).toFile()).get("documents").get(0);
        assertThat(entry.get("xmi").asText()).isEqualTo("xmi/doc-1.xmi");
        assertThat(entry.get("xmiSha256").asText()).isEqualTo(sha256(out.resolve("xmi/doc-1.xmi")));
        assertThat(out.resolve("xmi/typesystem.xml")).exists();
    }

    @Test
    void thatARunThatNeverCompletesLeavesNoFileBehind() throws Exception {
        AnalysisEngine conll = createEngine(ConllCorpusWriter.class, ConllCorpusWriter.PARAM_TARGET_LOCATION,
                out.resolve("conll").toString());
        AnalysisEngine manifest = createEngine(ManifestWriter.class, ManifestWriter.PARAM_TARGET_LOCATION, out.toString());
        JCas jcas = document("doc-1");
        conll.process(jcas);
        manifest.process(jcas);
        conll.destroy();
        manifest.destroy();

        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void thatStreamedFilesAppearWhenTheCollectionIsComplete() throws Exception {
        AnalysisEngine conll = createEngine(ConllCorpusWriter.class, ConllCorpusWriter.PARAM_TARGET_LOCATION,
                out.toString(), ConllCorpusWriter.PARAM_SPLIT, "50/25/25");
        conll.process(document("doc-1"));
        assertThat(out.resolve("train.conll")).doesNotExist();
        conll.collectionProcessComplete();
        assertThat(out).isDirectoryContaining("glob:**/train.conll").isDirectoryContaining("glob:**/dev.layers.conll")
                .isDirectoryContaining("glob:**/test.conll");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
