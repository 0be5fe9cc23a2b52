package org.annocorpus.preprocess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Loads each OpenNLP model once per JVM, so that the replicas of a parallel run share it (a maxent
 * model is only read once loaded; the detectors built on it hold the per-thread state). A location is
 * {@code classpath:/path} or a file path.
 */
public final class OpenNlpModels {

    private static final Map<String, Object> MODELS = new ConcurrentHashMap<>();

    private OpenNlpModels() {
    }

    public static LemmatizerModel lemmatizer(String location) throws IOException {
        return load(location, "lemmatizer", LemmatizerModel.class, LemmatizerModel::new);
    }

    public static SentenceModel sentences(String location) throws IOException {
        return load(location, "sentence", SentenceModel.class, SentenceModel::new);
    }

    public static TokenizerModel tokens(String location) throws IOException {
        return load(location, "tokenizer", TokenizerModel.class, TokenizerModel::new);
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String location, String kind, Class<M> type, Reader<M> reader) throws IOException {
        try {
            Object model = MODELS.computeIfAbsent(kind + "\u0000" + location, key -> {
                try (InputStream in = open(location)) {
                    return reader.read(in);
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException("cannot load the OpenNLP " + kind + " model " + location + ": "
                            + e.getMessage(), e);
                }
            });
            return type.cast(model);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
            InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("not on the class path: " + path);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
