package org.annocorpus.cli;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annocorpus.gold.GoldCasLoader;
import org.annocorpus.gold.GoldCorpus;
import org.annocorpus.gold.GoldFixtures;
import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.annocorpus.type.SourceMention;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class GoldExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void exportedXmiLoadsBackWithDkproXmiReaderWithTheSameGold(@TempDir Path output) throws Exception {
        Path gold = GoldFixtures.ok();

        assertThat(run("gold", "export", "--gold", gold.toString(), "--output", output.toString(), "--quiet"))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("gold: 2 documents exported");
        assertThat(output.resolve("xmi/typesystem.xml")).exists();
        assertThat(output.resolve("manifest.json")).exists();

        List<String> ids = new ArrayList<>();
        for (JCas read : new JCasIterable(CollectionReaderFactory.createReaderDescription(XmiReader.class,
                XmiReader.PARAM_SOURCE_LOCATION, output.resolve("xmi").toString(), XmiReader.PARAM_PATTERNS, "*.xmi"))) {
            String id = DocumentMetaData.get(read).getDocumentId();
            ids.add(id);
            JCas expected = JCasFactory.createJCas();
            GoldCasLoader.load(GoldCorpus.text(gold, id), GoldCorpus.annotations(gold, id), expected);

            assertThat(read.getDocumentText()).isEqualTo(expected.getDocumentText());
            assertThat(entities(read)).isEqualTo(entities(expected)).isNotEmpty();
            assertThat(quotations(read)).isEqualTo(quotations(expected));
            assertThat(sources(read)).isEqualTo(sources(expected));
            assertThat(claims(read)).isEqualTo(claims(expected)).isNotEmpty();
            assertThat(select(read, Token.class)).isNotEmpty();
        }
        assertThat(ids).containsExactly("a_doc", "b_doc");
    }

    @Test
    void conllCarriesTheGoldLabels(@TempDir Path output) throws Exception {
        Path gold = GoldFixtures.ok();

        assertThat(run("gold", "export", "--gold", gold.toString(), "--output", output.toString(), "--quiet"))
                .isEqualTo(ExitCodes.OK);
        String conll = Files.readString(output.resolve("conll/corpus.conll"), StandardCharsets.UTF_8);
        String layers = Files.readString(output.resolve("conll/corpus.layers.conll"), StandardCharsets.UTF_8);
        assertThat(conll).containsPattern("(?m)^Riverton \\S+ O B-ORG$").containsPattern("(?m)^Gazette \\S+ O I-ORG$");
        assertThat(layers).containsPattern("(?m)^We \\S+ O O B-QUOTE O$").containsPattern("(?m)^12 \\S+ O O O B-NUM$");
    }

    @Test
    void goldWithErrorsIsNotExported(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("out");
        Path gold = GoldFixtures.broken("overlap");

        assertThat(run("gold", "export", "--gold", gold.toString(), "--output", output.toString(), "--quiet"))
                .isEqualTo(ExitCodes.FAILURES);
        assertThat(err.toString()).contains("doc.ann:9: error: T9 LOC").contains("nothing exported");
        assertThat(output).doesNotExist();
    }

    private static List<String> entities(JCas jcas) {
        return select(jcas, NamedEntity.class).stream().map(e -> e.getBegin() + "-" + e.getEnd() + " " + e.getValue()).toList();
    }

    private static List<String> quotations(JCas jcas) {
        return select(jcas, Quotation.class).stream().map(q -> q.getBegin() + "-" + q.getEnd() + " " + q.getSpeaker() + " "
                + (q.getSpeakerMention() == null ? "-" : q.getSpeakerMention().getBegin() + "-" + q.getSpeakerMention().getEnd()))
                .toList();
    }

    private static List<String> sources(JCas jcas) {
        return select(jcas, SourceMention.class).stream().map(s -> s.getBegin() + "-" + s.getEnd()).toList();
    }

    private static List<String> claims(JCas jcas) {
        return select(jcas, NumericClaim.class).stream().map(c -> c.getBegin() + "-" + c.getEnd() + " " + c.getValue() + " "
                + c.getUnit() + " " + c.getQualifier() + " " + c.getQuantified()).toList();
    }
}
