package org.annocorpus.ner.neural;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.annocorpus.ner.tagger.Encoding;

/**
 * The model file (gzip): configuration, labels' types, vocabulary, then the weights as 32-bit floats, except
 * the word vectors, stored as bytes with one scale per word (a quarter of the size; they are most of the model).
 */
public final class NeuralModels {

    private static final String MAGIC = "annocorpus-ner-neural";
    private static final int VERSION = 1;

    private NeuralModels() {
    }

    public static void write(BiLstmCrf net, String provenance, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(provenance);
        NeuralConfig c = net.config;
        out.writeInt(c.wordDim());
        out.writeInt(c.charDim());
        out.writeInt(c.filters());
        out.writeInt(c.units());
        out.writeBoolean(c.crf());
        out.writeDouble(c.dropout());
        out.writeUTF(c.encoding().name());
        List<String> types = types(net.labels);
        out.writeInt(types.size());
        for (String t : types) {
            out.writeUTF(t);
        }
        out.writeInt(net.vocabulary.size());
        for (String w : net.vocabulary.words) {
            out.writeUTF(w);
        }
        out.writeUTF(net.vocabulary.characters);
        int dim = c.wordDim();
        double[] e = net.words.w;
        for (int r = 0; r < net.vocabulary.size(); r++) {
            double max = 0;
            for (int d = 0; d < dim; d++) {
                max = Math.max(max, Math.abs(e[r * dim + d]));
            }
            float step = max == 0 ? 1 : (float) (max / 127);
            out.writeFloat(step);
            for (int d = 0; d < dim; d++) {
                out.writeByte((int) Math.round(e[r * dim + d] / step));
            }
        }
        for (Parameter p : net.parameters()) {
            if (p != net.words) {
                for (double x : p.w) {
                    out.writeFloat((float) x);
                }
            }
        }
        out.flush();
        gzip.finish();
    }

    /** Reads a model; {@code name} names it in errors. */
    public static BiLstmCrf read(InputStream source, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)));
        String magic = in.readUTF();
        int version = in.readInt();
        if (!MAGIC.equals(magic) || version != VERSION) {
            throw new IOException(name + ": not a neural tagger model of version " + VERSION);
        }
        in.readUTF(); // provenance
        NeuralConfig c = new NeuralConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean(),
                in.readDouble(), Encoding.valueOf(in.readUTF()));
        int nTypes = in.readInt();
        List<String> types = new ArrayList<>();
        for (int k = 0; k < nTypes; k++) {
            types.add(in.readUTF());
        }
        int nWords = in.readInt();
        List<String> words = new ArrayList<>(nWords);
        for (int k = 0; k < nWords; k++) {
            words.add(in.readUTF());
        }
        Vocabulary vocabulary = new Vocabulary(words, in.readUTF());
        BiLstmCrf net = new BiLstmCrf(c, vocabulary, types, new Random(0));
        int dim = c.wordDim();
        for (int r = 0; r < nWords; r++) {
            float step = in.readFloat();
            for (int d = 0; d < dim; d++) {
                net.words.w[r * dim + d] = step * in.readByte();
            }
        }
        for (Parameter p : net.parameters()) {
            if (p != net.words) {
                for (int i = 0; i < p.size(); i++) {
                    p.w[i] = in.readFloat();
                }
            }
        }
        if (in.read() != -1) {
            throw new IOException(name + ": bytes left after the last weight");
        }
        return net;
    }

    /** The provenance line of a model file. */
    public static String provenance(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source));
        in.readUTF();
        in.readInt();
        return in.readUTF();
    }

    private static List<String> types(String[] labels) {
        List<String> types = new ArrayList<>();
        for (String l : labels) {
            if (!l.equals("O") && !types.contains(l.substring(2))) {
                types.add(l.substring(2));
            }
        }
        return types;
    }
}
