package org.tongxin.infra.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The database of an app under test, reached the way an operator would: the port its postmaster.pid names. */
final class EmbeddedDatabase implements AutoCloseable {

    /** Line 1 the pid, line 4 the port, as PostgreSQL writes {@code postmaster.pid}. */
    record LockFile(long pid, int port) {}

    private final Connection connection;

    private EmbeddedDatabase(Connection connection) {
        this.connection = connection;
    }

    static LockFile lockFile(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return new LockFile(
                Long.parseLong(lines.get(0).strip()),
                Integer.parseInt(lines.get(3).strip()));
    }

    static EmbeddedDatabase of(Path dataDirectory) throws IOException, SQLException {
        return at(lockFile(dataDirectory).port(), "tongxin");
    }

    static EmbeddedDatabase at(int port, String database) throws SQLException {
        return new EmbeddedDatabase(
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", ""));
    }

    /** Tracking codes of every ClueRegistered event in the store, by title. */
    Map<String, List<String>> registeredCodesByTitle() throws SQLException {
        return codesByTitle(
                """
                SELECT p->>'title', p->>'trackingCode' FROM (
                  SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
                  WHERE payload_type LIKE '%.ClueRegistered') e
                """);
    }

    Map<String, List<String>> viewCodesByTitleAll() throws SQLException {
        return codesByTitle("SELECT title, tracking_code FROM clue_view");
    }

    /** The read model's tracking code per title (one each: a second row would show up as a mismatch). */
    Map<String, String> viewCodesByTitle() throws SQLException {
        Map<String, String> codes = new HashMap<>();
        viewCodesByTitleAll().forEach((title, list) -> codes.put(title, String.join(",", list)));
        return codes;
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, List<String>> codesByTitle(String sql) throws SQLException {
        Map<String, List<String>> codes = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                codes.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return codes;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Stops a postmaster a test's killed app left behind, so no test leaves a PostgreSQL running. */
    static void stopOrphan(Path dataDirectory) throws Exception {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        Optional<ProcessHandle> postmaster =
                ProcessHandle.of(lockFile(dataDirectory).pid());
        if (postmaster.isPresent() && postmaster.get().isAlive()) {
            postmaster.get().destroy();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }
}
