package org.annocorpus.preprocess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Loads each OpenNLP lemmatizer model once per JVM, so that the replicas of a parallel run share it
 * (a maxent model is only read once loaded). A location is {@code classpath:/path} or a file path.
 */
public final class OpenNlpModels {

    private static final Map<String, LemmatizerModel> LEMMATIZERS = new ConcurrentHashMap<>();

    private OpenNlpModels() {
    }

    public static LemmatizerModel lemmatizer(String location) throws IOException {
        try {
            return LEMMATIZERS.computeIfAbsent(location, OpenNlpModels::loadLemmatizer);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    private static LemmatizerModel loadLemmatizer(String location) {
        try (InputStream in = open(location)) {
            return new LemmatizerModel(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load the OpenNLP lemmatizer model " + location + ": " + e.getMessage(), e);
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
