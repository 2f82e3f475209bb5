package org.tongxin.infra.clues;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.personaldata.Retention;

/** A clue's submitter is kept until the retention period after the clue closed; the nightly {@link Retention} erases. */
@Component
class RetentionErasure implements Retention.Expiring<String> {

    private final SubmitterErasure erasure;
    private final JdbcClient jdbc;

    RetentionErasure(SubmitterErasure erasure, JdbcClient jdbc) {
        this.erasure = erasure;
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "submitters";
    }

    @Override
    public String reason(long years) {
        return "保存期限届满（办结后" + years + "年）";
    }

    @Override
    public List<String> endedBefore(Instant cutoff) {
        return jdbc.sql(
                        """
                        SELECT clue_id FROM clue_view
                         WHERE closed_at < :cutoff AND NOT submitter_erased
                           AND (submitter_name IS NOT NULL OR submitter_phone IS NOT NULL)
                         ORDER BY closed_at
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list();
    }

    @Override
    public void erase(String clueId, String reason) {
        erasure.erase(clueId, reason, ActorRef.system());
    }
}
