package org.tongxin.infra.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link Notice} in the caller's transaction: a notification for each recipient who has not muted its kind,
 * and an outbox row for each channel it must still travel by (the recipient's e-mail, when e-mail is configured and
 * they want it; each robot speaking to one of its audiences). It runs inside a savepoint: whatever goes wrong here is
 * logged and counted ({@code tongxin.notifications.failures{stage=raise}}) and the cause's own transaction goes on.
 */
@Component
class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final JdbcClient jdbc;
    private final Preferences preferences;
    private final NotificationSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final Counter failures;

    NotificationOutbox(
            JdbcClient jdbc,
            Preferences preferences,
            NotificationSettings settings,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.failures = Counter.builder("tongxin.notifications.failures")
                .tag("stage", "raise")
                .tag("channel", "ALL")
                .description("Notifications that could not be written or delivered")
                .register(meters);
    }

    void raise(Notice notice) {
        try {
            savepoint.executeWithoutResult(status -> write(notice));
        } catch (RuntimeException e) {
            failures.increment();
            log.error(
                    "Notification {} of {} not written; the cause goes on without it",
                    notice.kind(),
                    notice.cause(),
                    e);
        }
    }

    private void write(Notice notice) {
        Instant now = clock.instant();
        boolean email = mail.getIfAvailable() != null;
        for (String recipient : notice.recipients()) {
            Preferences.Preference wish = preferences.of(recipient);
            if (!wish.wants(notice.kind())) {
                continue;
            }
            Optional<UUID> id = insertNotification(recipient, notice, now);
            if (id.isPresent() && email) {
                wish.mailTo()
                        .ifPresent(address ->
                                enqueue(id.get(), Channel.EMAIL, address, recipient, notice, notice.cause(), now));
            }
        }
        for (NotificationSettings.Robot robot : settings.robots()) {
            String audience = robot.audiences().stream()
                    .filter(notice.audiences()::contains)
                    .sorted()
                    .findFirst()
                    .orElse(null);
            if (audience != null) {
                enqueue(null, robot.kind(), robot.name(), audience, notice, notice.cause(), now);
            }
        }
    }

    /** A citizen's e-mail: no account and no in-app notification, only the outbox row. */
    void mailCitizen(String trackingCode, String address, Notice notice) {
        if (mail.getIfAvailable() == null) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> enqueue(
                    null, Channel.EMAIL, address, "citizen:" + trackingCode, notice, notice.cause(), clock.instant()));
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Tracking notification for a subscriber not written; the cause goes on without it", e);
        }
    }

    private Optional<UUID> insertNotification(String recipient, Notice notice, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        """
                INSERT INTO notification (notification_id, recipient, kind, subject_key, detail, link, dedup_key,
                                          created_at)
                VALUES (:id, :recipient, :kind, :subject, :detail, :link, :cause, :at)
                ON CONFLICT (recipient, dedup_key) DO NOTHING
                """)
                .param("id", id)
                .param("recipient", recipient)
                .param("kind", notice.kind().name())
                .param("subject", notice.subjectKey())
                .param("detail", notice.detail())
                .param("link", notice.link())
                .param("cause", notice.cause())
                .param("at", Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    private void enqueue(
            UUID notification,
            Channel channel,
            String address,
            String recipient,
            Notice notice,
            String cause,
            Instant now) {
        jdbc.sql(
                        """
                INSERT INTO notification_delivery (delivery_id, notification_id, channel, address, recipient, kind,
                                                   subject_key, detail, link, dedup_key, state, attempts,
                                                   next_attempt_at, created_at)
                VALUES (:id, :notification, :channel, :address, :recipient, :kind, :subject, :detail, :link, :cause,
                        'PENDING', 0, :at, :at)
                ON CONFLICT (channel, address, dedup_key) DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("notification", notification)
                .param("channel", channel.name())
                .param("address", address)
                .param("recipient", recipient)
                .param("kind", notice.kind().name())
                .param("subject", notice.subjectKey())
                .param("detail", notice.detail())
                .param("link", notice.link())
                .param("cause", cause)
                .param("at", Timestamp.from(now))
                .update();
    }
}
