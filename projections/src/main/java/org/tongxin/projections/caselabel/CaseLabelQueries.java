package org.tongxin.projections.caselabel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.projections.caselabel.CaseLabel.Kind;

/** Reads the clue pool and proposal read models; has no processing group of its own. */
@Component
class CaseLabelQueries {

    private final JdbcClient jdbc;

    CaseLabelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<CaseLabel> handle(ListCaseLabels query) {
        if (query.ids().isEmpty()) {
            return List.of();
        }
        String[] ids = query.ids().toArray(String[]::new);
        List<CaseLabel> labels =
                new ArrayList<>(jdbc.sql("SELECT clue_id AS id, tracking_code AS number, title, status FROM clue_view"
                                + " WHERE clue_id = ANY(CAST(:ids AS text[]))")
                        .param("ids", ids)
                        .query((rs, row) -> label(rs, Kind.CLUE))
                        .list());
        labels.addAll(jdbc.sql("SELECT proposal_id AS id, number, title, status FROM proposal_view"
                        + " WHERE proposal_id = ANY(CAST(:ids AS text[]))")
                .param("ids", ids)
                .query((rs, row) -> label(rs, Kind.PROPOSAL))
                .list());
        return labels;
    }

    @QueryHandler
    List<CaseLabel> handle(SearchCases query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<CaseLabel> found = new ArrayList<>();
        if (query.kind() != Kind.PROPOSAL) {
            found.addAll(jdbc.sql("SELECT clue_id AS id, tracking_code AS number, title, status FROM clue_view"
                            + " WHERE tracking_code = :code OR clue_id = :q OR title ILIKE :like ESCAPE '\\'"
                            + " ORDER BY (tracking_code = :code) DESC, registered_at DESC LIMIT :limit")
                    .param("code", String.valueOf(CaseNumbers.clue(q)))
                    .param("q", q)
                    .param("like", like)
                    .param("limit", query.limit())
                    .query((rs, row) -> label(rs, Kind.CLUE))
                    .list());
        }
        if (query.kind() != Kind.CLUE) {
            found.addAll(jdbc.sql("SELECT proposal_id AS id, number, title, status FROM proposal_view"
                            + " WHERE number = :number OR proposal_id = :q OR title ILIKE :like ESCAPE '\\'"
                            + " ORDER BY (number = :number) DESC NULLS LAST, drafted_at DESC LIMIT :limit")
                    .param("number", String.valueOf(CaseNumbers.proposal(q)))
                    .param("q", q)
                    .param("like", like)
                    .param("limit", query.limit())
                    .query((rs, row) -> label(rs, Kind.PROPOSAL))
                    .list());
        }
        return found.size() > query.limit() ? found.subList(0, query.limit()) : found;
    }

    private static CaseLabel label(ResultSet rs, Kind kind) throws SQLException {
        return new CaseLabel(
                rs.getString("id"), kind, rs.getString("number"), rs.getString("title"), rs.getString("status"));
    }
}
