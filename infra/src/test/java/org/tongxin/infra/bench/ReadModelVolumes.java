package org.tongxin.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongxin.projections.similar.ChineseText;

/**
 * Read-model rows at a volume the projections could not reach in a session on a loaded two-core machine (they caught
 * up at about 10 events/s there): the rows a replay of the {@link Seeder}'s clues would leave in the clue pool, the
 * search index, the audit log and the inbox, written by SQL in one statement each. For measuring reads only — there
 * are no events behind them and no engine tasks behind the inbox rows, so nothing may complete or open them. Every
 * row's id starts with {@code bench-rm-}.
 */
final class ReadModelVolumes {

    private static final List<String> TOPICS = List.of(
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
    private static final List<String> DISTRICTS = List.of("龙岗区", "福田区", "南山区", "宝安区", "罗湖区");
    private static final List<String> CATEGORIES = List.of("交通出行", "城市管理", "社会民生", "生态环境", "教育卫生");

    private static final int CHUNK = 50_000;

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
        // the search keys and words of each topic × district, as the similarity projection computes them
        List<String> combos = new ArrayList<>();
        for (int t = 0; t < TOPICS.size(); t++) {
            for (int d = 0; d < DISTRICTS.size(); d++) {
                String title = TOPICS.get(t) + "（" + DISTRICTS.get(d) + "）";
                String content = DISTRICTS.get(d) + "群众反映：" + TOPICS.get(t) + "，影响日常生活，建议有关部门调查处理并建立长效机制。";
                combos.add("(" + (t * DISTRICTS.size() + d) + ", " + literal(TOPICS.get(t)) + ", "
                        + literal(DISTRICTS.get(d)) + ", " + literal(content) + ", "
                        + array(ChineseText.searchKeys(title + "\n" + content)) + ", "
                        + array(ChineseText.tokens(title + "\n" + content)) + ", "
                        // the clue pool's keys of the row's title and content but the row's own number
                        + array(ChineseText.substringKeys(title.replace("）", "第 号）") + "\n" + content)) + ")");
            }
        }
        String combo =
                "(VALUES " + String.join(", ", combos) + ") AS c(n, topic, district, content, keys, tokens, pool_keys)";
        for (long from = have + 1; from <= clues; from += CHUNK) {
            insertClues(combo, combos.size(), from, Math.min(clues, from + CHUNK - 1));
        }
        jdbc.sql("ANALYZE clue_view").update();
        jdbc.sql("ANALYZE similarity_item").update();
        jdbc.sql("ANALYZE audit_entry").update();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void insertClues(String combo, int combos, long from, long to) {
        String series = "FROM generate_series(" + from + ", " + to + ") i JOIN " + combo + " ON c.n = i % " + combos;
        jdbc.sql("INSERT INTO clue_view (clue_id, tracking_code, title, content, source, district, street, category,"
                        + " status, registered_at, version, search_keys)"
                        + " SELECT 'bench-rm-' || i, 'TX-R' || lpad(i::text, 8, '0'),"
                        + " c.topic || '（' || c.district || '第' || i || '号）', c.content,"
                        + " (ARRAY['CITIZEN_IDEA','MEMBER_RESEARCH','CONSTITUENTS','HOTLINE_DATA'])[1 + i % 4],"
                        + " c.district, '第' || (1 + i % 12) || '街道',"
                        + " CASE WHEN i % 10 < 3 THEN NULL ELSE (ARRAY[" + quoted(CATEGORIES) + "])[1 + i % 5] END,"
                        + " (ARRAY['REGISTERED','REGISTERED','REGISTERED','PUBLISHED','ADOPTED','DECLINED','CLOSED',"
                        + "'MERGED'])[1 + i % 8], timestamptz '2026-01-01' + make_interval(secs => i), 0,"
                        // and the keys of the number: its digits and pairs of neighbouring digits
                        + " c.pool_keys || ARRAY(SELECT DISTINCT substr(i::text, g, w) FROM generate_series(1,"
                        + " length(i::text)) g, (VALUES (1), (2)) w(w) WHERE g + w - 1 <= length(i::text)) "
                        + series)
                .update();
        jdbc.sql("INSERT INTO similarity_item (kind, item_id, title, reference, tokens, search_keys, version, shown)"
                        + " SELECT 'CLUE', 'bench-rm-' || i, c.topic, 'TX-R' || lpad(i::text, 8, '0'), c.tokens,"
                        + " c.keys, 0, TRUE " + series)
                .update();
        jdbc.sql("INSERT INTO audit_entry (event_id, global_index, occurred_at, actor_id, actor_role, department,"
                        + " aggregate_type, aggregate_id, sequence_number, event_type, summary)"
                        + " SELECT 'bench-rm-' || i, 100000000 + i, timestamptz '2026-01-01' + make_interval(secs => i),"
                        + " NULL, 'CITIZEN', NULL, 'Clue', 'bench-rm-' || i, 0, 'ClueRegistered',"
                        // the summary of a clue registered through the intake, as the audit projection wrote it
                        + " (SELECT summary FROM audit_entry WHERE event_type = 'ClueRegistered'"
                        + " AND event_id NOT LIKE 'bench-rm-%' LIMIT 1) " + series)
                .update();
    }

    /** Brings the inbox to {@code open} bench rows, each offered to the office (STAFF) like a classification. */
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
                            + " timestamptz '2026-12-01' + make_interval(secs => i)"
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
