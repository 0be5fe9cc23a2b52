package org.annocorpus.conll;

import org.annocorpus.io.AtomicFileWriter_ImplBase;
import java.util.Map;
import java.util.EnumMap;
import org.annocorpus.scheme.Layer;
import java.io.IOException;
import java.util.List;

import org.annocorpus.io.Documents;
import org.annocorpus.io.Splits;
import org.annocorpus.io.internal.PartFiles;

import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.Level;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
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
 * There is no chunker in the pipeline, so the chunk column is {@code O}. With a split ({@link #PARAM_SPLIT})
 * the files are {@code train.conll}, {@code dev.conll}, ... instead, each document in the part of its id.
 * Every span the token projection widens, splits, merges or loses is logged as a warning
 * ({@link ProjectionCheck}). Documents are appended as they stream past to temporary files, renamed into
 * place when the collection is complete: a killed run leaves the previous files untouched
 * ({@link AtomicFileWriter_ImplBase}).
 */
@ResourceMetaData(name = "CoNLL corpus writer")
@TypeCapability(inputs = {
        "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token" })
public class ConllCorpusWriter extends AtomicFileWriter_ImplBase {

    public static final String CONLL_FILE = "corpus.conll";
    public static final String LAYERS_FILE = "corpus.layers.conll";

    /** Train/dev/test percentages such as {@code 80/10/10}; empty for one file of each kind. See {@link Splits}. */
    public static final String PARAM_SPLIT = "split";
    @ConfigurationParameter(name = PARAM_SPLIT, defaultValue = "")
    private String split;

    private PartFiles conll;
    private PartFiles layers;

    @Override
    protected void open() throws IOException {
        conll = openParts(".conll", split);
        layers = openParts(".layers.conll", split);
    }

    @Override
    protected void write(JCas jcas) throws IOException {
        // Render the whole document first, so that a failure leaves no partial document in the files.
        StringBuilder conllDoc = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        StringBuilder layersDoc = new StringBuilder("-DOCSTART- -X- -X- O" + " O".repeat(Layer.values().length - 1) + "\n\n");
        for (Sentence sentence : select(jcas, Sentence.class)) {
            List<Token> tokens = selectCovered(Token.class, sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            // Spans are taken from the whole document, so one that crosses a sentence end is not lost.
            Map<Layer, String[]> tags = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                tags.put(layer, BioEncoder.encode(tokens, select(jcas, layer.uimaType()), layer::conllTag));
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                // the entity column is CoNLL-2003's NE column; every other layer follows in the layers file
                String row = field(token.getText()) + ' ' + field(pos(token)) + " O " + tags.get(Layer.ENTITY)[i];
                conllDoc.append(row).append('\n');
                layersDoc.append(row);
                for (Layer layer : Layer.values()) {
                    if (layer != Layer.ENTITY) {
                        layersDoc.append(' ').append(tags.get(layer)[i]);
                    }
                }
                layersDoc.append('\n');
            }
            conllDoc.append('\n');
            layersDoc.append('\n');
        }
        String id = Documents.id(jcas);
        // Say which spans the token-level projection cannot keep as they are (the manifest lists them too).
        for (ProjectionCheck.Adjustment adjustment : ProjectionCheck.check(jcas)) {
            getLogger().log(Level.WARNING, "CoNLL: " + adjustment.describe(id));
        }
        conll.append(id, conllDoc);
        layers.append(id, layersDoc);
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
}
