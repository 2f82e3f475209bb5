package org.tongxin.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two ways to load the application. Open: requests arrive at a fixed rate whatever the server does, each scheduled
 * for its arrival time, and its latency runs from that scheduled time to its answer — a slow answer does not delay
 * the next arrival, so the queue it causes is measured (no coordinated omission). Saturation: a few clients call as
 * fast as the answers come (a closed model), which finds the throughput ceiling.
 */
public final class OpenModel {

    private OpenModel() {}

    /** What a load run measured. */
    public record Outcome(Latencies latencies, Map<String, Integer> failed, Duration took) {

        public int failures() {
            return failed.values().stream().mapToInt(Integer::intValue).sum();
        }

        public double perSecond() {
            return latencies.summary().count() / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    @FunctionalInterface
    public interface Call {
        void run(int index) throws Exception;
    }

    /** {@code count} calls arriving at {@code rate} per second. */
    public static Outcome open(double rate, int count, Call call) throws Exception {
        Latencies latencies = new Latencies();
        Map<String, Integer> failed = new ConcurrentHashMap<>();
        // enough threads that a backlog of slow answers never holds back an arrival
        ScheduledExecutorService scheduler =
                Executors.newScheduledThreadPool(Math.max(4, (int) Math.min(256, rate * 4)));
        long origin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<Future<?>> calls = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                long intended = origin + (long) (i * 1e9 / rate);
                calls.add(scheduler.schedule(
                        () -> {
                            try {
                                call.run(index);
                            } catch (Exception e) {
                                failed.merge(reason(e), 1, Integer::sum);
                            } finally {
                                latencies.recordNanos(System.nanoTime() - intended);
                            }
                        },
                        intended - System.nanoTime(),
                        TimeUnit.NANOSECONDS));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            scheduler.shutdownNow();
        }
        return new Outcome(latencies, failed, Duration.ofNanos(System.nanoTime() - origin));
    }

    /** {@code count} calls shared by {@code clients} clients, each calling again as soon as it has its answer. */
    public static Outcome saturate(int clients, int count, Call call) throws Exception {
        Latencies latencies = new Latencies();
        Map<String, Integer> failed = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long begun = System.nanoTime();
                        try {
                            call.run(i);
                        } catch (Exception e) {
                            failed.merge(reason(e), 1, Integer::sum);
                        } finally {
                            latencies.recordNanos(System.nanoTime() - begun);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(latencies, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 80 ? message.substring(0, 80) : message;
    }
}
