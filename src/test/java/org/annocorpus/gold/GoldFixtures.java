package org.annocorpus.gold;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The test gold folders under src/test/resources: {@code gold-ok/} (two clean invented documents, one
 * with a character outside the BMP) and {@code gold-broken/CASE/} (one folder per validator error class).
 */
public final class GoldFixtures {

    private GoldFixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(GoldFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource not found: " + name, e);
        }
    }

    public static Path ok() {
        return resource("gold-ok");
    }

    public static Path broken(String folder) {
        return resource("gold-broken/" + folder);
    }
}
