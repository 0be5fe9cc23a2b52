package org.annocorpus.pipeline.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a run on its own timer thread, so that a line comes every second from the start (while the
 * models load, too) and not only when a document happens to finish: documents done of the total,
 * documents per second since the first document was done, and the time left at that rate. After the
 * first ten seconds a line comes every five seconds.
 */
public final class ProgressMeter {

    private final PrintWriter out;
    private final long start;
    private volatile int total = -1;
    private volatile int processed;
    private volatile int failed;
    private volatile long firstDone = -1;
    private ScheduledExecutorService timer;
    private int ticks;

    /** @param start {@link System#nanoTime()} at the start of the run */
    public ProgressMeter(PrintWriter out, long start) {
        this.out = out;
        this.start = start;
    }

    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "annocorpus-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** The number of documents, when the reader knows it (-1 otherwise). */
    public void total(int documents) {
        total = documents;
    }

    /** Documents written and failed so far. */
    public void done(int processedSoFar, int failedSoFar) {
        if (firstDone < 0) {
            firstDone = System.nanoTime();
        }
        processed = processedSoFar;
        failed = failedSoFar;
    }

    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private void tick() {
        ticks++;
        if (ticks <= 10 || ticks % 5 == 0) {
            print(System.nanoTime());
        }
    }

    /** One progress line as of {@code now}. */
    public synchronized void print(long now) {
        out.println(line(now));
        out.flush();
    }

    String line(long now) {
        int done = processed + failed;
        String of = done + " of " + (total < 0 ? "?" : Integer.toString(total)) + " documents";
        double elapsed = (now - start) / 1e9;
        if (firstDone < 0) {
            return String.format(Locale.ROOT, "%s, loading the pipeline (%s)", of, duration(elapsed));
        }
        // documents/s from the end of loading: the first document marks it within a document's time
        double working = Math.max((now - firstDone) / 1e9, 1e-3);
        double rate = done > 1 ? (done - 1) / working : 0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, %.1f documents/s", of, rate));
        if (total >= 0 && done < total && rate > 0) {
            line.append(", about ").append(duration((total - done) / rate)).append(" left");
        }
        line.append(" (").append(duration(elapsed)).append(" so far");
        if (failed > 0) {
            line.append(", ").append(failed).append(" failed");
        }
        return line.append(')').toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
