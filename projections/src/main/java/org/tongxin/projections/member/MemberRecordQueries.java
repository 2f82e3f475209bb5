package org.tongxin.projections.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.projections.member.MemberRecord.CoSignature;
import org.tongxin.projections.member.MemberRecord.EvaluationGiven;
import org.tongxin.projections.member.MemberRecord.Item;

/** Reads the clue pool, proposal and handling read models; has no processing group of its own. */
@Component
class MemberRecordQueries {

    private final JdbcClient jdbc;

    MemberRecordQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    MemberRecord handle(FindMemberRecord query) {
        String member = query.memberId();
        List<Item> raised = jdbc.sql("SELECT clue_id AS id, title, status, registered_at AS at, tracking_code AS number"
                        + " FROM clue_view WHERE member = :m ORDER BY registered_at, clue_id")
                .param("m", member)
                .query(MemberRecordQueries::item)
                .list();
        List<Item> adopted = jdbc.sql(
                        "SELECT clue_id AS id, title, status, registered_at AS at, tracking_code AS number"
                                + " FROM clue_view WHERE adopter = :m ORDER BY registered_at, clue_id")
                .param("m", member)
                .query(MemberRecordQueries::item)
                .list();
        List<Item> proposals = jdbc.sql("SELECT proposal_id AS id, title, status, drafted_at AS at, number"
                        + " FROM proposal_view WHERE lead_proposer = :m ORDER BY drafted_at, proposal_id")
                .param("m", member)
                .query(MemberRecordQueries::item)
                .list();
        List<CoSignature> coSignatures = jdbc.sql(
                        """
                        SELECT p.proposal_id, p.title, p.number, s->>'response' AS response, s->>'respondedAt' AS responded_at
                        FROM proposal_view p, jsonb_array_elements(p.doc->'coSigners') s
                        WHERE s->>'userId' = :m ORDER BY p.drafted_at, p.proposal_id""")
                .param("m", member)
                .query((rs, i) -> new CoSignature(
                        rs.getString("proposal_id"),
                        rs.getString("title"),
                        rs.getString("response"),
                        instant(rs.getString("responded_at")),
                        rs.getString("number")))
                .list();
        List<EvaluationGiven> evaluations = jdbc.sql(
                        """
                        SELECT h.handling_id, h.proposal_id, h.department, (e->>'round')::int AS round,
                               e->>'handlingWork' AS work, e->>'result' AS result, e->>'evaluatedAt' AS at,
                               p.title, p.number
                        FROM handling_view h CROSS JOIN jsonb_array_elements(h.doc->'evaluations') e
                        LEFT JOIN proposal_view p ON p.proposal_id = h.proposal_id
                        WHERE e->>'evaluator' = :m ORDER BY e->>'evaluatedAt', h.handling_id""")
                .param("m", member)
                .query((rs, i) -> new EvaluationGiven(
                        rs.getString("handling_id"),
                        rs.getString("proposal_id"),
                        rs.getString("department"),
                        rs.getInt("round"),
                        rs.getString("work"),
                        rs.getString("result"),
                        instant(rs.getString("at")),
                        rs.getString("title"),
                        rs.getString("number")))
                .list();
        return new MemberRecord(member, raised, adopted, proposals, coSignatures, evaluations);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("at");
        return new Item(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("status"),
                at == null ? null : at.toInstant(),
                rs.getString("number"));
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
