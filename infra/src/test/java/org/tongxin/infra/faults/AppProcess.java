package org.tongxin.infra.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar in its own JVM, as an operator runs it: on loopback only, its log in a file, stopped with SIGTERM
 * or killed with SIGKILL ({@link Process#destroyForcibly()} is {@code kill -9} on Linux).
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Tongxin is ready: open http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;
    private final String name;

    private AppProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar with the given Spring arguments, on a free loopback port. */
    static AppProcess start(String name, List<String> arguments) throws IOException {
        Path log = Files.createTempFile("tongxin-" + name, ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + Files.createTempDirectory("tongxin-home"),
                "-jar",
                packagedJar().toString(),
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--tongxin.demo.cases=false"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppProcess(name, process, log);
    }

    /** Waits for the ready line and answers the base address it names. */
    URI awaitReady(Duration atMost) {
        await(name + " ready")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                    }
                    return READY.matcher(log()).find();
                });
        Matcher m = READY.matcher(log());
        m.find();
        return URI.create("http://127.0.0.1:" + m.group(1));
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; answers how long the JVM took to exit, or null when it did not within the limit. */
    Duration terminate(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongxin-infra-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the app first: no jar in target/"));
        }
    }
}
