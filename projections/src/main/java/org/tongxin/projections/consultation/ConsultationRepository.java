package org.tongxin.projections.consultation;

import java.sql.Date;
import java.sql.Timestamp;
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
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicStatus;
import org.tongxin.projections.support.ViewJson;

/**
 * One row per topic: the whole view as a JSONB document and the columns lists filter and sort on. A write keeps a
 * stored row whose version is not older, so redelivery and replay leave it as it is. Reading a topic joins each
 * suggestion's handling (status, due date) from {@code handling_view}.
 */
@Repository
class ConsultationRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ConsultationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<TopicView> find(String topicId) {
        return jdbc.sql("SELECT doc::text FROM consultation_view WHERE topic_id = :id")
                .param("id", topicId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, TopicView.class));
    }

    void saveAll(Collection<TopicView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.topicId())
                        .addValue("title", v.title())
                        .addValue("kind", v.kind())
                        .addValue("status", v.status())
                        .addValue("district", v.district())
                        .addValue("street", v.street())
                        .addValue("created", Timestamp.from(v.createdAt()))
                        .addValue("meeting", v.meetingOn() == null ? null : Date.valueOf(v.meetingOn()))
                        .addValue("held", v.heldOn() == null ? null : Date.valueOf(v.heldOn()))
                        .addValue("online", v.onlineOpen())
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO consultation_view (topic_id, title, kind, status, district, street, created_at, meeting_on,
                                               held_on, online_open, doc, version)
                VALUES (:id, :title, :kind, :status, :district, :street, :created, :meeting, :held, :online,
                        CAST(:doc AS jsonb), :version)
                ON CONFLICT (topic_id) DO UPDATE SET
                    title = EXCLUDED.title, kind = EXCLUDED.kind, status = EXCLUDED.status,
                    district = EXCLUDED.district, street = EXCLUDED.street, created_at = EXCLUDED.created_at,
                    meeting_on = EXCLUDED.meeting_on, held_on = EXCLUDED.held_on,
                    online_open = EXCLUDED.online_open, doc = EXCLUDED.doc, version = EXCLUDED.version
                WHERE consultation_view.version < EXCLUDED.version
                """,
                batch);
    }

    /** The topic with each department's handling status and due date as of {@code today}. */
    TopicView withHandlings(TopicView view, LocalDate today) {
        List<String> ids = view.suggestions().stream()
                .flatMap(s -> s.answers().stream().map(AnswerView::handlingId))
                .toList();
        if (ids.isEmpty()) {
            return view;
        }
        Map<String, Object[]> handlings = new HashMap<>();
        jdbc.sql("SELECT handling_id, status, due_on FROM handling_view WHERE handling_id IN (:ids)")
                .param("ids", ids)
                .query((rs, i) -> handlings.put(rs.getString("handling_id"), new Object[] {
                    rs.getString("status"),
                    rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate()
                }))
                .list();
        return view.withSuggestions(view.suggestions().stream()
                .map(s -> s.withAnswers(s.answers().stream()
                        .map(a -> {
                            Object[] h = handlings.get(a.handlingId());
                            return h == null ? a : a.withHandling((String) h[0], (LocalDate) h[1], today);
                        })
                        .toList()))
                .toList());
    }

    TopicPage list(ListTopics q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (q.kind() != null) {
            where.add("kind = :kind");
            params.addValue("kind", q.kind());
        }
        if (q.status() != null) {
            where.add("status = :status");
            params.addValue("status", q.status());
        }
        if (q.street() != null && !q.street().isBlank()) {
            where.add("street = :street");
            params.addValue("street", q.street().strip());
        }
        if (q.from() != null) {
            where.add("COALESCE(meeting_on, CAST(created_at AT TIME ZONE 'Asia/Shanghai' AS date)) >= :from");
            params.addValue("from", Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            where.add("COALESCE(meeting_on, CAST(created_at AT TIME ZONE 'Asia/Shanghai' AS date)) <= :to");
            params.addValue("to", Date.valueOf(q.to()));
        }
        if (q.member() != null) {
            where.add("(doc->'leadMembers' @> CAST(:member AS jsonb)"
                    + " OR doc->'invited'->'members' @> CAST(:member AS jsonb)"
                    + " OR doc->'attended'->'members' @> CAST(:member AS jsonb))");
            params.addValue("member", ViewJson.write(List.of(q.member())));
        }
        String condition = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM consultation_view" + condition)
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        List<TopicView> items = jdbc
                .sql("SELECT doc::text FROM consultation_view" + condition
                        + " ORDER BY created_at DESC, topic_id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, TopicView.class))
                .toList();
        return new TopicPage(items, total, q.page(), q.size());
    }

    List<TopicView> upcoming(LocalDate from, int limit) {
        return views(
                "SELECT doc::text FROM consultation_view WHERE status = :status AND meeting_on >= :from"
                        + " ORDER BY meeting_on, topic_id LIMIT :limit",
                new MapSqlParameterSource()
                        .addValue("status", TopicStatus.MEETING_SCHEDULED.name())
                        .addValue("from", Date.valueOf(from))
                        .addValue("limit", limit));
    }

    PublicTopics publicTopics(int limit) {
        List<TopicView> open = views(
                "SELECT doc::text FROM consultation_view WHERE online_open ORDER BY meeting_on, topic_id LIMIT :limit",
                new MapSqlParameterSource("limit", limit));
        List<TopicView> concluded = views(
                "SELECT doc::text FROM consultation_view WHERE status = :status"
                        + " ORDER BY held_on DESC NULLS LAST, topic_id LIMIT :limit",
                new MapSqlParameterSource("status", TopicStatus.CONCLUDED.name()).addValue("limit", limit));
        return new PublicTopics(open, concluded);
    }

    List<TopicView> ofClue(String clueId) {
        return views(
                "SELECT doc::text FROM consultation_view WHERE doc->'sourceClues' @> CAST(:clue AS jsonb)"
                        + " ORDER BY created_at",
                new MapSqlParameterSource("clue", ViewJson.write(List.of(clueId))));
    }

    List<ConsultationStatistics.MeetingRow> meetings(LocalDate from, LocalDate to) {
        return jdbc.sql(
                        """
                        SELECT COALESCE(street, '') AS street, kind, count(*) AS meetings,
                               COALESCE(sum(CAST(doc->'attended'->>'headcount' AS integer)), 0) AS participants
                        FROM consultation_view
                        WHERE held_on >= :from AND held_on < :to
                        GROUP BY 1, 2 ORDER BY 1, 2""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, i) -> new ConsultationStatistics.MeetingRow(
                        rs.getString("street").isEmpty() ? null : rs.getString("street"),
                        TopicKind.valueOf(rs.getString("kind")).name(),
                        rs.getLong("meetings"),
                        rs.getLong("participants")))
                .list();
    }

    /** Per department: suggestions transferred in the period, answers, and answers taking the suggestion up. */
    List<long[]> departmentCounts(LocalDate from, LocalDate to, List<String> departmentsOut) {
        return jdbc.sql(
                        """
                        SELECT a->>'department' AS department, count(*) AS suggestions,
                               count(a->>'adoption') AS answered,
                               count(*) FILTER (WHERE a->>'adoption' IN ('ADOPTED', 'PARTLY_ADOPTED', 'ALREADY_DONE'))
                                   AS taken_up
                        FROM consultation_view v,
                             jsonb_array_elements(v.doc->'suggestions') s,
                             jsonb_array_elements(s->'answers') a
                        WHERE CAST(v.doc->>'transferredOn' AS date) >= :from
                          AND CAST(v.doc->>'transferredOn' AS date) < :to
                        GROUP BY 1 ORDER BY 1""")
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, i) -> {
                    departmentsOut.add(rs.getString("department"));
                    return new long[] {rs.getLong("suggestions"), rs.getLong("answered"), rs.getLong("taken_up")};
                })
                .list();
    }

    MemberConsultations member(String memberId) {
        String member = ViewJson.write(List.of(memberId));
        return jdbc.sql(
                        """
                        SELECT count(*) FILTER (WHERE doc->'leadMembers' @> CAST(:m AS jsonb)) AS led,
                               count(*) FILTER (WHERE held_on IS NOT NULL
                                                  AND doc->'attended'->'members' @> CAST(:m AS jsonb)) AS attended,
                               COALESCE(sum(CAST(doc->>'adopted' AS integer))
                                        FILTER (WHERE doc->'leadMembers' @> CAST(:m AS jsonb)), 0) AS adopted
                        FROM consultation_view""")
                .param("m", member)
                .query((rs, i) ->
                        new MemberConsultations(rs.getLong("led"), rs.getLong("attended"), rs.getLong("adopted")))
                .single();
    }

    private List<TopicView> views(String sql, MapSqlParameterSource params) {
        return jdbc.sql(sql).paramSource(params).query(String.class).list().stream()
                .map(json -> ViewJson.read(json, TopicView.class))
                .toList();
    }

    void clear() {
        jdbc.sql("TRUNCATE consultation_view").update();
    }
}
