package org.tongxin.infra.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After a fault and the recovery: is every read model what a fresh replay of the event store makes of it? Waits until
 * every projection is caught up, takes every row of every read-model table, replays every projection from the start
 * through the admin API (the same replay an operator runs: tokens reset, the projection's own tables cleared, every
 * event applied again) and compares the tables row by row once the replay has caught up. A row the live read model
 * had and the replay does not make, or the reverse, is a mismatch. The app must be the only node running, with no
 * writes meanwhile.
 */
final class FreshReplay {

    /** Each read-model table with the key that orders it. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("clue_view", "clue_id");
        TABLES.put("clue_merge", "clue_id, merged_clue_id");
        TABLES.put("clue_case_view", "clue_id");
        TABLES.put("proposal_view", "proposal_id");
        TABLES.put("handling_view", "handling_id");
        TABLES.put("audit_entry", "global_index");
        TABLES.put("completed_task", "task_id");
    }

    /** How the comparison came out: rows compared and, per table, rows on one side only. */
    record Outcome(int rows, Map<String, Integer> mismatchesByTable) {

        int mismatches() {
            return mismatchesByTable.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        /** For the FAULT FIGURES line. */
        String figures() {
            return "projectionRows=%d replayMismatches=%d".formatted(rows, mismatches())
                    + (mismatches() == 0 ? "" : " " + mismatchesByTable);
        }
    }

    /** Opens a connection to the app's database. */
    @FunctionalInterface
    interface Database {
        Connection connect() throws Exception;
    }

    private FreshReplay() {}

    static Outcome compare(Http app, String admin, String password, Database database) throws Exception {
        awaitCaughtUp(app, admin, password, "the read models caught up before the replay");
        Map<String, List<String>> live = dump(database);
        for (String group : groups(app, admin, password)) {
            Http.Answer replay = app.postJson("/api/admin/projections/" + group + "/replay", "{}", admin, password);
            if (replay.status() != 202) {
                throw new AssertionError("replay of " + group + " answered " + replay.status() + ": " + replay.body());
            }
        }
        awaitCaughtUp(app, admin, password, "the replay caught up");
        // the replay is asynchronous: give the last batches a moment to commit, then count what still differs
        AtomicReference<Map<String, Integer>> mismatches = new AtomicReference<>();
        try {
            await("the replayed read models equal the live ones")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        mismatches.set(mismatches(live, dump(database)));
                        return mismatches.get().values().stream().allMatch(n -> n == 0);
                    });
        } catch (org.awaitility.core.ConditionTimeoutException stillDifferent) {
            // reported through the outcome; the caller asserts it
        }
        int rows = live.values().stream().mapToInt(List::size).sum();
        return new Outcome(rows, mismatches.get());
    }

    private static List<String> groups(Http app, String admin, String password) throws Exception {
        List<String> groups = new ArrayList<>();
        for (JsonNode status : statuses(app, admin, password)) {
            groups.add(status.get("group").asText());
        }
        return groups;
    }

    private static JsonNode statuses(Http app, String admin, String password) throws Exception {
        Http.Answer answer = app.get("/api/admin/projections", admin, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("projection status answered " + answer.status() + ": " + answer.body());
        }
        return Ledger.JSON.readTree(answer.body());
    }

    private static void awaitCaughtUp(Http app, String admin, String password, String what) {
        await(what)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    JsonNode all = statuses(app, admin, password);
                    for (JsonNode s : all) {
                        if (!s.get("caughtUp").asBoolean()
                                || s.get("replaying").asBoolean()
                                || s.get("unclaimed").asInt() > 0) {
                            return false;
                        }
                    }
                    return !all.isEmpty();
                });
    }

    /** Rows on one side only, per table, counting duplicates. */
    static Map<String, Integer> mismatches(Map<String, List<String>> live, Map<String, List<String>> replayed) {
        Map<String, Integer> byTable = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            Map<String, Integer> count = new HashMap<>();
            live.get(table).forEach(row -> count.merge(row, 1, Integer::sum));
            replayed.get(table).forEach(row -> count.merge(row, -1, Integer::sum));
            byTable.put(table, count.values().stream().mapToInt(Math::abs).sum());
        }
        return byTable;
    }

    /** Every row of every read-model table as text, in key order. */
    static Map<String, List<String>> dump(Database database) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs =
                        s.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
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
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }
}
