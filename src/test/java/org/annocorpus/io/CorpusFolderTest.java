package org.annocorpus.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFolderTest {

    @TempDir
    Path tmp;

    /**
     * Runs that start while another finishes: the finishing run deletes its lock file before releasing
     * the lock, so a run can win a lock on a file that is gone while a third locks a new file. At most
     * one run may hold the folder at any moment.
     */
    @Test
    void neverTwoHoldersWhileRunsComeAndGo() throws Exception {
        Path target = tmp.resolve("out");
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        try (CorpusFolder folder = CorpusFolder.open(target)) {
                            taken.incrementAndGet();
                            most.accumulateAndGet(holders.incrementAndGet(), Math::max);
                            // a second holder would clear this staging folder under this one
                            Path mine = folder.staging().resolve("run.txt");
                            Files.writeString(mine, Thread.currentThread().getName());
                            assertThat(mine).hasContent(Thread.currentThread().getName());
                            Files.delete(mine);
                            holders.decrementAndGet();
                        } catch (CorpusFolder.UnusableException refused) {
                            // another run holds it: the expected answer
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(taken.get()).isPositive();
        assertThat(most.get()).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve(".out.lock"))).isFalse();
    }

    @Test
    void aRefusalNamesTheProcessThatHoldsTheFolder() throws Exception {
        Path target = tmp.resolve("out");
        try (CorpusFolder held = CorpusFolder.open(target)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CorpusFolder.open(target)))
                    .isInstanceOf(CorpusFolder.UnusableException.class)
                    .hasMessageContaining("another run is writing into " + target + " (process "
                            + ProcessHandle.current().pid() + ", lock file ");
        }
    }
}
