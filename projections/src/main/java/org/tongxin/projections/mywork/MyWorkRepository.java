package org.tongxin.projections.mywork;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.projections.support.ViewJson;

/**
 * A task is described by the first event it caused: the row keeps the event with the lowest global position, so the
 * result does not depend on the order in which segments deliver a task's events (they may span aggregates). The
 * position is the event's own, read from the event store by the event's identifier: a token's position is the highest
 * seen so far, which for an event that committed after later ones is not the event's.
 */
@Repository
class MyWorkRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    MyWorkRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** One task to record: the task, the event that describes it, and the token position as a fallback. */
    record Row(CompletedTask task, String eventId, Long tokenPosition) {}

    void recordAll(List<Row> rows) {
        SqlParameterSource[] batch = rows.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("task", r.task().taskId())
                        .addValue("event_id", r.eventId())
                        .addValue("fallback", r.tokenPosition())
                        .addValue("key", r.task().taskKey())
                        .addValue("actor", r.task().actorId())
                        .addValue("role", r.task().actorRole())
                        .addValue("dept", r.task().department())
                        .addValue("type", r.task().aggregateType())
                        .addValue("id", r.task().aggregateId())
                        .addValue("event", r.task().eventType())
                        .addValue("summary", ViewJson.write(r.task().summary()))
                        .addValue("at", Timestamp.from(r.task().completedAt())))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO completed_task (task_id, position, task_key, actor_id, actor_role, department,
                                            aggregate_type, aggregate_id, event_type, summary, completed_at)
                VALUES (:task,
                        COALESCE((SELECT global_index FROM domain_event_entry WHERE event_identifier = :event_id),
                                 CAST(:fallback AS BIGINT)),
                        :key, :actor, :role, :dept, :type, :id, :event, CAST(:summary AS JSONB), :at)
                ON CONFLICT (task_id) DO UPDATE
                   SET position = EXCLUDED.position, aggregate_type = EXCLUDED.aggregate_type,
                       aggregate_id = EXCLUDED.aggregate_id, event_type = EXCLUDED.event_type,
                       summary = EXCLUDED.summary, completed_at = EXCLUDED.completed_at
                 WHERE EXCLUDED.position < completed_task.position
                """,
                batch);
    }

    CompletedTaskPage list(ListCompletedTasks q) {
        long total = jdbc.sql("SELECT count(*) FROM completed_task WHERE actor_id = :a")
                .param("a", q.actorId())
                .query(Long.class)
                .single();
        List<CompletedTask> items = jdbc.sql(
                        """
                        SELECT * FROM completed_task WHERE actor_id = :a
                         ORDER BY completed_at DESC, task_id LIMIT :limit OFFSET :offset
                        """)
                .param("a", q.actorId())
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query((rs, i) -> new CompletedTask(
                        rs.getString("task_id"),
                        rs.getString("task_key"),
                        rs.getString("actor_id"),
                        rs.getString("actor_role"),
                        rs.getString("department"),
                        rs.getString("aggregate_type"),
                        rs.getString("aggregate_id"),
                        rs.getString("event_type"),
                        ViewJson.read(rs.getString("summary"), Phrase.class),
                        rs.getTimestamp("completed_at").toInstant()))
                .list();
        return new CompletedTaskPage(items, total, q.page(), q.size());
    }

    void clear() {
        jdbc.sql("TRUNCATE completed_task").update();
    }
}
