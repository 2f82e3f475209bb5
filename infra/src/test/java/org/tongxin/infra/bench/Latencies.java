package org.tongxin.infra.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies of one measured operation, in an HdrHistogram (microsecond resolution up to an hour, three significant
 * digits), safe to record into from several threads.
 */
public final class Latencies {

    private final Recorder recorder = new Recorder(TimeUnit.HOURS.toMicros(1), 3);
    private final Histogram total = new Histogram(TimeUnit.HOURS.toMicros(1), 3);

    public void recordNanos(long nanos) {
        recorder.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), TimeUnit.HOURS.toMicros(1))));
    }

    /** Times one call. */
    public <T> T time(Timed<T> call) throws Exception {
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            recordNanos(System.nanoTime() - start);
        }
    }

    public synchronized Summary summary() {
        total.add(recorder.getIntervalHistogram());
        return new Summary(
                total.getTotalCount(),
                total.getValueAtPercentile(50) / 1000.0,
                total.getValueAtPercentile(95) / 1000.0,
                total.getValueAtPercentile(99) / 1000.0,
                total.getMaxValue() / 1000.0);
    }

    @FunctionalInterface
    public interface Timed<T> {
        T run() throws Exception;
    }

    /** Milliseconds. */
    public record Summary(long count, double p50, double p95, double p99, double max) {

        public String text() {
            return String.format(
                    java.util.Locale.ROOT,
                    "p50 %.1f ms · p95 %.1f ms · p99 %.1f ms · max %.1f ms (n=%d)",
                    p50,
                    p95,
                    p99,
                    max,
                    count);
        }
    }
}
