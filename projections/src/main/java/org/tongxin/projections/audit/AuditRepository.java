package org.tongxin.projections.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.projections.support.CappedCount;
import org.tongxin.projections.support.ViewJson;

/**
 * Rows are keyed by the event's identifier: a redelivered or re-projected event finds its row and adds nothing. The
 * position that orders the log is the event's own, looked up in the event store by identifier as the row is written;
 * the token's position is only a fallback for an event the store does not hold.
 */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** One row to write: the event's identifier, the token position as a fallback, and what the log shows. */
    record Row(String eventId, Long tokenPosition, AuditEntry entry) {}

    void insertAll(List<Row> rows) {
        SqlParameterSource[] batch = rows.stream()
                .map(r -> new MapSqlParameterSource()
                        .addValue("id", r.eventId())
                        .addValue("fallback", r.tokenPosition())
                        .addValue("time", Timestamp.from(r.entry().time()))
                        .addValue("actor", r.entry().actorId())
                        .addValue("role", r.entry().actorRole())
                        .addValue("department", r.entry().department())
                        .addValue("type", r.entry().aggregateType())
                        .addValue("aggregate", r.entry().aggregateId())
                        .addValue("sequence", r.entry().sequenceNumber())
                        .addValue("event", r.entry().eventType())
                        .addValue("summary", ViewJson.write(r.entry().summary())))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO audit_entry (event_id, global_index, occurred_at, actor_id, actor_role, department,
                                         aggregate_type, aggregate_id, sequence_number, event_type, summary)
                VALUES (:id,
                        COALESCE((SELECT global_index FROM domain_event_entry WHERE event_identifier = :id),
                                 CAST(:fallback AS BIGINT)),
                        :time, :actor, :role, :department, :type, :aggregate, :sequence, :event, CAST(:summary AS JSONB))
                ON CONFLICT (event_id) DO NOTHING
                """,
                batch);
    }

    AuditPage list(ListAuditEntries q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(q.filter(), params);
        long counted = jdbc.sql(CappedCount.sql("audit_entry" + where))
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY global_index "
                        + (q.oldestFirst() ? "ASC, event_id" : "DESC, event_id DESC") + " LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(AuditRepository::map)
                .list();
        return new AuditPage(items, CappedCount.total(counted), q.page(), q.size(), CappedCount.capped(counted));
    }

    List<AuditEntry> export(ExportAuditEntries q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(q.filter(), params) + " AND global_index > :after";
        params.addValue("after", q.afterIndex()).addValue("limit", q.limit());
        return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY global_index, event_id LIMIT :limit")
                .paramSource(params)
                .query(AuditRepository::map)
                .list();
    }

    void clear() {
        jdbc.sql("TRUNCATE audit_entry").update();
    }

    private static String where(AuditFilter f, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        equal(conditions, params, "actor_id", f.actorId());
        equal(conditions, params, "actor_role", f.actorRole());
        equal(conditions, params, "department", f.department());
        equal(conditions, params, "aggregate_type", f.aggregateType());
        equal(conditions, params, "aggregate_id", f.aggregateId());
        equal(conditions, params, "event_type", f.eventType());
        if (f.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_at < :to");
            params.addValue("to", Timestamp.from(f.to()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            // the summary's arguments: titles, categories, names as written
            conditions.add("summary::text ILIKE :q ESCAPE '\\'");
            params.addValue(
                    "q",
                    "%"
                            + f.q().strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void equal(List<String> conditions, MapSqlParameterSource params, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + column);
            params.addValue(column, value);
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("global_index"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("department"),
                rs.getString("aggregate_type"),
                rs.getString("aggregate_id"),
                rs.getLong("sequence_number"),
                rs.getString("event_type"),
                ViewJson.read(rs.getString("summary"), Phrase.class));
    }
}
