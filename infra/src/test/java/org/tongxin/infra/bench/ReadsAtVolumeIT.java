package org.tongxin.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The read rows of the harness on their own, at a volume chosen for the run ({@link ReadModelVolumes}: read-model
 * rows written by SQL, as a replay would leave them), with what each page asks of the
 * database: p50/p99 through HTTP with a session cookie, and per page the index and sequential scans and the rows they
 * read (from PostgreSQL's table statistics around one request), so a query per row or a scan that grows with the
 * tables shows as a number. Not part of the normal build: run it by name,
 *
 * <pre>
 * ./mvnw -B -pl infra -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReadsAtVolumeIT \
 *     -Dtongxin.bench.reads=true -Dtongxin.bench.clues=20000 -Dtongxin.bench.open-tasks=5000
 * </pre>
 *
 * <p>The database is kept in {@code tongxin.bench.data-directory} (default {@code target/reads-db}): a second run
 * measures the same volume again without seeding it, so a fix can be measured before and after on the same data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tongxin.bench.run=reads",
            "tongxin.embedded-postgres.ephemeral=false",
            "tongxin.embedded-postgres.data-directory=${tongxin.bench.data-directory:target/reads-db}",
            "tongxin.embedded-postgres.port=${tongxin.bench.postgres-port:0}"
        })
@ActiveProfiles("test")
@DirtiesContext
class ReadsAtVolumeIT extends HarnessTestBase {

    @Test
    void measuresEveryReadAtTheChosenVolume() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Boolean.getBoolean("tongxin.bench.reads"), "a measurement, run on purpose only");
        Volumes volumes = Volumes.fromSystemProperties();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Lifecycle lifecycle = new Lifecycle(
                intake, userTasks, accounts, processEngine.getTaskService(), processEngine.getHistoryService());

        String closedCase = jdbc.sql(
                        "SELECT clue_id FROM clue_view WHERE status = 'CLOSED' AND tracking_code NOT LIKE 'TX-B%' LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (closedCase == null) {
            closedCase = lifecycle.run(Lifecycle.newSteps());
        }
        // without the application's statement timeout: a volume goes in as a few long statements
        ReadModelVolumes volume = new ReadModelVolumes(JdbcClient.create(postgres.getDatabase("postgres", "tongxin")));
        // the lifecycle's events in the read models first: the audit rows copy its clue's summary
        Awaitility.await("projections caught up")
                .atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> projections.statuses().stream().allMatch(s -> !s.replaying() && s.caughtUp()));
        System.out.printf(
                Locale.ROOT,
                "[reads] read models brought to %,d clues in %.1f s, %,d open tasks in %.1f s%n",
                volumes.clues(),
                volume.clues(volumes.clues()).toMillis() / 1e3,
                volumes.openTasks(),
                volume.openTasks(volumes.openTasks()).toMillis() / 1e3);
        Awaitility.await("projections caught up")
                .atMost(Duration.ofHours(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> projections.statuses().stream().allMatch(s -> !s.replaying() && s.caughtUp()));

        var base = java.net.URI.create("http://127.0.0.1:" + port);
        Client staff = Client.session(base, "staff", "demo");
        Client officer = Client.session(base, "dept-transport", "demo");
        Client supervisor = Client.session(base, "supervisor", "demo");
        Map<String, Harness.Probe> probes = new LinkedHashMap<>();
        probes.put("inbox (staff)", new Harness.Probe(staff, "/inbox"));
        probes.put("board (dept-transport)", new Harness.Probe(officer, "/board"));
        probes.put("clue pool with facets", new Harness.Probe(staff, "/clues"));
        probes.put("clue pool q=路灯", new Harness.Probe(staff, "/clues?q=%E8%B7%AF%E7%81%AF"));
        probes.put("clue pool q=灯", new Harness.Probe(staff, "/clues?q=%E7%81%AF"));
        probes.put("case page (closed clue → proposal)", new Harness.Probe(staff, "/cases/" + closedCase));
        probes.put("audit query (supervisor)", new Harness.Probe(supervisor, "/audit"));
        String at = String.format(
                Locale.ROOT,
                "%,d clues, %,d open tasks",
                jdbc.sql("SELECT count(*) FROM clue_view").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM task_inbox").query(Long.class).single());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Harness.Probe> probe : probes.entrySet()) {
            Client client = probe.getValue().client();
            String path = probe.getValue().path();
            long first = System.nanoTime();
            try {
                client.ok(path);
            } catch (IllegalStateException failed) {
                // a page that fails at this volume (a timeout) is a figure too; the other pages are still measured
                lines.add(String.format(
                        Locale.ROOT,
                        "[reads] %s at %s: FAILED after %.1f s: %s",
                        probe.getKey(),
                        at,
                        (System.nanoTime() - first) / 1e9,
                        failed.getMessage().lines().findFirst().orElse("")));
                System.out.println(lines.get(lines.size() - 1));
                continue;
            }
            Map<String, long[]> before = tableStats(jdbc);
            client.ok(path);
            Map<String, long[]> after = awaitFlushedStats(jdbc, before);
            Latencies latencies = new Latencies();
            for (int i = 0; i < volumes.readSamples(); i++) {
                latencies.time(() -> client.ok(path));
            }
            Latencies.Summary s = latencies.summary();
            lines.add(String.format(
                    Locale.ROOT,
                    "[reads] %s at %s: p50 %.1f ms · p99 %.1f ms (n=%d) · one request: %s",
                    probe.getKey(),
                    at,
                    s.p50(),
                    s.p99(),
                    s.count(),
                    difference(before, after)));
            System.out.println(lines.get(lines.size() - 1));
        }
        lines.forEach(System.out::println);
        assertThat(lines).hasSize(probes.size());
    }

    /** Per table: sequential scans, rows they read, index scans, rows fetched by index. */
    private static Map<String, long[]> tableStats(JdbcClient jdbc) {
        Map<String, long[]> stats = new TreeMap<>();
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query().singleRow();
        jdbc.sql("SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0)"
                        + " FROM pg_stat_user_tables")
                .query(rs -> {
                    stats.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return stats;
    }

    /** PostgreSQL flushes a backend's table statistics within about a second of it going idle. */
    private static Map<String, long[]> awaitFlushedStats(JdbcClient jdbc, Map<String, long[]> before) {
        List<Map<String, long[]>> last = new ArrayList<>();
        Awaitility.await()
                .pollDelay(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> {
                    last.clear();
                    last.add(tableStats(jdbc));
                    return !difference(before, last.get(0)).isEmpty();
                });
        return last.get(0);
    }

    private static String difference(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder text = new StringBuilder();
        after.forEach((table, a) -> {
            long[] b = before.getOrDefault(table, new long[4]);
            long seq = a[0] - b[0];
            long seqRows = a[1] - b[1];
            long idx = a[2] - b[2];
            long idxRows = a[3] - b[3];
            if (seq > 0 || idx > 0) {
                text.append(String.format(
                        Locale.ROOT, "%s seq %d (%,d rows) idx %d (%,d rows); ", table, seq, seqRows, idx, idxRows));
            }
        });
        return text.toString();
    }
}
