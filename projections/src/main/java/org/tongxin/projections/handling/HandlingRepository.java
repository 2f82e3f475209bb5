package org.tongxin.projections.handling;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * One row per handling: the view as a JSONB document and the columns the board and the statistics filter, sort and
 * count on. A write keeps a stored row whose version is not older.
 */
@Repository
class HandlingRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    HandlingRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<HandlingView> find(String handlingId) {
        return jdbc.sql("SELECT doc::text FROM handling_view WHERE handling_id = :id")
                .param("id", handlingId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, HandlingView.class));
    }

    /** The stored views of {@code handlingIds}, keyed by handling; one statement for a whole batch of events. */
    Map<String, HandlingView> findAll(Collection<String> handlingIds) {
        Map<String, HandlingView> found = new HashMap<>();
        jdbc.sql("SELECT handling_id, doc::text AS doc FROM handling_view WHERE handling_id = ANY(:ids)")
                .param("ids", handlingIds.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString("handling_id"), ViewJson.read(rs.getString("doc"), HandlingView.class));
                });
        return found;
    }

    List<HandlingView> ofProposal(String proposalId) {
        return jdbc
                .sql("SELECT doc::text FROM handling_view WHERE proposal_id = :id ORDER BY handling_id")
                .param("id", proposalId)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, HandlingView.class))
                .toList();
    }

    void saveAll(Collection<HandlingView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.handlingId())
                        .addValue("proposal", v.proposalId())
                        .addValue("kind", v.kind())
                        .addValue("department", v.department())
                        .addValue("role", v.role())
                        .addValue("status", v.status())
                        .addValue("due", date(v.dueOn()))
                        .addValue("assigned", date(v.assignedOn()))
                        .addValue("replied", date(v.firstRepliedOn()))
                        .addValue("firstLate", v.firstReplyLate())
                        .addValue("outcome", v.outcome())
                        .addValue("returns", v.returnRequests())
                        .addValue("escalated", v.escalated())
                        .addValue("paused", date(v.pausedOn()))
                        .addValue("closed", v.closedAt() == null ? null : Timestamp.from(v.closedAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO handling_view (handling_id, proposal_id, source_kind, department, role, status, due_on, assigned_on,
                                           first_replied_on, first_reply_late, outcome, return_requests, escalated,
                                           paused_on, closed_at, doc, version)
                VALUES (:id, :proposal, :kind, :department, :role, :status, :due, :assigned, :replied, :firstLate, :outcome,
                        :returns, :escalated, :paused, :closed, CAST(:doc AS jsonb), :version)
                ON CONFLICT (handling_id) DO UPDATE SET
                    proposal_id = EXCLUDED.proposal_id, source_kind = EXCLUDED.source_kind, department = EXCLUDED.department, role = EXCLUDED.role,
                    status = EXCLUDED.status, due_on = EXCLUDED.due_on, assigned_on = EXCLUDED.assigned_on,
                    first_replied_on = EXCLUDED.first_replied_on, first_reply_late = EXCLUDED.first_reply_late,
                    outcome = EXCLUDED.outcome, return_requests = EXCLUDED.return_requests,
                    escalated = EXCLUDED.escalated, paused_on = EXCLUDED.paused_on, closed_at = EXCLUDED.closed_at,
                    doc = EXCLUDED.doc, version = EXCLUDED.version
                WHERE handling_view.version < EXCLUDED.version
                """,
                batch);
    }

    /**
     * The board's rows with the title of what they handle (a proposal's, or the report an instruction is about), oldest
     * due date first.
     */
    List<Row> board(ListHandlings q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (q.kind() != null) {
            where.add("h.source_kind = :kind");
            params.addValue("kind", q.kind());
        }
        if (q.department() != null) {
            where.add("h.department = :department");
            params.addValue("department", q.department());
        }
        if (q.status() != null) {
            where.add("h.status = :status");
            params.addValue("status", q.status());
        }
        if (!q.includeEnded()) {
            where.add("h.status NOT IN ('CLOSED', 'RETURNED')");
        }
        params.addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        return jdbc.sql("SELECT h.doc::text AS doc, coalesce(p.title, r.title, s.subject) AS title, p.number AS number"
                        + " FROM handling_view h"
                        + " LEFT JOIN proposal_view p ON h.source_kind = 'PROPOSAL' AND p.proposal_id = h.proposal_id"
                        + " LEFT JOIN handling_report r ON h.source_kind = 'INSTRUCTION' AND r.report_id = h.proposal_id"
                        + " LEFT JOIN supervision_view s ON h.source_kind = 'RECTIFICATION'"
                        + " AND s.supervision_id = h.proposal_id"
                        + " WHERE "
                        + String.join(" AND ", where)
                        + " ORDER BY h.due_on ASC NULLS LAST, h.assigned_on ASC, h.handling_id"
                        + " LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query((rs, i) -> new Row(
                        ViewJson.read(rs.getString("doc"), HandlingView.class),
                        rs.getString("title"),
                        rs.getString("number")))
                .list();
    }

    long count(ListHandlings q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (q.kind() != null) {
            where.add("source_kind = :kind");
            params.addValue("kind", q.kind());
        }
        if (q.department() != null) {
            where.add("department = :department");
            params.addValue("department", q.department());
        }
        if (q.status() != null) {
            where.add("status = :status");
            params.addValue("status", q.status());
        }
        if (!q.includeEnded()) {
            where.add("status NOT IN ('CLOSED', 'RETURNED')");
        }
        return jdbc.sql("SELECT count(*) FROM handling_view WHERE " + String.join(" AND ", where))
                .paramSource(params)
                .query(Long.class)
                .single();
    }

    Optional<String> proposalTitle(String proposalId) {
        return jdbc.sql("SELECT title FROM proposal_view WHERE proposal_id = :id")
                .param("id", proposalId)
                .query(String.class)
                .optional();
    }

    /**
     * The title of what a handling is about: its proposal's, the report its instruction is about, or the subject of
     * the supervision entry it rectifies for.
     */
    Optional<String> sourceTitle(HandlingView view) {
        if ("RECTIFICATION".equals(view.kind())) {
            return jdbc.sql("SELECT subject FROM supervision_view WHERE supervision_id = :id")
                    .param("id", view.proposalId())
                    .query(String.class)
                    .optional();
        }
        return "INSTRUCTION".equals(view.kind())
                ? jdbc.sql("SELECT title FROM handling_report WHERE report_id = :id")
                        .param("id", view.proposalId())
                        .query(String.class)
                        .optional()
                : proposalTitle(view.proposalId());
    }

    /** The report and the instruction a handling of kind INSTRUCTION is about, once both are folded in. */
    Optional<InstructionSource> instructionSource(String handlingId) {
        return jdbc.sql(
                        """
                        SELECT r.report_id, r.title, r.content, r.author, i.leader, i.instruction, i.recorded_at
                        FROM handling_instruction i JOIN handling_report r ON r.report_id = i.report_id
                        WHERE i.handling_id = :id""")
                .param("id", handlingId)
                .query((rs, n) -> new InstructionSource(
                        rs.getString("report_id"),
                        rs.getString("title"),
                        rs.getString("content"),
                        rs.getString("author"),
                        rs.getString("leader"),
                        rs.getString("instruction"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    void saveReport(String reportId, String title, String content, String author) {
        jdbc.sql(
                        """
                        INSERT INTO handling_report (report_id, title, content, author)
                        VALUES (:id, :title, :content, :author) ON CONFLICT (report_id) DO NOTHING""")
                .param("id", reportId)
                .param("title", title)
                .param("content", content)
                .param("author", author)
                .update();
    }

    void saveInstruction(String handlingId, String reportId, String leader, String instruction, Instant recordedAt) {
        jdbc.sql(
                        """
                        INSERT INTO handling_instruction (handling_id, report_id, leader, instruction, recorded_at)
                        VALUES (:id, :report, :leader, :instruction, :at) ON CONFLICT (handling_id) DO NOTHING""")
                .param("id", handlingId)
                .param("report", reportId)
                .param("leader", leader)
                .param("instruction", instruction)
                .param("at", Timestamp.from(recordedAt))
                .update();
    }

    void clear() {
        jdbc.sql("TRUNCATE handling_view, handling_report, handling_instruction")
                .update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    record Row(HandlingView view, String proposalTitle, String proposalNumber) {}
}
