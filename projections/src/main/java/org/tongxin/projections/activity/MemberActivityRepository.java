package org.tongxin.projections.activity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate template;

    MemberActivityRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<ActivitySource> find(String sourceId) {
        return jdbc.sql("SELECT doc::text FROM member_activity_source WHERE source_id = :id")
                .param("id", sourceId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, ActivitySource.class));
    }

    /** The stored sources of {@code ids} in one statement, keyed by id; an id without a source is left out. */
    Map<String, ActivitySource> findAll(Collection<String> ids) {
        Map<String, ActivitySource> found = new HashMap<>();
        jdbc.sql("SELECT source_id, doc::text AS doc FROM member_activity_source WHERE source_id = ANY(:ids)")
                .param("ids", ids.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString("source_id"), ViewJson.read(rs.getString("doc"), ActivitySource.class));
                });
        return found;
    }

    /**
     * Writes the sources in one statement, keeping a stored source whose version is not older, then replaces the
     * activities of the sources it wrote: one delete and one JDBC batch, not three statements per source.
     */
    void saveAll(Collection<ActivitySource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        List<ActivitySource> list = List.copyOf(sources);
        List<String> written = jdbc.sql(
                        """
                        INSERT INTO member_activity_source (source_id, type, title, doc, version)
                        SELECT id, type, title, CAST(doc AS jsonb), version
                          FROM unnest(:ids, :types, :titles, :docs, :versions) AS s(id, type, title, doc, version)
                        ON CONFLICT (source_id) DO UPDATE SET
                            type = EXCLUDED.type, title = EXCLUDED.title, doc = EXCLUDED.doc,
                            version = EXCLUDED.version
                        WHERE member_activity_source.version < EXCLUDED.version
                        RETURNING source_id
                        """)
                .param("ids", list.stream().map(ActivitySource::sourceId).toArray(String[]::new))
                .param("types", list.stream().map(ActivitySource::type).toArray(String[]::new))
                .param("titles", list.stream().map(ActivitySource::title).toArray(String[]::new))
                .param("docs", list.stream().map(ViewJson::write).toArray(String[]::new))
                .param("versions", list.stream().map(ActivitySource::version).toArray(Long[]::new))
                .query(String.class)
                .list();
        if (written.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM member_activity WHERE source_id = ANY(:ids)")
                .param("ids", written.toArray(String[]::new))
                .update();
        Set<String> wrote = new HashSet<>(written);
        List<Object[]> rows = new ArrayList<>();
        for (ActivitySource s : list) {
            if (!wrote.contains(s.sourceId())) {
                continue;
            }
            for (MemberActivity a : s.activities()) {
                rows.add(new Object[] {
                    s.sourceId(),
                    a.member(),
                    a.kind().name(),
                    a.key(),
                    a.category().name(),
                    a.year(),
                    Date.valueOf(a.on()),
                    a.subjectId(),
                    a.title(),
                    a.level(),
                    a.outcome(),
                    a.department(),
                    a.link()
                });
            }
        }
        if (!rows.isEmpty()) {
            template.batchUpdate(
                    """
                    INSERT INTO member_activity (source_id, member, kind, activity_key, category, year,
                        on_date, subject_id, title, level, outcome, department, link)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    rows);
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
