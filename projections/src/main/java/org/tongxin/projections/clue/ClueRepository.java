package org.tongxin.projections.clue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.projections.similar.ChineseText;
import org.tongxin.projections.support.CappedCount;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.StatementBatch;
import org.tongxin.projections.support.ViewJson;

/**
 * Writes guard on the aggregate's sequence number: an event at or below the row's version was applied already, so
 * redelivery and replay leave the row as it is. They are held until the batch of events commits and then run as JDBC
 * batches ({@link StatementBatch}).
 */
@Repository
class ClueRepository {

    static final List<String> FACETS =
            List.of("status", "category", "source", "district", "street", "sector", "workstation");
    private static final int EXCERPT = 300;
    /** What a summary shows: every column but the content (read whole or as an excerpt) and the search keys. */
    private static final String SHOWN = "clue_id, tracking_code, title, source, district, street, sector, workstation,"
            + " member, category, status, route, decline_ground, redirected_to, merged_into, adopter, target_kind,"
            + " target_id, feedback_count, last_feedback, submitter_name, submitter_phone, registered_at,"
            + " classified_at, closed_at, version, submitter_erased";
    /** Which facet a row of the grouping sets counts: the one column grouped on, or none for the total. */
    private static final String FACET_NAME = "CASE "
            + FACETS.stream()
                    .map(f -> "WHEN GROUPING(" + f + ") = 0 THEN '" + f + "' ")
                    .reduce("", String::concat)
            + "ELSE 'total' END";

    /**
     * Facets of filters wider than the cap, kept for {@link #WIDE_FACETS_KEPT}. Past the cap a page shows no facet
     * counts and "1万+" for the total, and both stay true while more clues come in, yet finding them out read 10,001
     * rows on every view of the pool's first page or of a common one-character search (ADR 41): the values are what
     * the rows read happened to hold, the same kind of answer a short while later. A filter within the cap is counted
     * on every view, exactly, and never kept.
     */
    static final Duration WIDE_FACETS_KEPT = Duration.ofSeconds(30);

    private final Cache<WideFilter, Facets> wideFacets = Caffeine.newBuilder()
            .expireAfterWrite(WIDE_FACETS_KEPT)
            .maximumSize(1_000)
            .build();

    private final JdbcClient jdbc;
    /** The projection's writes, run together when the batch of events commits. */
    private final StatementBatch writes;

    ClueRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named, FailureIsolation isolation) {
        this.jdbc = jdbc;
        this.writes = new StatementBatch(CluePoolProjection.GROUP, "clue_view", named, isolation);
    }

    void insert(ClueRegistered e, String status, long sequence) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", e.clueId().value())
                .addValue("code", e.trackingCode())
                .addValue("title", e.title())
                .addValue("content", e.content())
                .addValue("source", e.source().name())
                .addValue("district", e.location() == null ? null : e.location().district())
                .addValue("street", e.location() == null ? null : e.location().street())
                .addValue(
                        "sector",
                        e.attribution() == null ? null : e.attribution().sector())
                .addValue(
                        "workstation",
                        e.attribution() == null ? null : e.attribution().workstation())
                .addValue(
                        "member",
                        e.attribution() == null ? null : e.attribution().member())
                .addValue("status", status)
                .addValue("name", e.submitter() == null ? null : e.submitter().name())
                .addValue("phone", e.submitter() == null ? null : e.submitter().phone())
                .addValue("at", Timestamp.from(e.registeredAt()))
                .addValue("version", sequence)
                .addValue(
                        "behalfKind",
                        e.onBehalf() == null ? null : e.onBehalf().kind().name())
                .addValue(
                        "behalfMember",
                        e.onBehalf() == null ? null : e.onBehalf().member())
                .addValue(
                        "enteredBy",
                        e.onBehalf() == null || e.registeredBy() == null
                                ? null
                                : e.registeredBy().userId())
                .addValue("hint", e.categoryHint())
                .addValue("erased", e.submitter() != null && e.submitter().erased())
                // the title and content only: a submitter's name or phone never becomes a key
                .addValue("keys", String.join("\u001f", ChineseText.substringKeys(e.title() + "\n" + e.content())));
        writes.add(
                e.clueId().value(),
                """
                INSERT INTO clue_view (clue_id, tracking_code, title, content, source, district, street,
                                       sector, workstation, member, status, submitter_name, submitter_phone,
                                       registered_at, version, on_behalf_kind, on_behalf_member, entered_by,
                                       category_hint, submitter_erased, search_keys)
                VALUES (:id, :code, :title, :content, :source, :district, :street,
                        :sector, :workstation, :member, :status, :name, :phone, :at, :version,
                        :behalfKind, :behalfMember, :enteredBy, :hint, :erased, string_to_array(:keys, chr(31)))
                ON CONFLICT (clue_id) DO NOTHING
                """,
                params);
    }

    Optional<ClueEntry> intake(String clueId) {
        return jdbc.sql(
                        """
                        SELECT source, on_behalf_kind, on_behalf_member, entered_by, category_hint, registered_at
                          FROM clue_view WHERE clue_id = :id
                        """)
                .param("id", clueId)
                .query((rs, i) -> new ClueEntry(
                        rs.getString("source"),
                        rs.getString("on_behalf_kind"),
                        rs.getString("on_behalf_member"),
                        rs.getString("entered_by"),
                        rs.getString("category_hint"),
                        instant(rs.getTimestamp("registered_at"))))
                .optional();
    }

    /**
     * Applies {@code assignments} (a SQL SET list with named parameters) when the event is newer than the row.
     * Assignments are written in this class only, never taken from input.
     */
    void update(String clueId, long sequence, String assignments, Map<String, ?> params) {
        MapSqlParameterSource source = new MapSqlParameterSource(params);
        source.addValue("id", clueId).addValue("version", sequence);
        writes.add(
                clueId,
                "UPDATE clue_view SET " + assignments
                        + ", version = :version WHERE clue_id = :id AND version < :version",
                source);
    }

    /** {@code key} is the clue whose event records the merge, whose other writes it follows. */
    void recordMerge(String key, String clueId, String mergedClueId) {
        writes.add(
                key,
                "INSERT INTO clue_merge (clue_id, merged_clue_id) VALUES (:c, :m) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("c", clueId).addValue("m", mergedClueId));
    }

    Optional<ClueSummary> find(String clueId, String department) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", clueId);
        return jdbc.sql("SELECT " + SHOWN + ", content FROM clue_view WHERE clue_id = :id"
                        + departmentScope(department, params))
                .paramSource(params)
                .query(ClueRepository::map)
                .optional();
    }

    /**
     * A department sees a clue once it became (part of) a proposal assigned to it: the proposal read model lists
     * its source clues and its handlings' departments.
     */
    private static String departmentScope(String department, MapSqlParameterSource params) {
        if (department == null) {
            return "";
        }
        params.addValue("scopeDepartment", ViewJson.write(List.of(Map.of("department", department))));
        return " AND EXISTS (SELECT 1 FROM proposal_view p WHERE p.doc->'sourceClues' @> to_jsonb(clue_view.clue_id)"
                + " AND p.doc->'handlings' @> CAST(:scopeDepartment AS jsonb))";
    }

    CluePage list(ListClues query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query.filter(), params) + departmentScope(query.department(), params);
        WideFilter filter = new WideFilter(where, new HashMap<>(params.getValues()));
        Facets facets = wideFacets.getIfPresent(filter);
        if (facets == null) {
            facets = facets(where, params);
            if (facets.capped()) {
                wideFacets.put(filter, facets);
            }
        }
        params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
        List<ClueSummary> items = jdbc.sql(
                        "SELECT " + SHOWN + ", left(content, " + EXCERPT + ") AS excerpt FROM clue_view" + where
                                + " ORDER BY " + query.sort().orderBy + " LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query((rs, i) -> map(rs, "excerpt"))
                .list();
        return new CluePage(
                items, CappedCount.total(facets.counted()), query.page(), query.size(), facets.copy(), facets.capped());
    }

    /**
     * The total and every facet of the filter in one pass over at most one row past the cap. Past the cap the counts
     * are dropped: counts over some of the matching clues would be wrong numbers, so the values stay, uncounted.
     */
    private Facets facets(String where, MapSqlParameterSource params) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        FACETS.forEach(facet -> facets.put(facet, new LinkedHashMap<>()));
        long[] counted = {0};
        // One pass counts every facet and the total (the empty grouping set), where one statement per facet read the
        // same rows eight times over; it reads at most one row past the cap, since a wide filter (the whole pool, a
        // one-character search) would otherwise read every matching row, a million of them, on each page view.
        jdbc.sql("SELECT facet, v, n FROM (SELECT facet, v, n, row_number() OVER (PARTITION BY facet"
                        + " ORDER BY n DESC, v) AS r FROM (SELECT " + FACET_NAME + " AS facet, COALESCE("
                        + String.join(", ", FACETS) + ") AS v, count(*) AS n FROM (SELECT "
                        + String.join(", ", FACETS) + " FROM clue_view" + where + " LIMIT " + (CappedCount.CAP + 1)
                        + ") matching GROUP BY GROUPING SETS ((" + String.join("), (", FACETS) + "), ())) counted"
                        + " WHERE v IS NOT NULL OR facet = 'total') ranked WHERE r <= 50 ORDER BY facet, r")
                .paramSource(params)
                .query(rs -> {
                    String facet = rs.getString("facet");
                    if (facet.equals("total")) {
                        counted[0] = rs.getLong("n");
                    } else {
                        facets.get(facet).put(rs.getString("v"), rs.getLong("n"));
                    }
                });
        if (CappedCount.capped(counted[0])) {
            facets.values().forEach(values -> values.replaceAll((value, n) -> null));
        }
        return new Facets(counted[0], facets);
    }

    /** A filter as the statements see it: its WHERE clause and the values bound to it. */
    private record WideFilter(String where, Map<String, Object> params) {}

    /** What the facet pass found: the rows it counted (one past the cap at most) and the values per facet. */
    private record Facets(long counted, Map<String, Map<String, Long>> values) {

        boolean capped() {
            return CappedCount.capped(counted);
        }

        /** A page's own copy: the kept result is shared by every page of a wide filter. */
        Map<String, Map<String, Long>> copy() {
            Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
            values.forEach((facet, counts) -> copy.put(facet, new LinkedHashMap<>(counts)));
            return copy;
        }
    }

    void clear() {
        jdbc.sql("TRUNCATE clue_view, clue_merge").update();
        wideFacets.invalidateAll();
    }

    private static String where(ClueFilter f, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("TRUE");
        equal(conditions, params, "status", f.status());
        equal(conditions, params, "category", f.category());
        equal(conditions, params, "source", f.source());
        equal(conditions, params, "district", f.district());
        equal(conditions, params, "street", f.street());
        equal(conditions, params, "sector", f.sector());
        equal(conditions, params, "workstation", f.workstation());
        if (f.member() != null) {
            conditions.add("(member = :member OR adopter = :member)");
            params.addValue("member", f.member());
        }
        if (f.registeredFrom() != null) {
            conditions.add("registered_at >= :from");
            params.addValue("from", Timestamp.from(f.registeredFrom()));
        }
        if (f.registeredTo() != null) {
            conditions.add("registered_at < :to");
            params.addValue("to", Timestamp.from(f.registeredTo()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip();
            String substring = "(title ILIKE :q ESCAPE '\\' OR content ILIKE :q ESCAPE '\\')";
            List<String> keys = ChineseText.substringQueryKeys(q);
            if (keys.isEmpty()) {
                // no letter or digit in it (punctuation only): nothing to look up, the text itself is checked
                conditions.add("(" + substring + " OR tracking_code = :code)");
            } else {
                // The GIN index on the search keys narrows to the clues having every key of the query (one- and
                // two-character queries included); the ILIKE keeps the exact substring semantics on those few.
                conditions.add("((search_keys @> string_to_array(:qkeys, chr(31)) AND " + substring
                        + ") OR tracking_code = :code)");
                params.addValue("qkeys", String.join("\u001f", keys));
            }
            params.addValue("q", "%" + likeEscape(q) + "%");
            params.addValue("code", String.valueOf(org.tongxin.projections.caselabel.CaseNumbers.clue(f.q())));
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static void equal(List<String> conditions, MapSqlParameterSource params, String column, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(column + " = :" + column);
            params.addValue(column, value);
        }
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ClueSummary map(ResultSet rs, int row) throws SQLException {
        return map(rs, "content");
    }

    private static ClueSummary map(ResultSet rs, String contentColumn) throws SQLException {
        return new ClueSummary(
                rs.getString("clue_id"),
                rs.getString("tracking_code"),
                rs.getString("title"),
                rs.getString(contentColumn),
                rs.getString("source"),
                rs.getString("district"),
                rs.getString("street"),
                rs.getString("sector"),
                rs.getString("workstation"),
                rs.getString("member"),
                rs.getString("category"),
                rs.getString("status"),
                rs.getString("route"),
                rs.getString("decline_ground"),
                rs.getString("redirected_to"),
                rs.getString("merged_into"),
                rs.getString("adopter"),
                rs.getString("target_kind"),
                rs.getString("target_id"),
                rs.getInt("feedback_count"),
                rs.getString("last_feedback"),
                rs.getString("submitter_name"),
                rs.getString("submitter_phone"),
                instant(rs.getTimestamp("registered_at")),
                instant(rs.getTimestamp("classified_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getLong("version"),
                rs.getBoolean("submitter_erased"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
