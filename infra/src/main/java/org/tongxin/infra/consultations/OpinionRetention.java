package org.tongxin.infra.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.personaldata.Retention;

/**
 * The name and phone of an opinion given on a consultation topic are kept until the retention period after the topic's
 * result was recorded; the nightly {@link Retention} erases them. A topic's end is when its result was recorded: until
 * then the office may still need to reach the people whose opinions it lifted into suggestions.
 */
@Component
class OpinionRetention implements Retention.Expiring<OpinionRetention.Expired> {

    /** One opinion, by its topic and number. */
    record Expired(String topic, int opinion) {}

    private final OpinionGiverErasure erasure;
    private final JdbcClient jdbc;

    OpinionRetention(OpinionGiverErasure erasure, JdbcClient jdbc) {
        this.erasure = erasure;
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "opinion givers";
    }

    @Override
    public String reason(long years) {
        return "保存期限届满（协商结束后" + years + "年）";
    }

    @Override
    public List<Expired> endedBefore(Instant cutoff) {
        return jdbc.sql(
                        """
                        SELECT v.topic_id, CAST(o->>'number' AS INTEGER) AS opinion
                          FROM consultation_view v, jsonb_array_elements(v.doc->'opinions') o
                         WHERE v.status = 'CONCLUDED' AND CAST(v.doc->>'resultAt' AS TIMESTAMPTZ) < :cutoff
                           AND (o->>'name' IS NOT NULL OR o->>'phone' IS NOT NULL)
                         ORDER BY v.topic_id, opinion
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query((rs, i) -> new Expired(rs.getString("topic_id"), rs.getInt("opinion")))
                .list();
    }

    @Override
    public void erase(Expired expired, String reason) {
        erasure.erase(expired.topic(), expired.opinion(), reason, ActorRef.system());
    }
}
