package org.tongxin.infra.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A PostgreSQL the test owns and the apps under test use as their external database: the zonky binaries, one data
 * directory, one fixed loopback port, so it can be crashed ({@code SIGQUIT}, PostgreSQL's immediate shutdown: no
 * checkpoint, crash recovery on the next start) and started again where the apps expect it.
 */
final class TestPostgres implements AutoCloseable {

    static final String DATABASE = "tongxin";

    private final EmbeddedPostgres zonky;
    private final Path dataDirectory;
    private final int port;
    private final List<String> command;
    private final Path log;
    private long postmaster;

    private TestPostgres(EmbeddedPostgres zonky, Path dataDirectory, int port, List<String> command, Path log)
            throws IOException {
        this.zonky = zonky;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.command = command;
        this.log = log;
        this.postmaster = EmbeddedDatabase.lockFile(dataDirectory).pid();
    }

    static TestPostgres start(Path dataDirectory) throws IOException, SQLException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        EmbeddedPostgres zonky = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setRegisterShutdownHook(false)
                .start();
        long pid = EmbeddedDatabase.lockFile(dataDirectory).pid();
        ProcessHandle.Info info = ProcessHandle.of(pid).orElseThrow().info();
        List<String> command = new ArrayList<>();
        command.add(info.command().orElseThrow());
        command.addAll(Arrays.asList(info.arguments().orElseThrow()));
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        return new TestPostgres(
                zonky, dataDirectory, port, command, Files.createTempFile("tongxin-test-postgres", ".log"));
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Spring arguments that point an app at this database instead of an embedded one. */
    List<String> datasourceArguments() {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    /** An account with a known password; against an external database the app itself never creates one. */
    void createUser(String username, String password, String role) throws SQLException {
        try (Connection c = connect();
                var s = c.prepareStatement(
                        "INSERT INTO app_user (username, password_hash, display_name, role) VALUES (?, ?, ?, ?)")) {
            s.setString(1, username);
            s.setString(2, "{noop}" + password);
            s.setString(3, username);
            s.setString(4, role);
            s.executeUpdate();
        }
    }

    /** Immediate shutdown, as a crash: every session is cut, nothing is checkpointed. Waits until it is gone. */
    void crash() throws Exception {
        signal("QUIT");
    }

    /** Starts the server again on the same directory and port (crash recovery first) and waits until it answers. */
    void restart() throws IOException {
        List<String> asUnprivileged = new ArrayList<>();
        // PostgreSQL refuses to run as root; zonky starts it in a user namespace where it is not, and so do we.
        if (Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            asUnprivileged.addAll(List.of("/usr/bin/unshare", "-U"));
        }
        asUnprivileged.addAll(command);
        Process p = new ProcessBuilder(asUnprivileged)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Awaitility.await("the new postmaster's lock file")
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> EmbeddedDatabase.lockFile(dataDirectory).pid() != postmaster);
        postmaster = EmbeddedDatabase.lockFile(dataDirectory).pid();
        Awaitility.await("PostgreSQL accepting connections again")
                .atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> {
                    try (Connection c = connect()) {
                        return c.isValid(1);
                    }
                });
    }

    @Override
    public void close() throws Exception {
        signal("INT");
        try {
            zonky.close();
        } catch (IOException alreadyStopped) {
            // zonky's own stop finds the server already down
        }
    }

    private void signal(String name) throws Exception {
        var handle = ProcessHandle.of(postmaster);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        new ProcessBuilder("kill", "-" + name, String.valueOf(postmaster))
                .start()
                .waitFor(10, TimeUnit.SECONDS);
        handle.get().onExit().get(60, TimeUnit.SECONDS);
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
