package org.tongxin.projections.cluecase;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.projections.support.ViewJson;

/** One row per clue: the case document and the columns lookups and the 件件有回应 check use. */
@Repository
class ClueCaseRepository {

    /**
     * Answered: closed, and either the submitter heard of an outcome or the clue was declined, which tells them where
     * it went.
     */
    static final String ANSWERED = "status = 'CLOSED' AND (feedback_count > 0 OR closed_from = 'DECLINED')";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ClueCaseRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<ClueCaseView> find(String clueId) {
        return one("clue_id", clueId);
    }

    /** The stored views of {@code clueIds}, keyed by clue; one statement for a whole batch of events. */
    Map<String, ClueCaseView> findAll(Collection<String> clueIds) {
        Map<String, ClueCaseView> found = new HashMap<>();
        jdbc.sql("SELECT clue_id, doc::text AS doc FROM clue_case_view WHERE clue_id = ANY(:ids)")
                .param("ids", clueIds.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString("clue_id"), ViewJson.read(rs.getString("doc"), ClueCaseView.class));
                });
        return found;
    }

    Optional<ClueCaseView> findByTrackingCode(String code) {
        return one("tracking_code", code);
    }

    private Optional<ClueCaseView> one(String column, String value) {
        return jdbc.sql("SELECT doc::text FROM clue_case_view WHERE " + column + " = :v")
                .param("v", value)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, ClueCaseView.class));
    }

    void saveAll(Collection<ClueCaseView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.clueId())
                        .addValue("code", v.trackingCode())
                        .addValue("status", v.status())
                        .addValue("closedFrom", v.closedFrom())
                        .addValue("feedback", v.feedback().size())
                        .addValue("registered", Timestamp.from(v.registeredAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO clue_case_view (clue_id, tracking_code, status, closed_from, feedback_count, registered_at,
                                            doc, version)
                VALUES (:id, :code, :status, :closedFrom, :feedback, :registered, CAST(:doc AS jsonb), :version)
                ON CONFLICT (clue_id) DO UPDATE SET
                    tracking_code = EXCLUDED.tracking_code, status = EXCLUDED.status,
                    closed_from = EXCLUDED.closed_from, feedback_count = EXCLUDED.feedback_count,
                    registered_at = EXCLUDED.registered_at, doc = EXCLUDED.doc, version = EXCLUDED.version
                WHERE clue_case_view.version < EXCLUDED.version
                """,
                batch);
    }

    UnansweredPage unanswered(ListUnansweredClues q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = " WHERE NOT (" + ANSWERED + ")";
        if (q.registeredBefore() != null) {
            where += " AND registered_at < :before";
            params.addValue("before", Timestamp.from(q.registeredBefore()));
        }
        long total = jdbc.sql("SELECT count(*) FROM clue_case_view" + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        List<ClueCaseView> items = jdbc
                .sql("SELECT doc::text FROM clue_case_view" + where
                        + " ORDER BY registered_at, clue_id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, ClueCaseView.class))
                .toList();
        return new UnansweredPage(items, total, q.page(), q.size());
    }

    void clear() {
        jdbc.sql("TRUNCATE clue_case_view").update();
    }
}
