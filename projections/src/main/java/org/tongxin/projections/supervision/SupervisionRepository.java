package org.tongxin.projections.supervision;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.supervision.SpecialSupervisorAppointed;
import org.tongxin.engine.supervision.SpecialSupervisorTermEnded;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;
import org.tongxin.projections.support.ViewJson;

/**
 * The pool's rows (a write keeps a stored row whose version is not older, so redelivery and replay leave it as it is)
 * and the registry's rows (keyed by what identifies them, so a redelivered event writes the same row again).
 */
@Repository
class SupervisionRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    SupervisionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<SupervisionView> find(String supervisionId) {
        return jdbc.sql("SELECT doc::text FROM supervision_view WHERE supervision_id = :id")
                .param("id", supervisionId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, SupervisionView.class));
    }

    void saveAll(Collection<SupervisionView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.supervisionId())
                        .addValue("subject", v.subject())
                        .addValue("type", v.type())
                        .addValue("year", v.planYear())
                        .addValue("status", v.status())
                        .addValue("departments", "{" + String.join(",", v.departments()) + "}")
                        .addValue(
                                "itemDepartments",
                                "{"
                                        + String.join(
                                                ",",
                                                v.items().stream()
                                                        .map(SupervisionView.Item::department)
                                                        .distinct()
                                                        .toList())
                                        + "}")
                        .addValue("registered", Timestamp.from(v.registeredAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO supervision_view (supervision_id, subject, type, plan_year, status, departments,
                                              item_departments, registered_at, doc, version)
                VALUES (:id, :subject, :type, :year, :status, CAST(:departments AS text[]),
                        CAST(:itemDepartments AS text[]), :registered, CAST(:doc AS jsonb), :version)
                ON CONFLICT (supervision_id) DO UPDATE SET
                    subject = EXCLUDED.subject, type = EXCLUDED.type, plan_year = EXCLUDED.plan_year,
                    status = EXCLUDED.status, departments = EXCLUDED.departments,
                    item_departments = EXCLUDED.item_departments, registered_at = EXCLUDED.registered_at,
                    doc = EXCLUDED.doc, version = EXCLUDED.version
                WHERE supervision_view.version < EXCLUDED.version
                """,
                batch);
    }

    SupervisionPage list(ListSupervisionEntries q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (q.status() != null) {
            where.add("status = :status");
            params.addValue("status", q.status());
        }
        if (q.type() != null) {
            where.add("type = :type");
            params.addValue("type", q.type());
        }
        if (q.planYear() != null) {
            where.add("plan_year = :year");
            params.addValue("year", q.planYear());
        }
        if (q.department() != null) {
            where.add(":department = ANY(departments)");
            params.addValue("department", q.department());
        }
        if (q.itemsOf() != null) {
            where.add(":itemsOf = ANY(item_departments)");
            params.addValue("itemsOf", q.itemsOf());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.add("subject ILIKE :text");
            params.addValue("text", "%" + q.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String condition = String.join(" AND ", where);
        long total =
                named.queryForObject("SELECT count(*) FROM supervision_view WHERE " + condition, params, Long.class);
        params.addValue("limit", q.size());
        params.addValue("offset", (long) q.page() * q.size());
        List<SupervisionView> items = named.query(
                "SELECT doc::text FROM supervision_view WHERE " + condition
                        + " ORDER BY registered_at DESC, supervision_id LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> ViewJson.read(rs.getString(1), SupervisionView.class));
        return new SupervisionPage(items, total, q.page(), q.size());
    }

    List<SupervisionView> of(String proposalId) {
        return jdbc.sql(
                        """
                        SELECT doc::text FROM supervision_view v
                        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.doc->'sources') s
                                      WHERE (s->>'kind' = 'KEY_PROPOSAL' AND s->>'id' = :proposal)
                                         OR (s->>'kind' = 'ESCALATED_HANDLING' AND s->>'id' LIKE :handlings))
                        ORDER BY registered_at
                        """)
                .param("proposal", proposalId)
                .param("handlings", proposalId.replace("%", "\\%").replace("_", "\\_") + "/%")
                .query((rs, i) -> ViewJson.read(rs.getString(1), SupervisionView.class))
                .list();
    }

    void appointed(SpecialSupervisorAppointed e) {
        jdbc.sql(
                        """
                        INSERT INTO special_supervisor_term (member_id, department, term_start, term_end, appointed_at)
                        VALUES (:member, :department, :start, :end, :at)
                        ON CONFLICT (member_id, department, term_start) DO NOTHING
                        """)
                .param("member", e.supervisorId().value())
                .param("department", e.department().value())
                .param("start", e.termStart())
                .param("end", e.termEnd())
                .param("at", Timestamp.from(e.appointedAt()))
                .update();
    }

    void ended(SpecialSupervisorTermEnded e) {
        jdbc.sql(
                        """
                        UPDATE special_supervisor_term SET ended_on = :ended, end_reason = :reason
                        WHERE member_id = :member AND department = :department
                          AND term_start <= :ended AND :ended <= COALESCE(ended_on, term_end)
                        """)
                .param("member", e.supervisorId().value())
                .param("department", e.department().value())
                .param("ended", e.endedOn())
                .param("reason", e.reason())
                .update();
    }

    void found(SupervisorFindingRecorded e, String supervisionId) {
        jdbc.sql(
                        """
                        INSERT INTO special_supervisor_finding (member_id, n, department, subject, text, observed_on,
                                                                route, supervision_id, recorded_at)
                        VALUES (:member, :n, :department, :subject, :text, :observed, :route, :entry, :at)
                        ON CONFLICT (member_id, n) DO NOTHING
                        """)
                .param("member", e.supervisorId().value())
                .param("n", e.n())
                .param("department", e.department().value())
                .param("subject", e.subject())
                .param("text", e.text())
                .param("observed", e.observedOn())
                .param("route", e.route().name())
                .param("entry", supervisionId)
                .param("at", Timestamp.from(e.recordedAt()))
                .update();
    }

    List<SupervisorTerm> terms(ListSpecialSupervisors q) {
        return jdbc.sql(
                        """
                        SELECT t.*, (SELECT count(*) FROM special_supervisor_finding f
                                     WHERE f.member_id = t.member_id AND f.department = t.department) AS findings
                        FROM special_supervisor_term t
                        WHERE (CAST(:department AS text) IS NULL OR t.department = :department)
                          AND (CAST(:member AS text) IS NULL OR t.member_id = :member)
                        ORDER BY t.department, t.term_start DESC, t.member_id
                        """)
                .param("department", q.department())
                .param("member", q.memberId())
                .query((rs, i) -> new SupervisorTerm(
                        rs.getString("member_id"),
                        rs.getString("department"),
                        rs.getDate("term_start").toLocalDate(),
                        rs.getDate("term_end").toLocalDate(),
                        rs.getDate("ended_on") == null
                                ? null
                                : rs.getDate("ended_on").toLocalDate(),
                        rs.getString("end_reason"),
                        rs.getInt("findings"),
                        rs.getTimestamp("appointed_at").toInstant()))
                .list();
    }

    List<SupervisorFindingView> findings(ListSupervisorFindings q) {
        return jdbc.sql(
                        """
                        SELECT f.*, v.status AS entry_status, v.doc->>'result' AS entry_result
                        FROM special_supervisor_finding f
                        LEFT JOIN supervision_view v ON v.supervision_id = f.supervision_id
                        WHERE (CAST(:department AS text) IS NULL OR f.department = :department)
                          AND (CAST(:member AS text) IS NULL OR f.member_id = :member)
                        ORDER BY f.recorded_at DESC, f.member_id, f.n
                        LIMIT 200
                        """)
                .param("department", q.department())
                .param("member", q.memberId())
                .query((rs, i) -> new SupervisorFindingView(
                        rs.getString("member_id"),
                        rs.getInt("n"),
                        rs.getString("department"),
                        rs.getString("subject"),
                        rs.getString("text"),
                        rs.getDate("observed_on").toLocalDate(),
                        rs.getString("route"),
                        rs.getString("supervision_id"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("entry_status"),
                        rs.getString("entry_result")))
                .list();
    }

    void clear() {
        jdbc.sql("DELETE FROM supervision_view").update();
        jdbc.sql("DELETE FROM special_supervisor_term").update();
        jdbc.sql("DELETE FROM special_supervisor_finding").update();
    }
}
