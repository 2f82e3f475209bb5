package org.tongxin.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongxin.projections.similar.ChineseText;

/**
 * Read-model rows written in bulk, as the projections write them: the clue pool, its search index and the audit log
 * for registered clues, and the office's inbox. The harness's one seeding tool with {@link Seeder}, in two uses:
 *
 * <ul>
 *   <li>{@link #seeded}: the views of the clues the {@link Seeder} wrote as events (the same ids, codes, titles,
 *       texts and times, status registered, the audit rows from the stored events themselves), so the projections
 *       need not fold a million events before anything can be measured — their replay is measured on its own;
 *   <li>{@link #clues}: rows with no events behind them (ids {@code bench-rm-…}, statuses and categories mixed), for
 *       measuring reads only; nothing may complete or open them.
 * </ul>
 *
 * Each is one statement per table and chunk, over {@code generate_series}.
 */
final class ReadModelVolumes {

    static final List<String> TOPICS = List.of(
            "路灯损坏夜间出行不便",
            "地铁出口共享单车乱停放",
            "学校周边交通拥堵",
            "老旧小区加装电梯",
            "社区养老服务不足",
            "菜市场环境卫生差",
            "公交线路调整建议",
            "河道垃圾清理",
            "背街小巷照明不足",
            "停车位紧张",
            "垃圾分类宣传",
            "口袋公园建设",
            "灯杆广告牌松动",
            "人行道破损",
            "噪音扰民",
            "医院挂号难",
            "幼儿园学位紧张",
            "电动车充电桩不足",
            "路口信号灯配时不合理",
            "绿化带缺乏养护");
    static final List<String> DISTRICTS = List.of("龙岗区", "福田区", "南山区", "宝安区", "罗湖区");
    private static final List<String> CATEGORIES = List.of("交通出行", "城市管理", "社会民生", "生态环境", "教育卫生");

    private static final int CHUNK = 50_000;

    /**
     * How the rows of bench clue {@code i} are named and timed, as SQL expressions of {@code i}; registered only:
     * every row says what a registration says (status registered, no category), as the projections write it.
     */
    record Scheme(String id, String code, String registeredAt, boolean registeredOnly) {}

    /** Rows without events behind them, for the reads alone. */
    static final Scheme READ_ONLY = new Scheme(
            "'bench-rm-' || i",
            "'TX-R' || lpad(i::text, 8, '0')",
            "timestamptz '2026-01-01 00:00:00+00' + make_interval(secs => i)",
            false);

    /** The views of the clues {@link Seeder} writes as events; {@link Seeder#clue} makes the same values in Java. */
    static final Scheme SEEDED = new Scheme(
            "'" + Seeder.ID_PREFIX + "' || i",
            "'" + Seeder.CODE_PREFIX + "' || lpad(i::text, 8, '0')",
            "timestamptz '" + Seeder.FIRST_REGISTERED + "' + make_interval(secs => i)",
            true);

    private final JdbcClient jdbc;

    ReadModelVolumes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Brings the clue pool, its search index and the audit log to {@code clues} bench rows; answers how long. */
    Duration clues(int clues) {
        long start = System.nanoTime();
        long have = jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id LIKE 'bench-rm-%'")
                .query(Long.class)
                .single();
        if (have >= clues) {
            return Duration.ZERO;
        }
        String combo = combos();
        int combos = TOPICS.size() * DISTRICTS.size();
        for (long from = have + 1; from <= clues; from += CHUNK) {
            insertClues(READ_ONLY, combo, combos, from, Math.min(clues, from + CHUNK - 1));
        }
        analyze();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The clue pool, search index and audit rows of bench clues {@code from}..{@code to} that {@link Seeder} wrote as
     * events: what the clue-pool, similarity and audit-log projections write for a {@code ClueRegistered}. The audit
     * rows are read from the stored events (their identifiers, global indexes and times).
     */
    Duration seeded(long from, long to) {
        long start = System.nanoTime();
        String combo = combos();
        for (long f = from; f <= to; f += CHUNK) {
            insertClues(SEEDED, combo, TOPICS.size() * DISTRICTS.size(), f, Math.min(to, f + CHUNK - 1));
        }
        analyze();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void analyze() {
        jdbc.sql("ANALYZE clue_view").update();
        jdbc.sql("ANALYZE similarity_item").update();
        jdbc.sql("ANALYZE audit_entry").update();
    }

    /**
     * Each topic × district (bench clue {@code i} is combination {@code i % 100}: topic {@code (i % 100) / 5},
     * district {@code i % 5}) with its text and the search keys and words the similarity projection computes for it.
     */
    private static String combos() {
        List<String> combos = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            for (int d = 0; d < DISTRICTS.size(); d++) {
                String title = TOPICS.get(t) + "（" + DISTRICTS.get(d) + "）";
                String content = Seeder.content(TOPICS.get(t), DISTRICTS.get(d));
                combos.add("(" + (t * DISTRICTS.size() + d) + ", " + literal(TOPICS.get(t)) + ", "
                        + literal(DISTRICTS.get(d)) + ", " + literal(content) + ", "
                        + array(ChineseText.searchKeys(title + "\n" + content)) + ", "
                        + array(ChineseText.tokens(title + "\n" + content)) + ", "
                        // the clue pool's keys of the row's title and content but the row's own number
                        + array(ChineseText.substringKeys(title.replace("）", "第 号）") + "\n" + content)) + ")");
            }
        }
        return "(VALUES " + String.join(", ", combos) + ") AS c(n, topic, district, content, keys, tokens, pool_keys)";
    }

    private void insertClues(Scheme scheme, String combo, int combos, long from, long to) {
        String series = "FROM generate_series(" + from + ", " + to + ") i JOIN " + combo + " ON c.n = i % " + combos;
        String title = "c.topic || '（' || c.district || '第' || i || '号）'";
        String category = scheme.registeredOnly()
                ? "NULL"
                : "CASE WHEN i % 10 < 3 THEN NULL ELSE (ARRAY[" + quoted(CATEGORIES) + "])[1 + i % 5] END";
        String status = scheme.registeredOnly()
                ? "'REGISTERED'"
                : "(ARRAY['REGISTERED','REGISTERED','REGISTERED','PUBLISHED','ADOPTED','DECLINED','CLOSED',"
                        + "'MERGED'])[1 + i % 8]";
        jdbc.sql("INSERT INTO clue_view (clue_id, tracking_code, title, content, source, district, street, category,"
                        + " status, registered_at, version, search_keys)"
                        + " SELECT " + scheme.id() + ", " + scheme.code() + ", " + title + ", c.content,"
                        + " (ARRAY['CITIZEN_IDEA','MEMBER_RESEARCH','CONSTITUENTS','HOTLINE_DATA'])[1 + i % 4],"
                        + " c.district, '第' || (1 + i % 12) || '街道', " + category + ", " + status + ", "
                        + scheme.registeredAt() + ", 0,"
                        // and the keys of the number: its digits and pairs of neighbouring digits
                        + " c.pool_keys || ARRAY(SELECT DISTINCT substr(i::text, g, w) FROM generate_series(1,"
                        + " length(i::text)) g, (VALUES (1), (2)) w(w) WHERE g + w - 1 <= length(i::text)) "
                        + series)
                .update();
        // the similarity projection indexes a clue under its title; the read-only rows under the topic alone
        jdbc.sql("INSERT INTO similarity_item (kind, item_id, title, reference, tokens, search_keys, version, shown)"
                        + " SELECT 'CLUE', " + scheme.id() + ", " + (scheme.registeredOnly() ? title : "c.topic")
                        + ", " + scheme.code() + ", c.tokens, c.keys, 0, TRUE " + series)
                .update();
        // the summary of a clue registered through the intake, as the audit projection wrote it
        String summary = "(SELECT summary FROM audit_entry WHERE event_type = 'ClueRegistered'"
                + " AND event_id NOT LIKE 'bench-rm-%' ORDER BY global_index LIMIT 1)";
        if (scheme.registeredOnly()) {
            jdbc.sql("INSERT INTO audit_entry (event_id, global_index, occurred_at, actor_id, actor_role, department,"
                            + " aggregate_type, aggregate_id, sequence_number, event_type, summary)"
                            + " SELECT e.event_identifier, e.global_index, e.time_stamp::timestamptz, NULL, 'CITIZEN',"
                            + " NULL, 'Clue', e.aggregate_identifier, 0, 'ClueRegistered', " + summary
                            + " FROM domain_event_entry e JOIN generate_series(" + from + ", " + to + ") i"
                            + " ON e.aggregate_identifier = " + scheme.id() + " AND e.sequence_number = 0")
                    .update();
        } else {
            jdbc.sql("INSERT INTO audit_entry (event_id, global_index, occurred_at, actor_id, actor_role, department,"
                            + " aggregate_type, aggregate_id, sequence_number, event_type, summary)"
                            + " SELECT " + scheme.id() + ", 100000000 + i, " + scheme.registeredAt() + ","
                            + " NULL, 'CITIZEN', NULL, 'Clue', " + scheme.id() + ", 0, 'ClueRegistered', " + summary
                            + " " + series)
                    .update();
        }
    }

    /**
     * Brings the inbox to {@code open} bench rows, each offered to the office (STAFF) like a classification, created a
     * second apart and due by the end of a day.
     */
    Duration openTasks(int open) {
        long start = System.nanoTime();
        long have = jdbc.sql("SELECT count(*) FROM task_inbox WHERE task_id LIKE 'bench-rm-%'")
                .query(Long.class)
                .single();
        if (have < open) {
            jdbc.sql("INSERT INTO task_inbox (task_id, task_key, name, process_key, process_instance_id, business_key,"
                            + " assignee, candidate_groups, created_at, due_at)"
                            + " SELECT 'bench-rm-' || i, 'Task_ClassifyClue', '分类整理 / Classify clue', 'clue-triage',"
                            + " 'bench-rm-pi-' || i, 'bench-rm-' || i, NULL, ARRAY['STAFF'],"
                            + " timestamptz '2026-01-01' + make_interval(secs => i),"
                            // due by the end of a day, as the engine dates a classification: the tasks of a day
                            // share one due time, so the inbox's order rests on created_at and task_id within it
                            + " timestamptz '2026-12-01 23:59:59+08' + make_interval(days => i / 86400)"
                            + " FROM generate_series(" + (have + 1) + ", " + open + ") i")
                    .update();
            jdbc.sql("ANALYZE task_inbox").update();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(ReadModelVolumes::literal).toList());
    }

    private static String array(List<String> values) {
        return "ARRAY[" + quoted(values) + "]::text[]";
    }
}
