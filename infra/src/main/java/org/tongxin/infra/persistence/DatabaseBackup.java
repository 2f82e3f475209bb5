package org.tongxin.infra.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of the application's database with nothing but the PostgreSQL JDBC driver: every table of the
 * schema copied out in PostgreSQL's binary COPY format inside one repeatable-read snapshot (consistent while the
 * app keeps running), the sequences' values and the Flyway schema version in a manifest. The embedded PostgreSQL
 * ships no {@code pg_dump}, and a distribution's {@code pg_dump} older than the server refuses to dump it, so this
 * is the backup that always works; an external database can equally use its own {@code pg_dump} of the server's
 * major version.
 *
 * <p>Restore is into an empty database by the app itself: started with {@code tongxin.backup.restore-from}, it lets
 * Flyway create the schema at the backup's version, then loads the copies before anything else touches the
 * database ({@link RestoringMigrationStrategy}).
 *
 * <p>Dump from the command line, the app running or not:
 *
 * <pre>
 * java -cp tongxin-infra.jar -Dloader.main=org.tongxin.infra.persistence.DatabaseBackup \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      dump jdbc:postgresql://127.0.0.1:5433/tongxin postgres ./backup-2026-11-29
 * </pre>
 *
 * (the password, if any, in {@code PGPASSWORD}).
 */
public final class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    private static final String HISTORY = "flyway_schema_history";

    private DatabaseBackup() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[0].equals("dump")) {
            System.err.println("usage: dump <jdbc-url> <user> <directory>   (password in PGPASSWORD)");
            System.exit(2);
            return;
        }
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[1], args[2], password)) {
            Properties manifest = dump(c, Path.of(args[3]));
            System.out.println("Backed up " + manifest.getProperty("tables").split(",").length + " tables at schema "
                    + manifest.getProperty("schema-version") + " into "
                    + Path.of(args[3]).toAbsolutePath());
        }
    }

    /** Copies every table and sequence of the connection's schema into {@code directory}; answers the manifest. */
    public static Properties dump(Connection c, Path directory) throws SQLException, IOException {
        Files.createDirectories(directory);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            c.setReadOnly(true);
            Properties manifest = new Properties();
            manifest.setProperty("schema-version", schemaVersion(c));
            List<String> tables = strings(
                    c,
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '" + HISTORY
                            + "' ORDER BY tablename");
            manifest.setProperty("tables", String.join(",", tables));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                try (OutputStream out = Files.newOutputStream(directory.resolve(table + ".copy"))) {
                    long rows = copy.copyOut("COPY " + quote(table) + " TO STDOUT (FORMAT binary)", out);
                    manifest.setProperty("rows." + table, String.valueOf(rows));
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                            + " WHERE schemaname = current_schema() AND last_value IS NOT NULL")) {
                while (rs.next()) {
                    manifest.setProperty("sequence." + rs.getString(1), String.valueOf(rs.getLong(2)));
                }
            }
            c.commit();
            try (Writer w = Files.newBufferedWriter(directory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(w, "Tongxin database backup");
            }
            return manifest;
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Loads a backup into a database whose schema Flyway has just created at the backup's version, in one
     * transaction: every table emptied (migrations may seed some), the copies loaded with triggers and foreign-key
     * checks off (the copies are consistent; needs a superuser, as the embedded default is), sequences set.
     * Refuses a database that already holds events.
     */
    public static void restore(Connection c, Path directory) throws SQLException, IOException {
        Properties manifest = new Properties();
        try (Reader r = Files.newBufferedReader(directory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.load(r);
        }
        String version = schemaVersion(c);
        if (!version.equals(manifest.getProperty("schema-version"))) {
            throw new IllegalStateException("The backup is of schema version " + manifest.getProperty("schema-version")
                    + " but this app's schema is " + version + "; restore with the app version that made it");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM domain_event_entry)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException(
                            "The database already holds events; a backup is restored only" + " into an empty database");
                }
            }
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            s.execute("SET LOCAL session_replication_role = replica");
            s.execute("TRUNCATE "
                    + String.join(
                            ", ", tables.stream().map(DatabaseBackup::quote).toList()));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> loaded = new HashMap<>();
            for (String table : tables) {
                try (InputStream in = Files.newInputStream(directory.resolve(table + ".copy"))) {
                    loaded.put(table, copy.copyIn("COPY " + quote(table) + " FROM STDIN (FORMAT binary)", in));
                }
                long expected = Long.parseLong(manifest.getProperty("rows." + table));
                if (loaded.get(table) != expected) {
                    throw new IllegalStateException(
                            table + ": " + loaded.get(table) + " rows loaded, the backup has " + expected);
                }
            }
            for (String name : manifest.stringPropertyNames()) {
                if (name.startsWith("sequence.")) {
                    String sequence = name.substring("sequence.".length());
                    s.execute("SELECT setval('" + quote(sequence).replace("'", "''") + "', "
                            + Long.parseLong(manifest.getProperty(name)) + ", true)");
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        return strings(
                        c,
                        "SELECT version FROM " + HISTORY
                                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                .get(0);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
