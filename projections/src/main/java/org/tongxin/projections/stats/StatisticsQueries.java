package org.tongxin.projections.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts from {@code handling_view} and {@code clue_view}; reads only, so it has no processing group of its own. */
@Component
class StatisticsQueries {

    private static final List<String> OUTCOMES = List.of("A", "B", "C", "D");
    private static final String SATISFIED = "('SATISFIED', 'BASICALLY_SATISFIED')";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int minSample;

    StatisticsQueries(JdbcClient jdbc, Clock clock, @Value("${tongxin.stats.min-sample:5}") int minSample) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.minSample = minSample;
    }

    @QueryHandler
    Statistics handle(ComputeStatistics q) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(q.from()))
                .addValue("to", Date.valueOf(q.to()))
                .addValue(
                        "fromTs",
                        Timestamp.from(q.from().atStartOfDay(clock.getZone()).toInstant()))
                .addValue(
                        "toTs",
                        Timestamp.from(q.to().atStartOfDay(clock.getZone()).toInstant()))
                .addValue("today", Date.valueOf(LocalDate.now(clock)));
        String department = "";
        if (q.department() != null && !q.department().isBlank()) {
            department = " AND h.department = :department";
            params.addValue("department", q.department());
        }
        if (q.kind() != null && !q.kind().isBlank()) {
            department += " AND h.source_kind = :kind";
            params.addValue("kind", q.kind());
        }
        Map<String, Counts> byDepartment = new TreeMap<>();
        jdbc.sql(
                        """
                        SELECT h.department,
                          count(*) FILTER (WHERE assigned_on >= :from AND assigned_on < :to) AS assigned,
                          coalesce(sum(return_requests) FILTER (WHERE assigned_on >= :from AND assigned_on < :to), 0)
                            AS returns,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to) AS replied,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND outcome IS NOT NULL) AS classified,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND NOT first_reply_late) AS on_time,
                          count(*) FILTER (WHERE status IN ('ASSIGNED', 'IN_PROGRESS', 'REHANDLING')
                                           AND due_on < :today) AS overdue,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND outcome = 'A') AS a,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND outcome = 'B') AS b,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND outcome = 'C') AS c,
                          count(*) FILTER (WHERE first_replied_on >= :from AND first_replied_on < :to
                                           AND outcome = 'D') AS d
                        FROM handling_view h WHERE TRUE"""
                                + department + " GROUP BY h.department")
                .paramSource(params)
                .query(rs -> {
                    Counts c = byDepartment.computeIfAbsent(rs.getString("department"), d -> new Counts());
                    c.assigned = rs.getLong("assigned");
                    c.returns = rs.getLong("returns");
                    c.replied = rs.getLong("replied");
                    c.classified = rs.getLong("classified");
                    c.onTime = rs.getLong("on_time");
                    c.overdue = rs.getLong("overdue");
                    c.outcomes = List.of(rs.getLong("a"), rs.getLong("b"), rs.getLong("c"), rs.getLong("d"));
                });
        jdbc.sql(
                        """
                        SELECT h.department, count(*) AS n,
                          count(*) FILTER (WHERE e->>'handlingWork' IN %s) AS work,
                          count(*) FILTER (WHERE e->>'result' IN %s) AS result
                        FROM handling_view h, jsonb_array_elements(h.doc->'evaluations') e
                        WHERE (e->>'evaluatedAt')::timestamptz >= :fromTs AND (e->>'evaluatedAt')::timestamptz < :toTs"""
                                        .formatted(SATISFIED, SATISFIED)
                                + department + " GROUP BY h.department")
                .paramSource(params)
                .query(rs -> {
                    Counts c = byDepartment.computeIfAbsent(rs.getString("department"), d -> new Counts());
                    c.evaluations = rs.getLong("n");
                    c.work = rs.getLong("work");
                    c.result = rs.getLong("result");
                });
        List<DepartmentStatistics> departments = rank(byDepartment);
        ClueFunnel funnel = jdbc.sql(
                        """
                        SELECT count(*) AS registered, count(classified_at) AS classified,
                          count(target_kind) AS converted, count(*) FILTER (WHERE feedback_count > 0) AS fed_back
                        FROM clue_view WHERE registered_at >= :fromTs AND registered_at < :toTs""")
                .paramSource(params)
                .query((rs, i) -> {
                    long registered = rs.getLong("registered");
                    return new ClueFunnel(
                            registered,
                            Rate.of(rs.getLong("classified"), registered),
                            Rate.of(rs.getLong("converted"), registered),
                            Rate.of(rs.getLong("fed_back"), registered));
                })
                .single();
        KeyProposalVotes votes = jdbc.sql(
                        """
                        SELECT count(*) AS voted,
                          count(*) FILTER (WHERE doc->'vote'->>'result' = 'SATISFIED') AS satisfied,
                          count(*) FILTER (WHERE doc->'vote'->>'result' = 'BASICALLY_SATISFIED') AS basically,
                          count(*) FILTER (WHERE doc->'vote'->>'result' = 'UNSATISFIED') AS unsatisfied
                        FROM proposal_view
                        WHERE key_proposal AND jsonb_typeof(doc->'vote') = 'object'
                          AND CAST(doc->'vote'->>'recordedAt' AS timestamptz) >= :fromTs
                          AND CAST(doc->'vote'->>'recordedAt' AS timestamptz) < :toTs""")
                .paramSource(params)
                .query((rs, i) -> new KeyProposalVotes(
                        rs.getLong("voted"),
                        rs.getLong("satisfied"),
                        rs.getLong("basically"),
                        rs.getLong("unsatisfied"),
                        Rate.of(rs.getLong("satisfied") + rs.getLong("basically"), rs.getLong("voted"))))
                .single();
        return new Statistics(q.from(), q.to(), minSample, departments, funnel, votes);
    }

    /** Ranked by on-time rate among departments with at least the minimum sample of replies; the rest unranked. */
    private List<DepartmentStatistics> rank(Map<String, Counts> byDepartment) {
        List<Map.Entry<String, Counts>> rankable = byDepartment.entrySet().stream()
                .filter(e -> e.getValue().replied >= minSample)
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, Counts> e) -> -(double) e.getValue().onTime / e.getValue().replied)
                        .thenComparing(Map.Entry::getKey))
                .toList();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < rankable.size(); i++) {
            ranks.put(rankable.get(i).getKey(), i + 1);
        }
        List<DepartmentStatistics> result = new ArrayList<>();
        byDepartment.forEach((department, c) -> {
            Map<String, Rate> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < OUTCOMES.size(); i++) {
                // Out of the replies with an outcome class: a kind replying with measures has none.
                outcomes.put(OUTCOMES.get(i), Rate.of(c.outcomes.get(i), c.classified));
            }
            result.add(new DepartmentStatistics(
                    department,
                    ranks.get(department),
                    c.assigned,
                    c.replied,
                    Rate.of(c.onTime, c.replied),
                    c.overdue,
                    outcomes,
                    Rate.of(c.work, c.evaluations),
                    Rate.of(c.result, c.evaluations),
                    c.returns));
        });
        result.sort(Comparator.comparing((DepartmentStatistics d) -> d.rank() == null ? Integer.MAX_VALUE : d.rank())
                .thenComparing(DepartmentStatistics::department));
        return result;
    }

    private static final class Counts {
        long assigned;
        long returns;
        long replied;
        long classified;
        long onTime;
        long overdue;
        List<Long> outcomes = List.of(0L, 0L, 0L, 0L);
        long evaluations;
        long work;
        long result;
    }
}
