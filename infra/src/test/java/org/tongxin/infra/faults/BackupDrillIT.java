package org.tongxin.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup drill as the operations section describes it: a hot backup of a running app with the packaged jar's
 * backup command, a restore into a fresh database by starting the app on it with {@code tongxin.backup.restore-from},
 * the read models equal to the original's, equal again after a replay from the restored event store, and new writes
 * accepted (the sequences came along).
 */
class BackupDrillIT {

    private static final String ADMIN = "ops-admin";
    private static final String PASSWORD = "backup-drill";
    private static final List<String> VIEWS = List.of("clue_view", "task_inbox", "tracking_code");

    @TempDir
    Path postgresDirectory;

    @TempDir
    Path backupDirectory;

    private TestPostgres postgres;
    private AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aHotBackupRestoredIntoAFreshDatabaseServesTheSameViewsBeforeAndAfterReplay() throws Exception {
        postgres = TestPostgres.start(postgresDirectory);
        app = AppProcess.start("backup-original", arguments(postgres.jdbcUrl()));
        Http original = new Http(app.awaitReady(Duration.ofMinutes(3)));
        postgres.createUser(ADMIN, PASSWORD, "ADMIN");
        for (int i = 0; i < 5; i++) {
            assertThat(original.postJson("/api/public/clues", Ledger.body("备份演练 " + i))
                            .status())
                    .isEqualTo(201);
        }
        await("clues projected")
                .atMost(Duration.ofSeconds(60))
                .until(() -> rows(postgres.jdbcUrl(), "clue_view").size() == 5);

        Process dump = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        AppProcess.packagedJar().toString(),
                        "-Dloader.main=org.tongxin.infra.persistence.DatabaseBackup",
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        "dump",
                        postgres.jdbcUrl(),
                        "postgres",
                        backupDirectory.toString())
                .redirectErrorStream(true)
                .redirectOutput(backupDirectory
                        .resolveSibling(backupDirectory.getFileName() + ".log")
                        .toFile())
                .start();
        assertThat(dump.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(dump.exitValue()).isZero();
        assertThat(backupDirectory.resolve("manifest.properties")).exists();
        app.close();

        String restoredUrl = postgres.jdbcUrl() + "_restored";
        try (Connection c = postgres.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + TestPostgres.DATABASE + "_restored");
        }
        List<String> restoreArguments = new ArrayList<>(arguments(restoredUrl));
        restoreArguments.add("--tongxin.backup.restore-from=" + backupDirectory);
        app = AppProcess.start("backup-restored", restoreArguments);
        Http restored = new Http(app.awaitReady(Duration.ofMinutes(3)));

        for (String view : VIEWS) {
            assertThat(rows(restoredUrl, view)).as(view).isEqualTo(rows(postgres.jdbcUrl(), view));
        }
        assertThat(rows(restoredUrl, "domain_event_entry")).isEqualTo(rows(postgres.jdbcUrl(), "domain_event_entry"));

        // Empty the restored view first, so only the replay from the restored event store can make it equal again.
        try (Connection c = DriverManager.getConnection(restoredUrl, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM clue_view");
        }
        Http.Answer replay = restored.postJson("/api/admin/projections/clue-pool/replay", "{}", ADMIN, PASSWORD);
        assertThat(replay.status()).as(replay.body()).isBetween(200, 299);
        await("the replayed view equals the original")
                .atMost(Duration.ofSeconds(90))
                .untilAsserted(() ->
                        assertThat(rows(restoredUrl, "clue_view")).isEqualTo(rows(postgres.jdbcUrl(), "clue_view")));

        FreshReplay.Outcome replayed = FreshReplay.compare(
                restored, ADMIN, PASSWORD, () -> DriverManager.getConnection(restoredUrl, "postgres", ""));
        assertThat(replayed.mismatches())
                .as("restored read-model rows unlike a fresh replay: %s", replayed.mismatchesByTable())
                .isZero();

        Http.Answer afterRestore = restored.postJson("/api/public/clues", Ledger.body("恢复后的新线索"));
        assertThat(afterRestore.status()).as(afterRestore.body()).isEqualTo(201);
        long files;
        try (var list = Files.list(backupDirectory)) {
            files = list.count();
        }
        FaultFigures.record(
                "backup-drill",
                "files=%d events=%d views=%s equal before and after replay %s"
                        .formatted(
                                files,
                                rows(postgres.jdbcUrl(), "domain_event_entry").size(),
                                VIEWS,
                                replayed.figures()));
    }

    private List<String> arguments(String url) {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tongxin.rate-limit.enabled=false");
    }

    /** Every row of a table as text, in primary-key order (the first column), for comparing two databases. */
    private static List<String> rows(String url, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i))
                            .append('=')
                            .append(rs.getString(i))
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
