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

/**
 * Erases the submitter of every clue closed longer ago than the retention period ({@code tongxin.privacy.retention},
 * two years by default), once a night ({@code tongxin.privacy.retention-cron}): personal data is kept only as long
 * as the case may need its submitter. Each erasure is the system's, with the period as its reason, and is audited like
 * the office's.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionErasure {

    private static final Logger log = LoggerFactory.getLogger(RetentionErasure.class);

    private final SubmitterErasure erasure;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Period retention;

    RetentionErasure(
            SubmitterErasure erasure,
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
            log.info("Erased the personal data of {} submitters past the retention period of {}", erased, retention);
        }
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
