package org.tongxin.infra.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's notifications, unread first and newest first within each; the unread count for the header. */
@Repository
class NotificationInbox {

    /** One stored notification. */
    record Entry(
            UUID id,
            NotificationKind kind,
            String subjectKey,
            String detail,
            String link,
            Instant createdAt,
            Instant readAt) {}

    /** One delivery of the outbox with its outcome, for the office. */
    record Delivery(
            UUID id,
            Channel channel,
            String recipient,
            NotificationKind kind,
            String subjectKey,
            String state,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant deliveredAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationInbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Entry> of(String username, int limit) {
        return jdbc.sql(
                        """
                SELECT * FROM notification WHERE recipient = :u
                ORDER BY (read_at IS NULL) DESC, created_at DESC, notification_id LIMIT :limit
                """)
                .param("u", username)
                .param("limit", limit)
                .query((rs, i) -> new Entry(
                        rs.getObject("notification_id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_key"),
                        rs.getString("detail"),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("read_at"))))
                .list();
    }

    int unread(String username) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient = :u AND read_at IS NULL")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    /**
     * The unread count, counted no further than {@code cap}: the header shows "99+" past 99, and an office offered
     * every new clue's task has a notice for each, so counting all of them on every page grew with the open tasks.
     */
    int unreadUpTo(String username, int cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM notification WHERE recipient = :u AND read_at IS NULL"
                        + " LIMIT :cap) unread")
                .param("u", username)
                .param("cap", cap)
                .query(Integer.class)
                .single();
    }

    /** The notification's link, once it is marked read; empty when it is not this person's. */
    java.util.Optional<String> markRead(String username, UUID id) {
        return jdbc.sql(
                        """
                UPDATE notification SET read_at = coalesce(read_at, :now)
                WHERE notification_id = :id AND recipient = :u RETURNING link
                """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("u", username)
                .query(String.class)
                .optional();
    }

    int markAllRead(String username) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE recipient = :u AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("u", username)
                .update();
    }

    List<Delivery> deliveries(int limit) {
        return jdbc.sql("SELECT * FROM notification_delivery ORDER BY created_at DESC, delivery_id LIMIT :limit")
                .param("limit", limit)
                .query((rs, i) -> new Delivery(
                        rs.getObject("delivery_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject_key"),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("delivered_at"))))
                .list();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
