package org.annocorpus.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Makes a corpus folder change as a whole. A run writes into a staging folder beside the target
 * ({@code .NAME.staging}); only a finished run swaps it in (the old folder is renamed to
 * {@code .NAME.old}, the staging folder to {@code NAME}, the old one deleted). A run killed at any moment
 * leaves the previous corpus or the new one, never a mix; the next run removes what the killed one left
 * (and puts the old folder back if the kill fell between the two renames), so re-running the same
 * command gives a byte-identical folder with no stray file. Outputs of inputs removed since the last run
 * go with the old folder. A lock file beside the folder ({@code .NAME.lock}) refuses a second run into
 * the same folder while one is running.
 */
public final class CorpusFolder implements AutoCloseable {

    /** Raised when the folder cannot be used: another run holds it, or it is not a corpus. */
    public static class UnusableException extends IOException {
        private static final long serialVersionUID = 1L;

        UnusableException(String message) {
            super(message);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path target;
    private final Path staging;
    private final Path old;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;

    private CorpusFolder(Path target, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.staging = sibling(target, "staging");
        this.old = sibling(target, "old");
        this.lockFile = sibling(target, "lock");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the folder's lock and clears what an interrupted run left; the staging folder is empty. */
    public static CorpusFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new UnusableException("cannot write a corpus into the root folder");
        }
        Files.createDirectories(absolute.getParent());
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new UnusableException(target + " exists and is not a folder");
        }
        Path lockPath = sibling(absolute, "lock");
        FileChannel channel = null;
        FileLock lock = null;
        for (int attempt = 1; lock == null; attempt++) {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new UnusableException("another run is writing into " + target + " (process " + holder(lockPath)
                        + ", lock file " + lockPath + "): wait for it to finish, or choose another --output");
            }
            // The run that held the lock deletes its file before releasing it: a lock won just then is on a
            // file no longer at lockPath, and a third run could lock a new one. Only the file still at
            // lockPath counts: it must hold what this run wrote into the one it locked.
            String mark = ProcessHandle.current().pid() + " " + Long.toHexString(RANDOM.nextLong());
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(mark.getBytes(StandardCharsets.UTF_8)));
            if (!mark.equals(readQuietly(lockPath))) {
                lock.release();
                channel.close();
                lock = null;
                if (attempt == 10) {
                    throw new UnusableException("cannot take the lock " + lockPath + ": it keeps being replaced");
                }
            }
        }
        CorpusFolder folder = new CorpusFolder(absolute, channel, lock);
        try {
            folder.recover();
            folder.checkIsCorpus();
            Files.createDirectories(folder.staging);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /** The folder this run writes into; it becomes the corpus at {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Swaps the finished staging folder in for the corpus. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        deleteTree(old);
        committed = true;
    }

    /** Removes the staging folder of an unfinished run and the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                deleteTree(staging);
            }
            Files.deleteIfExists(lockFile);
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private void recover() throws IOException {
        if (Files.exists(old)) {
            if (Files.exists(target)) {
                deleteTree(old);
            } else {
                // killed between the two renames: the old corpus goes back, this run writes a new one
                move(old, target);
            }
        }
        deleteTree(staging);
    }

    /** Swapping replaces the whole folder: it must hold a corpus (or nothing), not other files. */
    private void checkIsCorpus() throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            boolean empty = entries.findAny().isEmpty();
            boolean corpus = Files.exists(target.resolve(ManifestWriter.MANIFEST_FILE))
                    || Files.isDirectory(target.resolve("xmi"));
            if (!empty && !corpus) {
                throw new UnusableException(target + " holds files but no corpus (no manifest.json, no xmi/):"
                        + " a run replaces the whole folder, so choose an empty or new --output");
            }
        }
    }

    /** The process id written in a lock file (its first word), or "unknown". */
    private static String holder(Path lockPath) {
        String content = readQuietly(lockPath);
        return content == null || content.isBlank() ? "unknown" : content.strip().split("\\s+")[0];
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static Path sibling(Path target, String role) {
        return target.resolveSibling("." + target.getFileName() + "." + role);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
