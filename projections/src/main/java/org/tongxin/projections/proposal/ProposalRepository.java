package org.tongxin.projections.proposal;

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
import org.tongxin.projections.support.ViewJson;

/**
 * One row per proposal: the whole view as a JSONB document, and the columns lists filter and sort on. A write keeps
 * a stored row whose version is not older, so redelivery and replay leave it as it is.
 */
@Repository
class ProposalRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ProposalRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<ProposalView> find(String proposalId) {
        return find(proposalId, null);
    }

    Optional<ProposalView> find(String proposalId, String department) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", proposalId);
        String scope = "";
        if (department != null) {
            scope = " AND doc->'handlings' @> CAST(:department AS jsonb)";
            params.addValue("department", ViewJson.write(List.of(new DepartmentRef(department))));
        }
        return jdbc.sql("SELECT doc::text FROM proposal_view WHERE proposal_id = :id" + scope)
                .paramSource(params)
                .query(String.class)
                .optional()
                .map(json -> ViewJson.read(json, ProposalView.class));
    }

    void saveAll(Collection<ProposalView> views) {
        SqlParameterSource[] batch = views.stream()
                .map(v -> new MapSqlParameterSource()
                        .addValue("id", v.proposalId())
                        .addValue("title", v.title())
                        .addValue("status", v.status())
                        .addValue("kind", v.kind())
                        .addValue("lead", v.leadProposer())
                        .addValue("category", v.category())
                        .addValue("key", v.keyProposal())
                        .addValue("mode", v.mode())
                        .addValue("number", v.number())
                        .addValue("drafted", Timestamp.from(v.draftedAt()))
                        .addValue("doc", ViewJson.write(v))
                        .addValue("version", v.version()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                """
                INSERT INTO proposal_view (proposal_id, title, status, kind, lead_proposer, category, key_proposal,
                                           mode, drafted_at, doc, version, number)
                VALUES (:id, :title, :status, :kind, :lead, :category, :key, :mode, :drafted, CAST(:doc AS jsonb),
                        :version, :number)
                ON CONFLICT (proposal_id) DO UPDATE SET
                    title = EXCLUDED.title, status = EXCLUDED.status, kind = EXCLUDED.kind,
                    lead_proposer = EXCLUDED.lead_proposer, category = EXCLUDED.category,
                    key_proposal = EXCLUDED.key_proposal, mode = EXCLUDED.mode, drafted_at = EXCLUDED.drafted_at,
                    doc = EXCLUDED.doc, version = EXCLUDED.version, number = EXCLUDED.number
                WHERE proposal_view.version < EXCLUDED.version
                """,
                batch);
    }

    ProposalPage list(ListProposals q) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (q.status() != null) {
            where.add("status = :status");
            params.addValue("status", q.status());
        }
        if (q.category() != null) {
            where.add("category = :category");
            params.addValue("category", q.category());
        }
        if (q.member() != null) {
            where.add("(lead_proposer = :member OR doc->'coSigners' @> CAST(:signer AS jsonb))");
            params.addValue("member", q.member());
            params.addValue("signer", ViewJson.write(List.of(new MemberRef(q.member()))));
        }
        if (q.department() != null) {
            where.add("doc->'handlings' @> CAST(:department AS jsonb)");
            params.addValue("department", ViewJson.write(List.of(new DepartmentRef(q.department()))));
        }
        if (q.keyProposal() != null) {
            where.add("key_proposal = :key");
            params.addValue("key", q.keyProposal());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.add("(title ILIKE :q ESCAPE '\\' OR number = :number)");
            params.addValue("q", "%" + likeEscape(q.q().strip()) + "%");
            params.addValue("number", org.tongxin.projections.caselabel.CaseNumbers.proposal(q.q()));
        }
        String condition = " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM proposal_view" + condition)
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", q.size()).addValue("offset", (long) q.page() * q.size());
        // lists leave the full text out; GET /api/proposals/{id} has it
        List<ProposalView> items = jdbc
                .sql("SELECT (doc - 'content')::text FROM proposal_view" + condition
                        + " ORDER BY drafted_at DESC, proposal_id LIMIT :limit OFFSET :offset")
                .paramSource(params)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, ProposalView.class))
                .toList();
        return new ProposalPage(items, total, q.page(), q.size());
    }

    List<ProposalView> keyProposals(ListKeyProposals q) {
        return jdbc
                .sql(
                        """
                        SELECT (doc - 'content')::text FROM proposal_view
                        WHERE key_proposal AND (CAST(:leader AS text) IS NULL OR doc->>'supervisingLeader' = :leader)
                        ORDER BY (status = 'ASSIGNED') DESC, drafted_at DESC, proposal_id LIMIT :limit
                        """)
                .param("leader", q.supervisingLeader())
                .param("limit", ListKeyProposals.MAX)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, ProposalView.class))
                .toList();
    }

    List<ProposalView> mergedInto(ListMergedInto q) {
        return jdbc
                .sql(
                        """
                        SELECT (doc - 'content')::text FROM proposal_view WHERE doc->>'mergedInto' = :id
                        ORDER BY drafted_at, proposal_id LIMIT :limit
                        """)
                .param("id", q.proposalId())
                .param("limit", ListMergedInto.MAX)
                .query(String.class)
                .list()
                .stream()
                .map(json -> ViewJson.read(json, ProposalView.class))
                .toList();
    }

    void clear() {
        jdbc.sql("TRUNCATE proposal_view").update();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The shape of a co-signer entry a containment query looks for. */
    record MemberRef(String userId) {}

    /** The shape of a handling entry a department's containment query looks for. */
    record DepartmentRef(String department) {}
}
