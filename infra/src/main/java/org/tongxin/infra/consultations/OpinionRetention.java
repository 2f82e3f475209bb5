package org.tongxin.infra.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.RuleViolation;

/**
 * Erases, once a night with the clues' retention job ({@code tongxin.privacy.retention-cron}), the name and phone of
 * every opinion given on a consultation topic whose result was recorded longer ago than the retention period ({@code
 * tongxin.privacy.retention}, two years by default). A topic's end is when its result was recorded: until then the
 * office may still need to reach the people whose opinions it lifted into suggestions. Each erasure is the system's,
 * with the period as its reason, and is audited like the office's.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OpinionRetention {

    private static final Logger log = LoggerFactory.getLogger(OpinionRetention.class);

    private final OpinionGiverErasure erasure;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Period retention;

    OpinionRetention(
            OpinionGiverErasure erasure,
            JdbcClient jdbc,
            Clock clock,
            ZoneId committeeZone,
            @Value("${tongxin.privacy.retention:P2Y}") Period retention) {
        this.erasure = erasure;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = committeeZone;
        this.retention = retention;
    }

    @Scheduled(cron = "${tongxin.privacy.retention-cron:0 30 2 * * *}", zone = "${tongxin.zone:Asia/Shanghai}")
    void nightly() {
        int erased = eraseExpired(clock.instant());
        if (erased > 0) {
            log.info(
                    "Erased the names and phones of {} opinion givers past the retention period of {}",
                    erased,
                    retention);
        }
    }

    private record Expired(String topic, int opinion) {}

    /** Erases every giver whose topic concluded before {@code now} minus the retention period; the number erased. */
    int eraseExpired(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention).toInstant();
        List<Expired> expired = jdbc.sql(
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
        String reason = "保存期限届满（协商结束后" + retention.toTotalMonths() / 12 + "年）";
        int erased = 0;
        for (Expired e : expired) {
            try {
                erasure.erase(e.topic(), e.opinion(), reason, ActorRef.system());
                erased++;
            } catch (RuleViolation refused) {
                // erased meanwhile (the office acted, or the view lagged behind the event): nothing left to do
                log.debug(
                        "Opinion {} of topic {} had nothing left to erase: {}",
                        e.opinion(),
                        e.topic(),
                        refused.getMessage());
            }
        }
        return erased;
    }
}
