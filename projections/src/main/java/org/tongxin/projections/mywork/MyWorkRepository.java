package org.tongxin.projections.mywork;

import java.sql.Timestamp;
import java.util.List;
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

    MyWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CompletedTask t, String eventId, Long tokenPosition) {
        jdbc.sql(
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
                        """)
                .param("task", t.taskId())
                .param("event_id", eventId)
                .param("fallback", tokenPosition)
                .param("key", t.taskKey())
                .param("actor", t.actorId())
                .param("role", t.actorRole())
                .param("dept", t.department())
                .param("type", t.aggregateType())
                .param("id", t.aggregateId())
                .param("event", t.eventType())
                .param("summary", ViewJson.write(t.summary()))
                .param("at", Timestamp.from(t.completedAt()))
                .update();
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
