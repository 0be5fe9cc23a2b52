package org.annocorpus.review;

import java.io.IOException;
import java.nio.file.Path;

/** {@link ReviewFixture} for tests in other packages. */
public final class ReviewTestData {

    private ReviewTestData() {
    }

    public static Path gold(Path dir) throws IOException {
        return ReviewFixture.writeGold(dir);
    }

    /** @return the folder of XMI files */
    public static Path system(Path dir) throws IOException {
        return ReviewFixture.writeSystem(dir);
    }
}
