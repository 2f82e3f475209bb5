package org.tongxin.infra.clues;

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
import org.tongxin.infra.consultations.OpinionGiverErasure;

/**
 * Erases the submitter of every clue closed longer ago than the retention period ({@code tongxin.privacy.retention},
 * two years by default), and the name and phone of every opinion given on a consultation topic concluded longer ago,
 * once a night ({@code tongxin.privacy.retention-cron}): personal data is kept only as long as the case may need it. Each erasure is the system's, with the period as its reason, and is audited like
 * the office's.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionErasure {

    private static final Logger log = LoggerFactory.getLogger(RetentionErasure.class);

    private final SubmitterErasure erasure;
    private final OpinionGiverErasure opinions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Period retention;

    RetentionErasure(
            SubmitterErasure erasure,
            OpinionGiverErasure opinions,
            JdbcClient jdbc,
            Clock clock,
            ZoneId committeeZone,
            @Value("${tongxin.privacy.retention:P2Y}") Period retention) {
        this.erasure = erasure;
        this.opinions = opinions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = committeeZone;
        this.retention = retention;
    }

    @Scheduled(cron = "${tongxin.privacy.retention-cron:0 30 2 * * *}", zone = "${tongxin.zone:Asia/Shanghai}")
    void nightly() {
        int erased = eraseExpired(clock.instant());
        if (erased > 0) {
            log.info("Erased the personal data of {} submitters past the retention period of {}", erased, retention);
        }
        int givers = eraseExpiredOpinionGivers(clock.instant());
        if (givers > 0) {
            log.info(
                    "Erased the names and phones of {} opinion givers past the retention period of {}",
                    givers,
                    retention);
        }
    }

    /**
     * Erases the name and phone of every opinion given on a topic whose result was recorded before {@code now} minus
     * the retention period; the number erased. A topic's end is when its result was recorded: until then the office
     * may still need to reach the people whose opinions it lifted into suggestions.
     */
    int eraseExpiredOpinionGivers(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention).toInstant();
        List<Object[]> expired = jdbc.sql(
                        """
                        SELECT v.topic_id, CAST(o->>'number' AS INTEGER) AS opinion
                          FROM consultation_view v, jsonb_array_elements(v.doc->'opinions') o
                         WHERE v.status = 'CONCLUDED' AND CAST(v.doc->>'resultAt' AS TIMESTAMPTZ) < :cutoff
                           AND (o->>'name' IS NOT NULL OR o->>'phone' IS NOT NULL)
                         ORDER BY v.topic_id, opinion
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query((rs, i) -> new Object[] {rs.getString("topic_id"), rs.getInt("opinion")})
                .list();
        String reason = "保存期限届满（协商结束后" + retention.toTotalMonths() / 12 + "年）";
        int erased = 0;
        for (Object[] opinion : expired) {
            try {
                opinions.erase((String) opinion[0], (Integer) opinion[1], reason, ActorRef.system());
                erased++;
            } catch (RuleViolation e) {
                log.debug(
                        "Opinion {} of topic {} had nothing left to erase: {}", opinion[1], opinion[0], e.getMessage());
            }
        }
        return erased;
    }

    /** Erases every submitter whose clue closed before {@code now} minus the retention period; the number erased. */
    int eraseExpired(Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention).toInstant();
        List<String> expired = jdbc.sql(
                        """
                        SELECT clue_id FROM clue_view
                         WHERE closed_at < :cutoff AND NOT submitter_erased
                           AND (submitter_name IS NOT NULL OR submitter_phone IS NOT NULL)
                         ORDER BY closed_at
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list();
        String reason = "保存期限届满（办结后" + retention.toTotalMonths() / 12 + "年）";
        int erased = 0;
        for (String clueId : expired) {
            try {
                erasure.erase(clueId, reason, ActorRef.system());
                erased++;
            } catch (RuleViolation e) {
                // erased meanwhile (the office acted, or the view lagged behind the event): nothing left to do
                log.debug("Clue {} had nothing left to erase: {}", clueId, e.getMessage());
            }
        }
        return erased;
    }
}
