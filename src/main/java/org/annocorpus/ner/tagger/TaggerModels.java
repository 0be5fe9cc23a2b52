package org.annocorpus.ner.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Trained tagger models by location ({@code classpath:/...} or a file path), each loaded once per JVM. */
public final class TaggerModels {

    /** The model shipped with the project (see the README next to it). */
    public static final String DEFAULT = "classpath:/org/annocorpus/models/ner/conll2003-en.ner.gz";

    private static final Map<String, EntityTagger> MODELS = new ConcurrentHashMap<>();

    private TaggerModels() {
    }

    public static EntityTagger model(String location) throws IOException {
        try {
            return MODELS.computeIfAbsent(location, TaggerModels::load);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static EntityTagger load(String location) {
        try (InputStream in = open(location)) {
            return EntityTagger.read(in, location);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot load the tagger model " + location + ": "
                    + e.getMessage(), e));
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
            InputStream in = TaggerModels.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("not found on the class path");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
