package org.annocorpus.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    private static final long S = 1_000_000_000L;

    @Test
    void saysLoadingUntilTheFirstDocumentThenRateAndTimeLeft() {
        ProgressMeter meter = new ProgressMeter(new PrintWriter(new StringWriter()), 0);
        meter.total(100);
        assertThat(meter.line(3 * S)).isEqualTo("0 of 100 documents, loading the pipeline (3 s)");

        meter.done(1, 0);
        meter.done(40, 1);
        String line = meter.line(System.nanoTime() + 0);
        assertThat(line).startsWith("41 of 100 documents, ").contains("documents/s, about ").contains("1 failed");
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertThat(ProgressMeter.duration(42.4)).isEqualTo("42 s");
        assertThat(ProgressMeter.duration(130)).isEqualTo("2 min 10 s");
        assertThat(ProgressMeter.duration(7300)).isEqualTo("2 h 01 min");
    }
}
