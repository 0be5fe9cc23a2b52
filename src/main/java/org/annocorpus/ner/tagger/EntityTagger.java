package org.annocorpus.ner.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.annocorpus.ner.Lexicon;

/**
 * The project's trained named-entity tagger: one or two passes of a linear-chain model (averaged
 * perceptron weights) over the features of {@link FeatureSet}; the second pass sees the first pass's
 * entities for the whole document. One file holds everything it needs: the feature groups, the word
 * clusters, the name lists (group wiki), the weights; the gazetteer group reads the project's lexicons.
 */
public final class EntityTagger {

    private static final int MAGIC = 0x4e455231; // "NER1"

    private final FeatureSet features;
    private final WordClusters clusters;
    private final LinearChain first;
    private final LinearChain second;
    private final String provenance;

    EntityTagger(FeatureSet features, WordClusters clusters, LinearChain first, LinearChain second, String provenance) {
        this.features = features;
        this.clusters = clusters;
        this.first = first;
        this.second = second;
        this.provenance = provenance;
    }

    public String provenance() {
        return provenance;
    }

    public Set<String> featureGroups() {
        return features.groups();
    }

    /** The word-cluster tables the model carries (whole, as they were at training). */
    public WordClusters clusters() {
        return clusters;
    }

    public boolean twoPass() {
        return second != null;
    }

    /** The entities of each sentence of a document. */
    public List<List<Span>> tag(List<TaggedSentence> document) {
        List<float[][][]> dense = features.dense(document);
        List<List<Span>> pass1 = pass(first, features.extract(document, null), dense);
        if (second == null) {
            return pass1;
        }
        return pass(second, features.extract(document, pass1), dense);
    }

    /** The first pass's entities only (for ablations and for training the second pass). */
    List<List<Span>> tagFirstPass(List<TaggedSentence> document) {
        return pass(first, features.extract(document, null), features.dense(document));
    }

    /** Decodes each sentence; {@code dense} (per sentence, may be null) holds the word-vector features. */
    static List<List<Span>> pass(LinearChain model, List<List<List<String>>> documentFeatures,
            List<float[][][]> dense) {
        List<List<Span>> out = new ArrayList<>(documentFeatures.size());
        for (int s = 0; s < documentFeatures.size(); s++) {
            int[][] rows = model.rows(documentFeatures.get(s));
            out.add(Encoding.decode(model.labelsOf(model.viterbi(rows, dense == null ? null : dense.get(s)))));
        }
        return out;
    }

    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(provenance);
        out.writeUTF(String.join(",", new java.util.TreeSet<>(features.groups())));
        clusters.write(out);
        if (features.has("vectors")) {
            features.vectors().write(out);
        }
        if (features.has("wiki")) {
            features.nameLists().write(out);
        }
        first.write(out);
        out.writeBoolean(second != null);
        if (second != null) {
            second.write(out);
        }
        out.flush();
        out.close();
    }

    /** Reads a model; {@code name} names the source in error messages. */
    public static EntityTagger read(InputStream source, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException(name + ": not a named-entity tagger model");
        }
        String provenance = in.readUTF();
        String groupList = in.readUTF();
        Set<String> groups = new LinkedHashSet<>(groupList.isEmpty() ? List.of() : List.of(groupList.split(",")));
        WordClusters clusters = WordClusters.read(in);
        boolean withVectors = groups.contains("vectors");
        WordVectors vectors = withVectors ? WordVectors.read(in) : WordVectors.empty();
        NameLists nameLists = groups.contains("wiki") ? NameLists.read(in) : NameLists.empty();
        LinearChain first = LinearChain.read(in, withVectors);
        LinearChain second = in.readBoolean() ? LinearChain.read(in, withVectors) : null;
        Lexicon lexicon = groups.contains("gazetteer") ? Lexicon.load(Lexicon.DEFAULT_LOCATIONS) : null;
        return new EntityTagger(new FeatureSet(groups, clusters, lexicon, vectors, nameLists), clusters, first, second,
                provenance);
    }
}
