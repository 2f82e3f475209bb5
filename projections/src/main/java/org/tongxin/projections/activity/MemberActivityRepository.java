package org.tongxin.projections.activity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.projections.support.ViewJson;

/**
 * The fold's state per aggregate and the activities it yields. A write keeps a stored source whose version is not
 * older, and replaces the source's activities only when it wrote the source, so redelivery and replay leave both as
 * they are.
 */
@Repository
class MemberActivityRepository {

    private static final String SELECT =
            """
            SELECT a.member, a.kind, a.activity_key, a.subject_id, COALESCE(a.title, s.title) AS title, a.level,
                   a.outcome, a.department, a.on_date, a.link
            FROM member_activity a LEFT JOIN member_activity_source s ON s.source_id = a.subject_id
            """;

    private final JdbcClient jdbc;

    MemberActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ActivitySource> find(String sourceId) {
        return jdbc.sql("SELECT doc::text FROM member_activity_source WHERE source_id = :id")
                .param("id", sourceId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, ActivitySource.class));
    }

    void saveAll(Collection<ActivitySource> sources) {
        for (ActivitySource s : sources) {
            int written = jdbc.sql(
                            """
                            INSERT INTO member_activity_source (source_id, type, title, doc, version)
                            VALUES (:id, :type, :title, CAST(:doc AS jsonb), :version)
                            ON CONFLICT (source_id) DO UPDATE SET
                                type = EXCLUDED.type, title = EXCLUDED.title, doc = EXCLUDED.doc,
                                version = EXCLUDED.version
                            WHERE member_activity_source.version < EXCLUDED.version
                            """)
                    .param("id", s.sourceId())
                    .param("type", s.type())
                    .param("title", s.title())
                    .param("doc", ViewJson.write(s))
                    .param("version", s.version())
                    .update();
            if (written == 0) {
                continue;
            }
            jdbc.sql("DELETE FROM member_activity WHERE source_id = :id")
                    .param("id", s.sourceId())
                    .update();
            for (MemberActivity a : s.activities()) {
                jdbc.sql(
                                """
                                INSERT INTO member_activity (source_id, member, kind, activity_key, category, year,
                                    on_date, subject_id, title, level, outcome, department, link)
                                VALUES (:source, :member, :kind, :key, :category, :year, :on, :subject, :title, :level,
                                    :outcome, :department, :link)
                                """)
                        .param("source", s.sourceId())
                        .param("member", a.member())
                        .param("kind", a.kind().name())
                        .param("key", a.key())
                        .param("category", a.category().name())
                        .param("year", a.year())
                        .param("on", Date.valueOf(a.on()))
                        .param("subject", a.subjectId())
                        .param("title", a.title())
                        .param("level", a.level())
                        .param("outcome", a.outcome())
                        .param("department", a.department())
                        .param("link", a.link())
                        .update();
            }
        }
    }

    List<MemberActivity> of(String member, int year) {
        return jdbc.sql(SELECT + " WHERE a.member = :m AND a.year = :y ORDER BY a.on_date, a.kind, a.activity_key")
                .param("m", member)
                .param("y", year)
                .query(MemberActivityRepository::activity)
                .list();
    }

    List<MemberActivity> ofYear(int year) {
        return jdbc.sql(SELECT + " WHERE a.year = :y ORDER BY a.member, a.on_date, a.kind, a.activity_key")
                .param("y", year)
                .query(MemberActivityRepository::activity)
                .list();
    }

    List<Integer> years(String member) {
        return jdbc.sql("SELECT DISTINCT year FROM member_activity WHERE member = :m ORDER BY year DESC")
                .param("m", member)
                .query(Integer.class)
                .list();
    }

    void clear() {
        jdbc.sql("DELETE FROM member_activity").update();
        jdbc.sql("DELETE FROM member_activity_source").update();
    }

    private static MemberActivity activity(ResultSet rs, int row) throws SQLException {
        return new MemberActivity(
                rs.getString("member"),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("activity_key"),
                rs.getString("subject_id"),
                rs.getString("title"),
                rs.getString("level"),
                rs.getString("outcome"),
                rs.getString("department"),
                rs.getDate("on_date").toLocalDate(),
                rs.getString("link"));
    }
}
