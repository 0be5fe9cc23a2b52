package org.annocorpus.conll;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annocorpus.type.NumericClaim;
import org.annocorpus.type.Quotation;
import org.annocorpus.util.AtomicFiles;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.apache.uima.fit.util.JCasUtil.selectCovered;

/**
 * Writes the corpus for sequence taggers, one file for all documents, each opened by a
 * {@code -DOCSTART-} line:
 * <ul>
 * <li>{@code corpus.conll}: CoNLL-2003 columns token, POS, chunk, NE with IOB2 tags, as conlleval and
 * most NER trainers read it;</li>
 * <li>{@code corpus.layers.conll}: the same four columns plus one IOB2 column for quotations
 * ({@code QUOTE}) and one for numeric claims ({@code NUM}).</li>
 * </ul>
 * There is no chunker in the pipeline, so the chunk column is {@code O}. Documents are appended as they
 * stream past to temporary files, renamed into place when the collection is complete: a killed run
 * leaves the previous files untouched.
 */
@ResourceMetaData(name = "CoNLL corpus writer")
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" })
public class ConllCorpusWriter extends JCasAnnotator_ImplBase {

    public static final String CONLL_FILE = "corpus.conll";
    public static final String LAYERS_FILE = "corpus.layers.conll";

    /** Directory the two CoNLL files are written to. */
    public static final String PARAM_TARGET_LOCATION = "targetLocation";
    @ConfigurationParameter(name = PARAM_TARGET_LOCATION)
    private String targetLocation;

    private Path conllTarget;
    private Path layersTarget;
    private Path conllTmp;
    private Path layersTmp;
    private BufferedWriter conll;
    private BufferedWriter layers;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            Path dir = Path.of(targetLocation).toAbsolutePath();
            Files.createDirectories(dir);
            conllTarget = dir.resolve(CONLL_FILE);
            layersTarget = dir.resolve(LAYERS_FILE);
            conllTmp = AtomicFiles.tempFileFor(conllTarget);
            layersTmp = AtomicFiles.tempFileFor(layersTarget);
            conll = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(conllTmp), StandardCharsets.UTF_8));
            layers = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(layersTmp), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        // Render the whole document first, so that a failure leaves no partial document in the files.
        StringBuilder conllDoc = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        StringBuilder layersDoc = new StringBuilder("-DOCSTART- -X- -X- O O O\n\n");
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> tokens = selectCovered(Token.class, sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            // Spans are taken from the whole document, so one that crosses a sentence end is not lost.
            String[] ne = BioEncoder.encode(tokens, select(jcas, NamedEntity.class), entity -> entity.getValue());
            String[] quote = BioEncoder.encode(tokens, select(jcas, Quotation.class), q -> "QUOTE");
            String[] num = BioEncoder.encode(tokens, select(jcas, NumericClaim.class), n -> "NUM");
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String row = field(token.getText()) + ' ' + field(pos(token)) + " O " + ne[i];
                conllDoc.append(row).append('\n');
                layersDoc.append(row).append(' ').append(quote[i]).append(' ').append(num[i]).append('\n');
            }
            conllDoc.append('\n');
            layersDoc.append('\n');
        }
        try {
            conll.write(conllDoc.toString());
            layers.write(layersDoc.toString());
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    private static String pos(Token token) {
        POS pos = token.getPos();
        if (pos == null) {
            return "-";
        }
        return pos.getPosValue() != null ? pos.getPosValue() : pos.getCoarseValue();
    }

    /** CoNLL columns are separated by spaces: a token never carries one. */
    private static String field(String text) {
        return text == null || text.isEmpty() ? "_" : text.replaceAll("\\s", "_");
    }

    @Override
    public void collectionProcessComplete() throws AnalysisEngineProcessException {
        try {
            conll.close();
            layers.close();
            AtomicFiles.moveIntoPlace(conllTmp, conllTarget);
            AtomicFiles.moveIntoPlace(layersTmp, layersTarget);
        } catch (IOException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    @Override
    public void destroy() {
        // A run that never completed leaves no temporary files behind.
        try {
            conll.close();
            layers.close();
            Files.deleteIfExists(conllTmp);
            Files.deleteIfExists(layersTmp);
        } catch (IOException e) {
            // nothing more can be done while shutting down
        }
        super.destroy();
    }
}
