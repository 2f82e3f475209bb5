package org.tongxin.projections.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The yearly table from {@code handling_view}; reads only, so it has no processing group of its own. */
@Component
class HandlingTableQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    HandlingTableQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    HandlingTable handle(ComputeHandlingTable q) {
        LocalDate first = LocalDate.of(q.year(), 1, 1);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(first))
                .addValue("to", Date.valueOf(first.plusYears(1)))
                .addValue("today", Date.valueOf(LocalDate.now(clock)));
        String where = "";
        if (q.department() != null && !q.department().isBlank()) {
            where += " AND h.department = :department";
            params.addValue("department", q.department());
        }
        if (q.kind() != null && !q.kind().isBlank()) {
            where += " AND h.source_kind = :kind";
            params.addValue("kind", q.kind());
        }
        // the latest evaluation of each handling, on the handling work (the office's 满意度 is of the work done)
        List<HandlingTableRow> rows = jdbc.sql(
                        """
                        SELECT h.department,
                          count(*) AS total,
                          count(*) FILTER (WHERE h.role <> 'CO') AS answering,
                          count(*) FILTER (WHERE h.role = 'CO') AS co,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.first_replied_on IS NOT NULL) AS replied,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.first_replied_on IS NULL) AS in_progress,
                          count(*) FILTER (WHERE h.role <> 'CO' AND (h.first_reply_late
                                           OR (h.first_replied_on IS NULL AND h.due_on < :today))) AS overdue,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.outcome = 'A') AS a,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.outcome = 'B') AS b,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.outcome = 'C') AS c,
                          count(*) FILTER (WHERE h.role <> 'CO' AND h.outcome = 'D') AS d,
                          count(*) FILTER (WHERE h.role <> 'CO' AND e.work = 'SATISFIED') AS satisfied,
                          count(*) FILTER (WHERE h.role <> 'CO' AND e.work = 'BASICALLY_SATISFIED') AS basically,
                          count(*) FILTER (WHERE h.role <> 'CO' AND e.work = 'UNSATISFIED') AS unsatisfied
                        FROM handling_view h
                        LEFT JOIN LATERAL (
                          SELECT v->>'handlingWork' AS work FROM jsonb_array_elements(h.doc->'evaluations') v
                           ORDER BY (v->>'evaluatedAt')::timestamptz DESC LIMIT 1) e ON TRUE
                        WHERE h.assigned_on >= :from AND h.assigned_on < :to AND h.status <> 'RETURNED'"""
                                + where + " GROUP BY h.department ORDER BY h.department")
                .paramSource(params)
                .query((rs, i) -> new HandlingTableRow(
                        rs.getString("department"),
                        rs.getLong("total"),
                        rs.getLong("answering"),
                        rs.getLong("co"),
                        rs.getLong("replied"),
                        rs.getLong("in_progress"),
                        rs.getLong("overdue"),
                        rs.getLong("a"),
                        rs.getLong("b"),
                        rs.getLong("c"),
                        rs.getLong("d"),
                        rs.getLong("satisfied"),
                        rs.getLong("basically"),
                        rs.getLong("unsatisfied")))
                .list();
        return new HandlingTable(q.year(), rows, HandlingTableRow.totalOf(rows));
    }
}
