package org.tongxin.infra.bench;

/**
 * How much the harness builds and runs, from system properties ({@code -Dtongxin.bench.clues=…}); the defaults are
 * the volumes issue 15 names. The smoke run uses {@link #smoke()}. {@code replayEvents}: the replays run when the
 * event store holds this many events (clues are seeded up to it first, the rest after), so the replay rows state
 * their volume and a run can bound their time apart from the clues'.
 */
public record Volumes(
        String scale,
        int lifecycles,
        int clues,
        int openTasks,
        String replayProjections,
        long replayEvents,
        double arrivalRate,
        int arrivals,
        int saturationClients,
        int saturationCompletions,
        int readSamples,
        boolean startup) {

    public static Volumes fromSystemProperties() {
        return new Volumes(
                System.getProperty("tongxin.bench.scale", "full"),
                Integer.getInteger("tongxin.bench.lifecycles", 200),
                Integer.getInteger("tongxin.bench.clues", 1_000_000),
                Integer.getInteger("tongxin.bench.open-tasks", 100_000),
                System.getProperty("tongxin.bench.replay-projections", "all"),
                Long.getLong("tongxin.bench.replay-events", 1_000_000L),
                Double.parseDouble(System.getProperty("tongxin.bench.arrival-rate", "20")),
                Integer.getInteger("tongxin.bench.arrivals", 600),
                Integer.getInteger("tongxin.bench.saturation-clients", 8),
                Integer.getInteger("tongxin.bench.saturation-completions", 600),
                Integer.getInteger("tongxin.bench.read-samples", 200),
                Boolean.parseBoolean(System.getProperty("tongxin.bench.startup", "true")));
    }

    /** Seconds, not minutes: every row produced, none meaningful. */
    public static Volumes smoke() {
        return new Volumes("smoke", 3, 400, 200, "clue-pool,audit-log", 450, 20, 10, 2, 10, 10, false);
    }
}
