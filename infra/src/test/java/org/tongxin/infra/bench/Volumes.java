package org.tongxin.infra.bench;

/**
 * How much the harness builds and runs, from system properties ({@code -Dtongxin.bench.clues=…}); the defaults are
 * the volumes issue 15 names. The smoke run uses {@link #smoke()}.
 */
public record Volumes(
        String scale,
        int lifecycles,
        int clues,
        int openTasks,
        String replayProjections,
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
                Double.parseDouble(System.getProperty("tongxin.bench.arrival-rate", "20")),
                Integer.getInteger("tongxin.bench.arrivals", 600),
                Integer.getInteger("tongxin.bench.saturation-clients", 8),
                Integer.getInteger("tongxin.bench.saturation-completions", 600),
                Integer.getInteger("tongxin.bench.read-samples", 200),
                Boolean.parseBoolean(System.getProperty("tongxin.bench.startup", "true")));
    }

    /** Seconds, not minutes: every row produced, none meaningful. */
    public static Volumes smoke() {
        return new Volumes("smoke", 3, 400, 200, "clue-pool,audit-log", 20, 10, 2, 10, 10, false);
    }
}
