package org.annocorpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotate command under bad input and faults: nothing lost, nothing hangs, exit codes as documented. */
class AnnotateReliabilityTest {

    private static final String TROUBLE = "src/test/resources/pipelines/trouble.yaml";

    @TempDir
    Path work;

    record Result(int exit, String out, String err) {
    }

    static Result corpus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CorpusCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path input(Map<String, String> files) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(in.resolve(f.getKey()), f.getValue());
        }
        return in;
    }

    @Test
    void oneBadDocumentFailsAloneAndTheRunStillWritesEverything() throws Exception {
        Path in = input(Map.of("a-oom.txt", "It ran OOM here.", "b-deep.txt", "A DEEP one.", "c-hang.txt", "It will HANG.",
                "d-crash.txt", "CRASH now.", "e-fine.txt", "All is well."));
        Path out = work.resolve("out");

        // two threads, so the limits are exercised on the parallel runner's replicas; the time limit leaves the
        // deep recursion room to overflow while the hanging document spins beside it and the heap is full
        // (with 3 s it sometimes ran out of time first in the full suite)
        Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE,
                "--doc-timeout", "10", "--threads", "2", "--quiet");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.err()).contains("failed: a-oom: out of memory", "failed: b-deep: nesting too deep",
                "failed: c-hang: time limit of 10 s exceeded", "failed: d-crash: IllegalStateException: crashed on purpose",
                "4 document(s) failed, 1 written");
        // one line per failure, no stack trace
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(listing(out)).containsExactly("conll", "conll/corpus.conll", "conll/corpus.layers.conll",
                "manifest.json", "xmi", "xmi/e-fine.xmi", "xmi/typesystem.xml");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"id\" : \"e-fine\"").doesNotContain("a-oom");
    }

    @Test
    void documentsOverTheSizeLimitAreRefused() throws Exception {
        Path in = input(Map.of("long.txt", "word ".repeat(100), "short.txt", "Short text."));
        Path out = work.resolve("out");

        Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE,
                "--max-chars", "50", "--quiet");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.err()).contains("long.txt: 500 bytes, over the limit of 50 characters (--max-chars)");
        assertThat(out.resolve("xmi/short.xmi")).exists();
    }

    @Test
    void nonRegularFilesAreRefusedWithoutBlocking() throws Exception {
        Path in = input(Map.of("fine.txt", "Fine text."));
        Files.createDirectory(in.resolve("folder.txt"));
        Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path out = work.resolve("out");

        Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.err()).contains("folder.txt: not a regular file (a directory)",
                "pipe.txt: not a regular file (a FIFO, socket or device)", "zero.txt: not a regular file");
        assertThat(out.resolve("xmi/fine.xmi")).exists();
    }

    @Test
    void emptyInputExitsTwoAndASingleFileIsAnInput() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Result none = corpus("annotate", "--input", empty.toString(), "--output", work.resolve("o1").toString(),
                "--pipeline", TROUBLE, "--quiet");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("no input documents");
        assertThat(work.resolve("o1")).doesNotExist();

        Path one = input(Map.of("one.txt", "One document.", "other.txt", "Not this one."));
        Result single = corpus("annotate", "--input", one.resolve("one.txt").toString(), "--output",
                work.resolve("o2").toString(), "--pipeline", TROUBLE, "--quiet");
        assertThat(single.exit()).as(single.err()).isZero();
        assertThat(listing(work.resolve("o2"))).contains("xmi/one.xmi").doesNotContain("xmi/other.xmi");
    }

    @Test
    void collidingIdsAreAnErrorNamingBothFilesAndOddNamesAreKept() throws Exception {
        Path in = input(Map.of("Report.txt", "First.", "report.txt", "Second.", "ctl\u0001name.txt", "Third.",
                "x".repeat(240) + ".txt", "Fourth."));
        Path out = work.resolve("out");

        Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet");

        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.err()).contains("Report.txt: its document id 'Report' is also the id of " + in.resolve("report.txt"),
                "report.txt: its document id 'report' is also the id of " + in.resolve("Report.txt"));
        assertThat(listing(out)).contains("xmi/ctl_name.xmi").anyMatch(f -> f.startsWith("xmi/" + "x".repeat(180) + "-"));
    }

    @Test
    void rerunAfterAKillIsByteIdenticalAndOutputsOfRemovedInputsGo() throws Exception {
        Path in = input(Map.of("a.txt", "Alpha text.", "b.txt", "Beta text.", "c.txt", "Gamma text."));
        Path clean = work.resolve("clean");
        Path out = work.resolve("out");
        assertThat(corpus("annotate", "--input", in.toString(), "--output", clean.toString(), "--pipeline", TROUBLE, "--quiet").exit()).isZero();
        // what a killed run leaves: a half-written staging folder, the old folder mid-swap, a stale lock file
        assertThat(corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet").exit()).isZero();
        Files.move(out, work.resolve(".out.old"));
        Files.createDirectories(work.resolve(".out.staging/xmi"));
        Files.writeString(work.resolve(".out.staging/xmi/.a.xmi.123.tmp"), "half");
        Files.writeString(work.resolve(".out.lock"), "12345");

        Result rerun = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet");

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(contents(out)).isEqualTo(contents(clean));
        assertThat(listing(work)).noneMatch(f -> f.startsWith(".out"));

        Files.delete(in.resolve("b.txt"));
        assertThat(corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet").exit()).isZero();
        assertThat(listing(out)).contains("xmi/a.xmi", "xmi/c.xmi").doesNotContain("xmi/b.xmi");
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefused() throws Exception {
        Path in = input(Map.of("a.txt", "Alpha."));
        Path out = work.resolve("out");
        try (FileChannel channel = FileChannel.open(work.resolve(".out.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet");

            assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("another run is writing into " + out);
        }
    }

    @Test
    void aFolderThatIsNotACorpusIsNotReplaced() throws Exception {
        Path in = input(Map.of("a.txt", "Alpha."));
        Path out = Files.createDirectories(work.resolve("home"));
        Files.writeString(out.resolve("thesis.tex"), "precious");

        Result r = corpus("annotate", "--input", in.toString(), "--output", out.toString(), "--pipeline", TROUBLE, "--quiet");

        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("holds files but no corpus");
        assertThat(out.resolve("thesis.tex")).hasContent("precious");
    }

    @Test
    void aWriterOutsideTheOutputIsRefusedUnlessAskedFor() throws Exception {
        Path in = input(Map.of("a.txt", "Alpha."));
        Path elsewhere = work.resolve("elsewhere");
        Path pipeline = work.resolve("p.yaml");
        Files.writeString(pipeline, Files.readString(Path.of(TROUBLE))
                .replace("targetLocation: ${output}/conll", "targetLocation: " + elsewhere));

        Result refused = corpus("annotate", "--input", in.toString(), "--output", work.resolve("out").toString(),
                "--pipeline", pipeline.toString(), "--quiet");
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(pipeline + ":", "ConllCorpusWriter writes to " + elsewhere + ", outside --output");
        assertThat(elsewhere).doesNotExist();

        Result allowed = corpus("annotate", "--input", in.toString(), "--output", work.resolve("out").toString(),
                "--pipeline", pipeline.toString(), "--quiet", "--allow-output-elsewhere");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(elsewhere.resolve("corpus.conll")).exists();
    }

    @Test
    void helpCommandWorks() {
        Result r = corpus("help", "annotate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--doc-timeout", "--max-chars");
    }

    static List<String> listing(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).filter(p -> Files.isRegularFile(p) || dir.equals(p.getParent()))
                    .forEach(p -> files.add(dir.relativize(p).toString()));
        }
        files.sort(null);
        return files;
    }

    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (String f : listing(dir)) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                all.put(f, Files.readString(p));
            }
        }
        return all;
    }
}
