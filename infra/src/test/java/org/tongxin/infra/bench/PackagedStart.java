package org.tongxin.infra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar started as an operator starts it, on its own embedded PostgreSQL in a new data directory, and
 * timed from the JVM's launch to its ready line: once fresh (initdb, every migration, the deployment) and once more
 * on the database the first start left (stopped with SIGTERM in between).
 */
final class PackagedStart {

    private static final String READY = "Tongxin is ready: open http://localhost:";

    record Figures(Duration fresh, Duration existing) {}

    private PackagedStart() {}

    static Figures measure() throws Exception {
        Path jar = jar();
        Path data = Files.createTempDirectory("tongxin-bench-startup");
        Duration fresh = startAndStop(jar, data);
        Duration existing = startAndStop(jar, data);
        return new Figures(fresh, existing);
    }

    private static Duration startAndStop(Path jar, Path data) throws Exception {
        long start = System.nanoTime();
        Process app = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--tongxin.demo.cases=false",
                        "--tongxin.embedded-postgres.data-directory=" + data.resolve("postgres")))
                .redirectErrorStream(true)
                .start();
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
            throw new IllegalStateException("the packaged jar (" + jar.getFileName() + ") exited with " + app.waitFor()
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
