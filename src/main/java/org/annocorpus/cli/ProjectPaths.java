package org.annocorpus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own folders are: the launcher passes the repository root as the system property
 * {@code annocorpus.home}; without it, the working directory is taken.
 */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    public static Path home() {
        String home = System.getProperty("annocorpus.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    /** A pipeline given as a path, or as the name of a file in {@code pipelines/} ("default"). */
    public static Path pipeline(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.exists(path)) {
            return path;
        }
        Path named = home().resolve("pipelines").resolve(nameOrPath.endsWith(".yaml") ? nameOrPath : nameOrPath + ".yaml");
        return Files.exists(named) ? named : path;
    }

    /** A path as the user reads it in a report: relative to the project home when under it. */
    static String display(Path p) {
        Path home = home().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : p.toString();
    }
}
