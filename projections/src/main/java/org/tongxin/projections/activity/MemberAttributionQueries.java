package org.tongxin.projections.activity;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the clue pool and the report views; has no processing group of its own. */
@Component
class MemberAttributionQueries {

    private final JdbcClient jdbc;

    MemberAttributionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<MemberAttribution> handle(ListMemberAttributions query) {
        return jdbc.sql(
                        """
                        SELECT member, sector, NULL AS workstation, count(*) AS n FROM clue_view
                        WHERE member IS NOT NULL AND sector IS NOT NULL GROUP BY member, sector
                        UNION ALL
                        SELECT member, NULL, workstation, count(*) FROM clue_view
                        WHERE member IS NOT NULL AND workstation IS NOT NULL GROUP BY member, workstation
                        UNION ALL
                        SELECT author, sector, NULL, count(*) FROM report_view
                        WHERE sector IS NOT NULL GROUP BY author, sector
                        ORDER BY 1, 4 DESC""")
                .query((rs, i) ->
                        new MemberAttribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
