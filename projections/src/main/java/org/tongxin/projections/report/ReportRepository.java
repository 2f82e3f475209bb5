package org.tongxin.projections.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.projections.support.ViewJson;

/**
 * One row per report and per bulletin issue: the view as a JSONB document and the columns lists filter on. A write
 * keeps a stored row whose version is not older, so redelivery and replay leave it as it is.
 */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ZoneId zone;

    ReportRepository(
            JdbcClient jdbc, NamedParameterJdbcTemplate named, @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.named = named;
        this.zone = zone;
    }

    Optional<ReportView> find(String reportId) {
        return jdbc.sql("SELECT doc::text FROM report_view WHERE report_id = :id")
                .param("id", reportId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, ReportView.class));
    }

    void saveAll(Collection<ReportView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.reportId())
                        .addValue("title", v.title())
                        .addValue("status", v.status())
                        .addValue("author", v.author())
                        .addValue("sector", v.sector())
                        .addValue("level", v.level())
                        .addValue("bulletin", v.bulletinId())
                        .addValue("drafted", Timestamp.from(v.draftedAt()))
                        .addValue("decided", v.decidedAt() == null ? null : Timestamp.from(v.decidedAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO report_view (report_id, title, status, author, sector, level, bulletin_id, drafted_at,
                                         decided_at, doc, version)
                VALUES (:id, :title, :status, :author, :sector, :level, :bulletin, :drafted, :decided,
                        CAST(:doc AS jsonb), :version)
                ON CONFLICT (report_id) DO UPDATE SET
                    title = EXCLUDED.title, status = EXCLUDED.status, author = EXCLUDED.author,
                    sector = EXCLUDED.sector, level = EXCLUDED.level, bulletin_id = EXCLUDED.bulletin_id,
                    drafted_at = EXCLUDED.drafted_at, decided_at = EXCLUDED.decided_at, doc = EXCLUDED.doc,
                    version = EXCLUDED.version
                WHERE report_view.version < EXCLUDED.version
                """,
                batch);
    }

    ReportPage list(ListReports q) {
        ReportFilter f = q.filter();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (f.status() != null) {
            where.append(" AND status = :status");
            params.addValue("status", f.status());
        }
        if (f.adoptedOnly()) {
            where.append(" AND status = 'ADOPTED'");
        }
        if (f.awaitingBulletin()) {
            where.append(" AND status = 'ADOPTED' AND bulletin_id IS NULL AND doc->>'bulletinLabel' IS NULL");
        }
        if (f.level() != null) {
            where.append(" AND level = :level");
            params.addValue("level", f.level());
        }
        if (f.year() != null) {
            where.append(" AND drafted_at >= :from AND drafted_at < :to");
            params.addValue("from", Timestamp.from(yearStart(f.year())));
            params.addValue("to", Timestamp.from(yearStart(f.year() + 1)));
        }
        if (f.author() != null) {
            where.append(" AND (author = :author OR doc->'coAuthors' @> CAST(:authorJson AS jsonb))");
            params.addValue("author", f.author());
            params.addValue("authorJson", ViewJson.write(List.of(f.author())));
        }
        if (f.involving() != null) {
            where.append(" AND (author = :me OR doc->'coAuthors' @> CAST(:meJson AS jsonb))");
            params.addValue("me", f.involving());
            params.addValue("meJson", ViewJson.write(List.of(f.involving())));
        }
        if (f.department() != null) {
            where.append(" AND doc->'instructions' @> CAST(:deptJson AS jsonb)");
            params.addValue("deptJson", ViewJson.write(List.of(Map.of("departments", List.of(f.department())))));
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (title ILIKE :q ESCAPE '\\' OR doc->>'content' ILIKE :q ESCAPE '\\')");
            params.addValue(
                    "q",
                    "%"
                            + f.q().strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        long total = named.queryForObject("SELECT count(*) FROM report_view" + where, params, Long.class);
        params.addValue("limit", q.size());
        params.addValue("offset", (long) q.page() * q.size());
        List<ReportView> items = named.query(
                "SELECT doc::text FROM report_view" + where
                        + " ORDER BY drafted_at DESC, report_id LIMIT :limit OFFSET :offset",
                params,
                (rs, n) -> ViewJson.read(rs.getString(1), ReportView.class));
        return new ReportPage(items, total, q.page(), q.size());
    }

    List<ReportView> instructedBy(String leader, int limit) {
        return named.query(
                "SELECT doc::text FROM report_view WHERE doc->'instructions' @> CAST(:leaderJson AS jsonb)"
                        + " ORDER BY decided_at DESC NULLS LAST, drafted_at DESC, report_id LIMIT :limit",
                new MapSqlParameterSource()
                        .addValue("leaderJson", ViewJson.write(List.of(Map.of("leader", leader))))
                        .addValue("limit", limit),
                (rs, n) -> ViewJson.read(rs.getString(1), ReportView.class));
    }

    List<ReportView> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ReportView> byId = new HashMap<>();
        named.query(
                        "SELECT doc::text FROM report_view WHERE report_id IN (:ids)",
                        new MapSqlParameterSource("ids", ids),
                        (rs, n) -> ViewJson.read(rs.getString(1), ReportView.class))
                .forEach(v -> byId.put(v.reportId(), v));
        List<ReportView> ordered = new ArrayList<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        }
        return ordered;
    }

    Optional<BulletinView> findBulletin(String bulletinId) {
        return jdbc.sql("SELECT doc::text FROM bulletin_view WHERE bulletin_id = :id")
                .param("id", bulletinId)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, BulletinView.class));
    }

    void saveBulletins(Collection<BulletinView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.bulletinId())
                        .addValue("year", v.year())
                        .addValue("number", v.number())
                        .addValue("published", v.publishedAt() == null ? null : Timestamp.from(v.publishedAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO bulletin_view (bulletin_id, year, number, published_at, doc, version)
                VALUES (:id, :year, :number, :published, CAST(:doc AS jsonb), :version)
                ON CONFLICT (bulletin_id) DO UPDATE SET
                    published_at = EXCLUDED.published_at, doc = EXCLUDED.doc, version = EXCLUDED.version
                WHERE bulletin_view.version < EXCLUDED.version
                """,
                batch);
    }

    List<BulletinView> bulletins(ListBulletins q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (q.year() != null) {
            where.append(" AND year = :year");
            params.addValue("year", q.year());
        }
        if (q.publishedOnly()) {
            where.append(" AND published_at IS NOT NULL");
        }
        return named.query(
                "SELECT doc::text FROM bulletin_view" + where + " ORDER BY year DESC, number DESC",
                params,
                (rs, n) -> ViewJson.read(rs.getString(1), BulletinView.class));
    }

    int nextNumber(int year) {
        Integer max = jdbc.sql("SELECT max(number) FROM bulletin_view WHERE year = :year")
                .param("year", year)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return max == null ? 1 : max + 1;
    }

    /** Counted in Java from the documents: a committee writes hundreds of reports a year, not millions. */
    List<ReportCredit> credit(CountReportCredit q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "";
        if (q.member() != null) {
            where = " WHERE author = :member OR doc->'coAuthors' @> CAST(:memberJson AS jsonb)";
            params.addValue("member", q.member());
            params.addValue("memberJson", ViewJson.write(List.of(q.member())));
        }
        List<ReportView> reports = named.query(
                "SELECT doc::text FROM report_view" + where,
                params,
                (rs, n) -> ViewJson.read(rs.getString(1), ReportView.class));
        Map<String, Tally> tallies = new TreeMap<>();
        for (ReportView r : reports) {
            List<String> writers = new ArrayList<>();
            writers.add(r.author());
            writers.addAll(r.coAuthors());
            for (String writer : writers) {
                if (q.member() != null && !q.member().equals(writer)) {
                    continue;
                }
                if (r.submittedAt() != null) {
                    tally(tallies, writer, year(r.submittedAt()), r.sector()).written++;
                }
                if ("ADOPTED".equals(r.status()) && r.level() != null && r.decidedAt() != null) {
                    tally(tallies, writer, year(r.decidedAt()), r.sector())
                            .adopted
                            .merge(r.level(), 1, Integer::sum);
                }
                for (ReportView.Instruction i : r.instructions()) {
                    int year = i.instructedOn() != null ? i.instructedOn().getYear() : year(i.at());
                    String level = i.level() == null ? "UNSTATED" : i.level();
                    tally(tallies, writer, year, r.sector()).instructed.merge(level, 1, Integer::sum);
                }
            }
        }
        return tallies.values().stream()
                .filter(t -> q.year() == null || t.year == q.year())
                .map(t -> new ReportCredit(
                        t.member, t.year, t.sector, t.written, Map.copyOf(t.adopted), Map.copyOf(t.instructed)))
                .toList();
    }

    void clear() {
        jdbc.sql("TRUNCATE report_view, bulletin_view").update();
    }

    private int year(Instant at) {
        return LocalDate.ofInstant(at, zone).getYear();
    }

    private Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    private static Tally tally(Map<String, Tally> tallies, String member, int year, String sector) {
        Tally t = tallies.computeIfAbsent(member + "/" + year, k -> new Tally(member, year));
        if (t.sector == null && sector != null) {
            t.sector = sector;
        }
        return t;
    }

    private static final class Tally {
        final String member;
        final int year;
        String sector;
        int written;
        final Map<String, Integer> adopted = new LinkedHashMap<>();
        final Map<String, Integer> instructed = new LinkedHashMap<>();

        Tally(String member, int year) {
            this.member = member;
            this.year = year;
        }
    }
}
