package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar as a user would — through the README's {@code infra/start}, extracted and with its
 * class-data-sharing archive — with every outbound connection routed to a recording proxy on loopback. Axon detects
 * test runs and stays quiet in them, so only the jar shows whether the app calls out at start-up.
 */
class PackagedJarIT {

    private final List<String> outbound = new CopyOnWriteArrayList<>();
    private ServerSocket proxy;
    private Thread recorder;
    private Process app;
    private Path log;

    @BeforeEach
    void startRecordingProxy() throws IOException {
        proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        recorder = new Thread(
                () -> {
                    while (!proxy.isClosed()) {
                        try (Socket s = proxy.accept()) {
                            s.setSoTimeout(2000);
                            String destination = destination(s);
                            if (!destination.isEmpty()) {
                                outbound.add(destination);
                            }
                        } catch (IOException closedOrTimedOut) {
                            if (!proxy.isClosed()) {
                                outbound.add("(unreadable connection)");
                            }
                        }
                    }
                },
                "recording-proxy");
        recorder.setDaemon(true);
        recorder.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            // SIGTERM first, so the app stops its embedded PostgreSQL instead of orphaning it.
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        proxy.close();
    }

    @Test
    void thePackagedAppMakesNoOutboundCallAtStartUpAndStopsCleanly() throws Exception {
        app = startThroughScript();
        await().atMost(Duration.ofMinutes(3)).until(() -> readLog().contains("Tongxin is ready"));
        assertThat(readLog())
                .as(
                        "infra/start runs the extracted jar with the class-data-sharing archive its training start recorded")
                .contains("Mapped dynamic region");
        // Axon's update check runs in the background shortly after start; give it time to show itself.
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(outbound::isEmpty);

        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS))
                .as("the app stops on SIGTERM, embedded PostgreSQL included")
                .isTrue();
        assertThat(outbound).as("outbound connection attempts").isEmpty();
        assertThat(readLog()).doesNotContain("Exception in thread");
    }

    /** The control: with the check switched back on, the recorder does see Axon calling out. */
    @Test
    void theRecorderSeesAxonsUpdateCheckWhenItIsSwitchedOn() throws Exception {
        app = start("-Daxoniq.update-checker.disabled=false");
        await().atMost(Duration.ofMinutes(3)).until(() -> readLog().contains("Tongxin is ready"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !outbound.isEmpty());
        assertThat(outbound).isNotEmpty();
    }

    /**
     * Names where a connection wanted to go: the request line of an HTTP proxy request, or the address of a SOCKS5
     * connect (answering the greeting without authentication, then reading the request); empty for this machine.
     */
    private static String destination(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        int first = in.read();
        if (first != 5) {
            byte[] rest = new byte[255];
            int n = Math.max(0, in.read(rest));
            return ((char) first + new String(rest, 0, n, StandardCharsets.ISO_8859_1))
                    .lines()
                    .findFirst()
                    .orElse("");
        }
        in.readFully(new byte[in.read()]);
        s.getOutputStream().write(new byte[] {5, 0});
        byte[] head = new byte[4];
        in.readFully(head);
        String host =
                switch (head[3]) {
                    case 1 -> {
                        byte[] ip = new byte[4];
                        in.readFully(ip);
                        yield InetAddress.getByAddress(ip).getHostAddress();
                    }
                    case 3 -> {
                        byte[] name = new byte[in.read()];
                        in.readFully(name);
                        yield new String(name, StandardCharsets.US_ASCII);
                    }
                    default -> {
                        byte[] ip = new byte[16];
                        in.readFully(ip);
                        yield InetAddress.getByAddress(ip).getHostAddress();
                    }
                };
        int port = in.readUnsignedShort();
        // Tomcat wakes its acceptor at shutdown by connecting to its own port on this machine's address: not outbound.
        if (head[3] != 3 && NetworkInterface.getByInetAddress(InetAddress.getByName(host)) != null) {
            return "";
        }
        return "socks " + host + ":" + port;
    }

    /**
     * {@code infra/start prepare} (extract, training start), then {@code infra/start} with the proxy's JVM options in
     * {@code JAVA_OPTS}; the script may not package: verify has just packaged the jar.
     */
    private Process startThroughScript() throws Exception {
        String script = Path.of("start").toAbsolutePath().normalize().toString();
        Path prepareLog = Files.createTempFile("tongxin-prepare", ".log");
        ProcessBuilder prepare =
                new ProcessBuilder(script, "prepare").redirectErrorStream(true).redirectOutput(prepareLog.toFile());
        prepare.environment().put("TONGXIN_NO_BUILD", "1");
        prepare.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process preparing = prepare.start();
        assertThat(preparing.waitFor(10, TimeUnit.MINUTES))
                .as("infra/start prepare ends: its training start stops itself once ready")
                .isTrue();
        String prepared = Files.readString(prepareLog, StandardCharsets.UTF_8);
        assertThat(preparing.exitValue()).as("infra/start prepare: " + prepared).isZero();
        assertThat(prepared).as("the training start succeeded").doesNotContain("training start failed");
        assertThat(Files.readString(Path.of("target", "app", "training.log"), StandardCharsets.UTF_8))
                .as("the training start closed its context, so its embedded PostgreSQL was stopped")
                .contains("shut down postmaster");

        log = Files.createTempFile("tongxin-jar", ".log");
        List<String> jvmOptions = new ArrayList<>(proxyOptions());
        jvmOptions.add("-Xlog:cds=info");
        ProcessBuilder start = new ProcessBuilder(
                        script, "--server.port=0", "--tongxin.embedded-postgres.ephemeral=true")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        start.environment().put("TONGXIN_NO_BUILD", "1");
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        start.environment().put("JAVA_OPTS", String.join(" ", jvmOptions));
        return start.start();
    }

    private List<String> proxyOptions() throws IOException {
        String port = String.valueOf(proxy.getLocalPort());
        return List.of(
                "-Dhttp.proxyHost=127.0.0.1",
                "-Dhttp.proxyPort=" + port,
                "-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=" + port,
                "-DsocksProxyHost=127.0.0.1",
                "-DsocksProxyPort=" + port,
                "-Duser.home=" + Files.createTempDirectory("tongxin-home"));
    }

    private Process start(String... jvmOptions) throws IOException {
        Path jar = packagedJar();
        log = Files.createTempFile("tongxin-jar", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(proxyOptions());
        command.addAll(List.of(jvmOptions));
        command.addAll(
                List.of("-jar", jar.toString(), "--server.port=0", "--tongxin.embedded-postgres.ephemeral=true"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private String readLog() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tongxin-infra-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the app first: no jar in target/"));
        }
    }
}
