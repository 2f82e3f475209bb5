package org.tongxin.infra.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.tongxin.engine.shared.RuleViolation;

/**
 * Personal data is kept only as long as its case may need the person (PIPL's storage limitation): once a night
 * ({@code tongxin.privacy.retention-cron}) every kind of it whose case ended longer ago than the retention period
 * ({@code tongxin.privacy.retention}, two years by default) is erased. Each erasure is the system's, with the period as
 * its reason, and is audited like the office's.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class Retention {

    /** One kind of personal data under retention: which items' cases ended before a cutoff, and how to erase one. */
    public interface Expiring<T> {

        /** What one item's erasure removes, for the log ("submitters"). */
        String what();

        /** The erasure's reason in Chinese, as the audit log shows it, for a period of {@code years} years. */
        String reason(long years);

        /** The items whose case ended before {@code cutoff} and which still hold personal data. */
        List<T> endedBefore(Instant cutoff);

        /** Erases one item's personal data; a {@link RuleViolation} when nothing was left to erase. */
        void erase(T item, String reason);
    }

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final List<Expiring<?>> kinds;
    private final Clock clock;
    private final ZoneId zone;
    private final Period retention;

    Retention(
            List<Expiring<?>> kinds,
            Clock clock,
            ZoneId committeeZone,
            @Value("${tongxin.privacy.retention:P2Y}") Period retention) {
        this.kinds = kinds;
        this.clock = clock;
        this.zone = committeeZone;
        this.retention = retention;
    }

    @Scheduled(cron = "${tongxin.privacy.retention-cron:0 30 2 * * *}", zone = "${tongxin.zone:Asia/Shanghai}")
    void nightly() {
        eraseExpired(clock.instant());
    }

    /** Erases every kind's items whose case ended before {@code now} minus the period; the number erased. */
    public int eraseExpired(Instant now) {
        int total = 0;
        for (Expiring<?> kind : kinds) {
            int erased = eraseExpired(kind, now);
            if (erased > 0) {
                log.info(
                        "Erased the personal data of {} {} past the retention period of {}",
                        erased,
                        kind.what(),
                        retention);
            }
            total += erased;
        }
        return total;
    }

    /** Erases every item of {@code kind} whose case ended before {@code now} minus the period; the number erased. */
    public <T> int eraseExpired(Expiring<T> kind, Instant now) {
        Instant cutoff = now.atZone(zone).minus(retention).toInstant();
        String reason = kind.reason(retention.toTotalMonths() / 12);
        int erased = 0;
        for (T item : kind.endedBefore(cutoff)) {
            try {
                kind.erase(item, reason);
                erased++;
            } catch (RuleViolation refused) {
                // erased meanwhile (the office acted, or the view lagged behind the event): nothing left to do
                log.debug("{} had nothing left to erase: {}", item, refused.getMessage());
            }
        }
        return erased;
    }
}
