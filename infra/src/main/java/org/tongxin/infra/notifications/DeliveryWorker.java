package org.tongxin.infra.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.infra.persistence.BackgroundWorker;

/**
 * Works the outbox every {@code tongxin.notifications.dispatch-interval}, after the cause has committed: claims the
 * deliveries whose time has come ({@code FOR UPDATE SKIP LOCKED}, then a lease on {@code next_attempt_at}, so app
 * nodes sharing the database never take the same row), sends each through its channel and records the attempt (when,
 * delivered or the error). A failure waits longer each time ({@code first-retry} doubling up to {@code max-retry});
 * after {@code max-attempts} the row stays FAILED for the office to see. Counts {@code tongxin.notifications.sent}
 * and {@code tongxin.notifications.failures} per channel.
 */
@Component
class DeliveryWorker extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 20;

    private record Due(
            UUID id,
            Channel channel,
            String address,
            NotificationKind kind,
            String subject,
            String detail,
            String link,
            int attempts,
            Instant createdAt) {}

    /** How long a delivery waits for its case's read model to name the case before it goes out without the name. */
    static final Duration NAMING_GRACE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final NotificationSettings settings;
    private final List<NotificationChannel> channels;
    private final NotificationTexts texts;
    private final Clock clock;
    private final Map<Channel, Counter> sent = new EnumMap<>(Channel.class);
    private final Map<Channel, Counter> failures = new EnumMap<>(Channel.class);

    DeliveryWorker(
            JdbcClient jdbc,
            NotificationSettings settings,
            List<NotificationChannel> channels,
            NotificationTexts texts,
            Clock clock,
            MeterRegistry meters) {
        super("notifications");
        this.jdbc = jdbc;
        this.settings = settings;
        this.channels = List.copyOf(channels);
        this.texts = texts;
        this.clock = clock;
        for (Channel channel : Channel.values()) {
            sent.put(
                    channel,
                    Counter.builder("tongxin.notifications.sent")
                            .tag("channel", channel.name())
                            .description("Notifications a channel delivered")
                            .register(meters));
            failures.put(
                    channel,
                    Counter.builder("tongxin.notifications.failures")
                            .tag("stage", "deliver")
                            .tag("channel", channel.name())
                            .description("Notifications that could not be written or delivered")
                            .register(meters));
        }
    }

    @Override
    protected Duration delay() {
        return settings.dispatchInterval();
    }

    /** One round over what is due now. */
    @Override
    protected void turn() {
        Instant now = clock.instant();
        for (Due due : claim(now)) {
            deliver(due);
        }
    }

    private List<Due> claim(Instant now) {
        Instant lease = now.plus(settings.timeout().multipliedBy(2L * BATCH));
        return jdbc.sql(
                        """
                UPDATE notification_delivery SET next_attempt_at = :lease
                WHERE delivery_id IN (SELECT delivery_id FROM notification_delivery
                                      WHERE state = 'PENDING' AND next_attempt_at <= :now
                                      ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING delivery_id, channel, address, kind, subject_key, detail, link, attempts, created_at
                """)
                .param("lease", Timestamp.from(lease))
                .param("now", Timestamp.from(now))
                .param("limit", BATCH)
                .query((rs, i) -> new Due(
                        rs.getObject("delivery_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_key"),
                        rs.getString("detail"),
                        rs.getString("link"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private boolean deliver(Due due) {
        int attempt = due.attempts() + 1;
        try {
            NotificationTexts.Text text = texts.inChinese(due.kind(), due.subject(), due.detail());
            if (!text.named() && clock.instant().isBefore(due.createdAt().plus(NAMING_GRACE))) {
                postpone(due);
                return false;
            }
            NotificationChannel channel = channels.stream()
                    .filter(c -> c.handles(due.channel()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no channel for " + due.channel()));
            channel.send(new NotificationChannel.Outgoing(
                    due.channel(), due.address(), text.heading(), text.sentence(), settings.absolute(due.link())));
            Instant at = clock.instant();
            jdbc.sql(
                            """
                    UPDATE notification_delivery SET state = 'DELIVERED', attempts = :attempt, delivered_at = :at,
                           last_error = NULL
                    WHERE delivery_id = :id
                    """)
                    .param("attempt", attempt)
                    .param("at", Timestamp.from(at))
                    .param("id", due.id())
                    .update();
            record(due.id(), attempt, at, null);
            sent.get(due.channel()).increment();
            return true;
        } catch (Exception failure) {
            String error = describe(failure);
            Instant at = clock.instant();
            boolean last = attempt >= settings.maxAttempts();
            Duration wait = settings.backOff(attempt);
            jdbc.sql(
                            """
                    UPDATE notification_delivery SET state = :state, attempts = :attempt, last_error = :error,
                           next_attempt_at = :next
                    WHERE delivery_id = :id
                    """)
                    .param("state", last ? "FAILED" : "PENDING")
                    .param("attempt", attempt)
                    .param("error", error)
                    .param("next", Timestamp.from(at.plus(wait)))
                    .param("id", due.id())
                    .update();
            record(due.id(), attempt, at, error);
            failures.get(due.channel()).increment();
            log.warn(
                    "Notification by {} not delivered (attempt {}{}): {}",
                    due.channel(),
                    attempt,
                    last ? ", given up" : ", next in " + wait,
                    error);
            return false;
        }
    }

    /** Not an attempt: the case is not in its read model yet, so it is tried again next round. */
    private void postpone(Due due) {
        jdbc.sql("UPDATE notification_delivery SET next_attempt_at = :next WHERE delivery_id = :id")
                .param("next", Timestamp.from(clock.instant().plus(settings.dispatchInterval())))
                .param("id", due.id())
                .update();
    }

    private void record(UUID delivery, int attempt, Instant at, String error) {
        jdbc.sql(
                        """
                INSERT INTO notification_attempt (delivery_id, attempt, attempted_at, delivered, error)
                VALUES (:id, :attempt, :at, :delivered, :error) ON CONFLICT DO NOTHING
                """)
                .param("id", delivery)
                .param("attempt", attempt)
                .param("at", Timestamp.from(at))
                .param("delivered", error == null)
                .param("error", error)
                .update();
    }

    private static String describe(Exception e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
