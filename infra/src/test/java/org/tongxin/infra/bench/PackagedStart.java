package org.tongxin.infra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app started as the README starts it — {@code infra/start}, the packaged jar extracted and run with the
 * class-data-sharing archive of its training start (ADR 0044) — on its own embedded PostgreSQL in a new data
 * directory, and timed from the launch to the ready line: the one-off preparation ({@code infra/start prepare}), a fresh
 * start (initdb, every migration, the deployment), a start on the database it left (stopped with SIGTERM in between)
 * and, side by side on that database, {@code java -jar} of the packaged jar as it was started before.
 */
final class PackagedStart {

    private static final String READY = "Tongxin is ready: open http://localhost:";

    record Figures(Duration prepare, Duration fresh, Duration existing, Duration existingPackagedJar) {}

    private PackagedStart() {}

    static Figures measure() throws Exception {
        Path jar = jar();
        Duration prepare = prepare();
        Path data = Files.createTempDirectory("tongxin-bench-startup");
        Duration fresh = startAndStop(startScript(), data, "infra/start");
        Duration existing = startAndStop(startScript(), data, "infra/start");
        Duration existingPackagedJar = startAndStop(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()),
                data,
                jar.getFileName().toString());
        return new Figures(prepare, fresh, existing, existingPackagedJar);
    }

    /** The repository's start script, which the build has not run: verify has just packaged the jar it extracts. */
    private static List<String> startScript() {
        return List.of(Path.of("start").toAbsolutePath().normalize().toString());
    }

    private static Duration prepare() throws Exception {
        List<String> command = new ArrayList<>(startScript());
        command.add("prepare");
        Path output = Files.createTempFile("tongxin-bench-prepare", ".log");
        long start = System.nanoTime();
        Process prepare = process(command).redirectOutput(output.toFile()).start();
        if (!prepare.waitFor(30, TimeUnit.MINUTES)) {
            prepare.destroyForcibly().waitFor();
            throw new IllegalStateException("infra/start prepare did not end within 30 minutes");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (prepare.exitValue() != 0) {
            throw new IllegalStateException("infra/start prepare exited with " + prepare.exitValue() + ": "
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return took;
    }

    private static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the jar verify packaged is the one to measure; the script must not package another
        builder.environment().put("TONGXIN_NO_BUILD", "1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static Duration startAndStop(List<String> launcher, Path data, String name) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--tongxin.demo.cases=false",
                "--tongxin.embedded-postgres.data-directory=" + data.resolve("postgres")));
        long start = System.nanoTime();
        Process app = process(command).start();
        try {
            BufferedReader log =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            java.util.ArrayDeque<String> tail = new java.util.ArrayDeque<>();
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                tail.addLast(line);
                if (tail.size() > 5) {
                    tail.removeFirst();
                }
                if (line.contains(READY)) {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    Thread drain = new Thread(() -> log.lines().forEach(l -> {}));
                    drain.setDaemon(true);
                    drain.start();
                    return took;
                }
            }
            throw new IllegalStateException(name + " exited with " + app.waitFor()
                    + " before it was ready; its last lines: " + String.join(" / ", tail));
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongxin-infra-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run through verify"));
        }
    }
}
